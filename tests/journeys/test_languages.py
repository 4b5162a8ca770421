"""A French-speaking operator reads the console in French: the language changes while the
window and the review queue are open, and every word there follows, nothing reopened.

The French catalogue is installed as choosing French does; what is checked is read from the
screen (the window manager's titles) and from the widgets a person reads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from approval_console.ui.review_window import ReviewWindow
from tests.windows import on_screen


def test_the_console_turns_french_while_open_and_back(demo_desk, qtbot, french):
    desk = demo_desk(start="approvepro-demo")
    window, person = desk.window, desk.person
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)

    person.press("ctrl+r")
    qtbot.waitUntil(lambda: on_screen(window, ReviewWindow) is not None, timeout=5000)
    queue = on_screen(window, ReviewWindow)
    assert queue is not None
    qtbot.waitUntil(lambda: queue.refresh.isEnabled(), timeout=90_000)
    qtbot.waitUntil(lambda: person.active_window_title() == queue.windowTitle(), timeout=5000)

    QCoreApplication.installTranslator(french)
    try:
        # The queue in front: its title on the window manager's frame, its buttons, its count.
        qtbot.waitUntil(
            lambda: person.active_window_title() == "À vérifier — Approval Console", timeout=5000
        )
        assert queue.refresh.text() == "Actualiser tous les comptes"
        assert queue.approve.text() == "Approuver  (A)"
        assert queue.count.text().endswith(" en attente de décision")
        person.screenshot("queue-in-french")

        # Escape closes the queue; the window behind it reads French too.
        person.press("Escape")
        qtbot.waitUntil(lambda: not queue.isVisible(), timeout=5000)
        person.activate(window)
        qtbot.waitUntil(lambda: person.active_window_title() == window.windowTitle(), timeout=5000)
        assert window.count_label.text().endswith(" commandes")
        assert window.sync_label.text() == "À jour"
        assert window.refreshed_label.text().startswith("Actualisé à ")
        person.click_row(window.table, 0)
        person.click_row(window.table, 2, modifiers="shift")
        qtbot.waitUntil(lambda: window.selection_label.text() == "3 sélectionnées", timeout=5000)
        person.screenshot("window-in-french")
    finally:
        QCoreApplication.removeTranslator(french)

    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=5000)
    assert window.count_label.text() == f"{window.orders.model.rowCount():,} orders"
    assert window.selection_label.text() == "3 selected"
    person.screenshot("window-in-english-again")
