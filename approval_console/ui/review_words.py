"""The review window's fixed words: its titles and counts per list, its keys, its notes.

Marked here and translated where shown, in the window's own context ("ReviewWindow").
"""

from __future__ import annotations

from approval_console.core.i18n import QT_TRANSLATE_NOOP
from approval_console.ui.viewmodels.review import QueueMode

KEYS_HINT = QT_TRANSLATE_NOOP(
    "ReviewWindow",
    "{approve} approve · {cancel} cancel · {next} next · {previous} previous · "
    "Shift+↓ select more · Esc close",
)
# The queue's own keys, each changeable in Preferences → Keyboard: (name, default key).
QUEUE_KEYS = (("approve", "A"), ("cancel", "C"), ("next", "J"), ("previous", "K"))
CANCEL_EMAIL_ONLY = QT_TRANSLATE_NOOP(
    "ReviewWindow", "This store emails its customer when an order is canceled, not when approved."
)
MODE_TEXTS = {  # window title, count (translated with the count), empty list
    QueueMode.REVIEW: (
        QT_TRANSLATE_NOOP("ReviewWindow", "Needs review"),
        QT_TRANSLATE_NOOP("ReviewWindow", "%n awaiting a decision"),
        QT_TRANSLATE_NOOP("ReviewWindow", "Nothing awaits a decision."),
    ),
    QueueMode.WAITING: (
        QT_TRANSLATE_NOOP("ReviewWindow", "Waiting on buyers"),
        QT_TRANSLATE_NOOP("ReviewWindow", "%n waiting on their buyer"),
        QT_TRANSLATE_NOOP("ReviewWindow", "Nothing waits."),
    ),
    QueueMode.ALL: (
        QT_TRANSLATE_NOOP("ReviewWindow", "All accounts"),
        QT_TRANSLATE_NOOP("ReviewWindow", "%n order(s)"),
        QT_TRANSLATE_NOOP("ReviewWindow", "No orders."),
    ),
}
