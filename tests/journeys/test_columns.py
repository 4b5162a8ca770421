"""Columns and the row menu on a real display: a right click on the header and on a row.

The person works on the demo's Spree account, whose numbers ("R166119…") were cut at the
default width before: hides a column from the header's menu, finds each account keeping its
own columns, copies from a row's menu and opens it from the keyboard. The same journey runs
again in a process at 150 % (Qt's scale is fixed per process), with screenshots of its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QStyleOptionViewItem

from approval_console.ui.models.orders import EMAIL_COLUMN, NUMBER_COLUMN

SPREE = "spree-demo"
APPROVEPRO = "approvepro-demo"
ROOT = Path(__file__).resolve().parents[2]


def _wait_list(qtbot, window, account_id: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.session.account_id == account_id, timeout=10_000)
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=30_000)


def _popup(qtbot) -> QMenu:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5000)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def _entry_point(menu: QMenu, text: str) -> QPoint:
    action = next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))
    return menu.actionGeometry(action).center()


def _numbers_whole(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The numbers on screen whose drawn text is not the whole number."""
    table = window.table
    style, cut = table.style(), []
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    for row in range(max(0, table.rowAt(0)), max(0, table.rowAt(table.viewport().height()))):
        index = table.model().index(row, NUMBER_COLUMN)
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.rect = table.visualRect(index)
        table.itemDelegateForIndex(index).initStyleOption(option, index)
        room = option.rect.width() - 2 * margin
        drawn = option.fontMetrics.elidedText(option.text, option.textElideMode, room)
        if drawn != option.text or option.fontMetrics.horizontalAdvance(option.text) > room:
            cut.append(option.text)
    return cut


def test_header_and_row_menus_on_the_spree_list(demo_desk, qtbot):
    desk = demo_desk(start=SPREE)
    window, person = desk.window, desk.person
    table, header = window.table, window.table.horizontalHeader()
    _wait_list(qtbot, window, SPREE)
    qtbot.waitUntil(lambda: table.rowAt(table.viewport().height() - 5) > 5, timeout=10_000)
    assert window.pane.isVisible()  # the detail pane is open beside the list
    assert table.model().index(0, NUMBER_COLUMN).data().startswith("R")
    assert _numbers_whole(window) == []
    person.screenshot("spree-list")

    # A right click on the header: every column with a tick.
    person.click(header.viewport(), QPoint(header.sectionViewportPosition(1) + 20, 8), button=3)
    menu = _popup(qtbot)
    assert menu.objectName() == "columnChooser"
    person.screenshot("header-menu")
    person.click(menu, _entry_point(menu, "Email"))
    qtbot.waitUntil(lambda: table.isColumnHidden(EMAIL_COLUMN), timeout=3000)
    assert menu.isVisible()  # ticking leaves it open
    person.screenshot("email-unticked")
    person.press("Escape")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)

    # ApprovePro keeps its own columns; back on Spree, Email is still hidden.
    person.choose(window.accounts_combo, "ApprovePro (demo)")
    _wait_list(qtbot, window, APPROVEPRO)
    assert not table.isColumnHidden(EMAIL_COLUMN)
    person.choose(window.accounts_combo, "Spree Commerce (demo)")
    _wait_list(qtbot, window, SPREE)
    assert table.isColumnHidden(EMAIL_COLUMN)
    assert _numbers_whole(window) == []

    # A right click on a row: it becomes the selection, and its number is copied.
    rect = table.visualRect(table.model().index(3, 1))
    person.click(table.viewport(), rect.center(), button=3)
    menu = _popup(qtbot)
    assert table.selected_rows() == [3]
    number = table.model().index(3, NUMBER_COLUMN).data()
    texts = [a.text().replace("&", "") for a in menu.actions() if a.isVisible()]
    assert "Copy link to the order in Spree Commerce" in texts
    assert {"Approve", "Cancel order…"} <= set(texts)
    person.screenshot("row-menu")
    person.click(menu, _entry_point(menu, "Copy number"))
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == number, timeout=3000)

    # From the keyboard: Shift+F10 on the current row, then the link.
    table.setFocus()
    person.press("shift+F10")
    menu = _popup(qtbot)
    person.screenshot("row-menu-keyboard")
    person.click(menu, _entry_point(menu, "Copy link"))
    link = f"{desk.sandbox.url.rstrip('/')}/admin/orders/{number}/edit"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == link, timeout=3000)


@pytest.mark.skipif(bool(os.environ.get("QT_SCALE_FACTOR")), reason="this is the scaled run")
def test_the_same_at_150_percent(person):
    """The journey above in a process at 150 %, on an X server of its own."""
    shots = person.shots / "at-150-percent"
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "QT_QPA_PLATFORM"}}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{Path(__file__).relative_to(ROOT)}::test_header_and_row_menus_on_the_spree_list",
        ],
        cwd=ROOT,
        env={
            **env,
            "QT_SCALE_FACTOR": "1.5",
            "APPROVAL_CONSOLE_JOURNEYS": "1",
            "APPROVAL_CONSOLE_SHOTS": str(shots),
        },
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout
    assert list(shots.rglob("*row-menu.png")), "the scaled run took no screenshots"
