"""A first look: the demo console opens on a real display, fills its list, and answers search."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_the_demo_opens_fills_its_list_and_searches_as_typed(demo_desk, qtbot):
    desk = demo_desk(start="approvepro-demo")
    window, person = desk.window, desk.person
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 500, timeout=30_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
    assert person.active_window_title() == window.windowTitle()
    person.screenshot("list")

    person.press("ctrl+f")
    assert QApplication.focusWidget() is window.search
    first = window.orders.model.index(0, 1).data()
    person.type(str(first))
    qtbot.waitUntil(lambda: window.orders.model.rowCount() < 500, timeout=10_000)
    shown = [
        window.orders.model.index(row, 1).data() for row in range(window.orders.model.rowCount())
    ]
    assert first in shown
    person.screenshot("searched")
