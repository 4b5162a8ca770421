"""The one question asked before what cannot be undone (cancel an order, close an invoice...).

Every confirmation is built here so they all behave alike. The safe answer ("Keep it") is the
default button and has the keyboard focus: Enter, pressed out of habit or a beat too late after
the key that opened the box, keeps things as they are, and only a deliberate choice goes ahead.
The box is only built here; the caller opens it with `open()` (never `exec()`, which would
stall the qasync loop) and reads `clickedButton()` when it finishes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from approval_console.core.i18n import QT_TRANSLATE_NOOP

# The default safe answer, said in the person's language when the box is built.
KEEP = QT_TRANSLATE_NOOP("Confirmation", "Keep it")


def confirmation(
    parent: QWidget,
    title: str,
    text: str,
    button: str,
    *,
    keep: str = KEEP,
    details: str = "",
    safe_default: bool = True,
) -> tuple[QMessageBox, QPushButton]:
    """A warning box asking `text`, with `button` to go ahead and `keep` to leave things be.

    Returns the box and its go-ahead button. `safe_default=False` (Enter goes ahead) only
    where going ahead is the everyday answer and destroys nothing, such as approving orders that
    await approval; never for a cancel.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("confirmBox")
    if details:
        box.setInformativeText(details)
    go = box.addButton(button, QMessageBox.ButtonRole.AcceptRole)
    # Translated here, so that callers can pass KEEP itself (other words come translated).
    safe = box.addButton(
        QCoreApplication.translate("Confirmation", keep), QMessageBox.ButtonRole.RejectRole
    )
    box.setEscapeButton(safe)
    # setDefaultButton also gives the button the focus, so Enter and Space both land on it.
    box.setDefaultButton(safe if safe_default else go)
    return box, go
