"""The list's columns: chosen from the header's menu, kept per account, numbers never cut."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QStyleOptionViewItem,
    QToolTip,
)

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.core.settings import load_settings, save_settings
from approval_console.ui.main_window import MainWindow
from approval_console.ui.main_window.column_layouts import LAYOUTS
from approval_console.ui.models.orders import COLUMNS, DUE_COLUMN, EMAIL_COLUMN, NUMBER_COLUMN
from approval_console.ui.state import encode_state
from approval_console.ui.widgets.column_chooser import RESET_TEXT
from tests.windows import close_window, demo_console, open_window

APPROVEPRO = "approvepro-demo"
SPREE = "spree-demo"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def profile(tmp_path) -> Path:
    return tmp_path / "profile"


def _open(qtbot, profile: Path, url: str, start: str) -> tuple[MainWindow, object]:
    """The console on one demo account per backend (a second start finds them saved)."""
    console = Console(Paths.in_profile(profile))
    if not console.settings.accounts:
        console = demo_console(profile, url, start=start)
    else:
        console.settings.last_account = start
    window, context = open_window(qtbot, console, demo=True)
    qtbot.waitExposed(window)
    _wait_list(qtbot, window, start)
    return window, context


@pytest.fixture
def spree_window(qtbot, shared_sandbox, memory_keyring, profile) -> Iterator[MainWindow]:
    window, context = _open(qtbot, profile, shared_sandbox.url, SPREE)
    yield window
    close_window(qtbot, window, context)


def _wait_list(qtbot, window: MainWindow, account_id: str) -> None:
    qtbot.waitUntil(lambda: window.session.account_id == account_id, timeout=10_000)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=20_000)


def _choose_account(qtbot, window: MainWindow, account_id: str) -> None:
    """As picking it in the account switcher does: the combo reports the person's choice."""
    combo = window.accounts_combo
    index = combo.findData(account_id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    _wait_list(qtbot, window, account_id)


def _header_menu(qtbot, window: MainWindow) -> QMenu:
    """A right click on the list's header, at its Customer title."""
    header = window.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(1) + 10, header.height() // 2)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, header.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(header.viewport(), event)
    menu = window.table.chooser.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    return menu


def _entry(menu: QMenu, title: str):  # type: ignore[no-untyped-def]
    found = [a for a in menu.actions() if a.text().split(" (")[0] == title]
    assert found, f"{title!r} not in {[a.text() for a in menu.actions()]}"
    return found[0]


def _click(qtbot, menu: QMenu, title: str) -> None:
    action = _entry(menu, title)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def _close_menu(qtbot, menu: QMenu) -> None:
    menu.close()
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=3000)


def test_the_header_menu_hides_a_column_and_each_account_keeps_its_own(
    qtbot, shared_sandbox, memory_keyring, profile
):
    window, context = _open(qtbot, profile, shared_sandbox.url, APPROVEPRO)
    table = window.table
    menu = _header_menu(qtbot, window)
    titles = [a.text().split(" (")[0] for a in menu.actions() if a.isCheckable()]
    assert titles == [column.title for column in COLUMNS]  # every column, in the header's order
    number = _entry(menu, "Number")
    assert number.isChecked() and not number.isEnabled()  # the Number column always stays
    assert RESET_TEXT in [a.text() for a in menu.actions()]

    _click(qtbot, menu, "Email")
    assert table.isColumnHidden(EMAIL_COLUMN)
    assert menu.isVisible()  # it stays open while ticking
    _click(qtbot, menu, "Due")
    assert table.isColumnHidden(DUE_COLUMN)
    _close_menu(qtbot, menu)
    table.setColumnWidth(1, 301)

    _choose_account(qtbot, window, SPREE)
    assert not table.isColumnHidden(EMAIL_COLUMN)  # Spree's list has its own columns
    assert table.columnWidth(1) != 301
    menu = _header_menu(qtbot, window)
    due = _entry(menu, "Due")  # Spree keeps no due dates: listed, greyed, unticked
    assert not due.isEnabled() and not due.isChecked()
    _click(qtbot, menu, "Customer")
    assert table.isColumnHidden(1)
    _close_menu(qtbot, menu)

    _choose_account(qtbot, window, APPROVEPRO)
    assert table.isColumnHidden(EMAIL_COLUMN) and table.isColumnHidden(DUE_COLUMN)
    assert not table.isColumnHidden(1) and table.columnWidth(1) == 301
    close_window(qtbot, window, context)

    # After a restart each account finds its layout again.
    window, context = _open(qtbot, profile, shared_sandbox.url, APPROVEPRO)
    table = window.table
    assert table.isColumnHidden(EMAIL_COLUMN) and table.isColumnHidden(DUE_COLUMN)
    assert table.columnWidth(1) == 301
    _choose_account(qtbot, window, SPREE)
    assert table.isColumnHidden(1) and not table.isColumnHidden(EMAIL_COLUMN)

    menu = _header_menu(qtbot, window)
    _click(qtbot, menu, RESET_TEXT)
    assert not table.isColumnHidden(1)
    close_window(qtbot, window, context)


def test_a_moved_column_stays_moved_for_its_account(qtbot, shared_sandbox, memory_keyring, profile):
    window, context = _open(qtbot, profile, shared_sandbox.url, APPROVEPRO)
    header = window.table.horizontalHeader()
    header.moveSection(header.visualIndex(EMAIL_COLUMN), 1)  # as a drag of its title does
    _choose_account(qtbot, window, SPREE)
    assert header.visualIndex(EMAIL_COLUMN) == EMAIL_COLUMN
    _choose_account(qtbot, window, APPROVEPRO)
    assert header.visualIndex(EMAIL_COLUMN) == 1
    menu = _header_menu(qtbot, window)
    assert [a.text() for a in menu.actions()][:3] == ["Number", "Email", "Customer"]
    _close_menu(qtbot, menu)
    close_window(qtbot, window, context)


def test_an_old_single_layout_is_every_accounts_starting_layout(
    qtbot, shared_sandbox, memory_keyring, profile
):
    """Settings from before per-account layouts kept one header for all accounts."""
    window, context = _open(qtbot, profile, shared_sandbox.url, APPROVEPRO)
    # Saved by an older version, with its Number column narrower than a Spree number.
    old = QHeaderView(Qt.Orientation.Horizontal)
    old.setModel(window.orders.model)
    old.restoreState(window.table.horizontalHeader().saveState())
    old.resizeSection(1, 277)
    old.resizeSection(NUMBER_COLUMN, 40)
    header = encode_state(old.saveState())
    close_window(qtbot, window, context)
    settings_file = Paths.in_profile(profile).settings_file
    settings = load_settings(settings_file)
    settings.ui.pop(LAYOUTS)
    settings.ui.update(header=header, header_columns=len(COLUMNS))
    save_settings(settings_file, settings)

    window, context = _open(qtbot, profile, shared_sandbox.url, APPROVEPRO)
    assert window.table.columnWidth(1) == 277
    _choose_account(qtbot, window, SPREE)
    assert window.table.columnWidth(1) == 277
    assert _numbers_cut(window) == []  # the old narrow Number column no longer cuts them
    close_window(qtbot, window, context)


def test_a_view_starts_from_its_accounts_layout_and_keeps_its_own(
    qtbot, shared_sandbox, memory_keyring, profile
):
    window, context = _open(qtbot, profile, shared_sandbox.url, APPROVEPRO)
    table, layouts = window.table, window.column_layouts
    table.show_column(EMAIL_COLUMN, False)
    layouts.switch(APPROVEPRO, "overdue")
    assert table.isColumnHidden(EMAIL_COLUMN)  # as its account's list
    table.show_column(EMAIL_COLUMN, True)
    table.show_column(1, False)
    layouts.switch(APPROVEPRO)
    assert table.isColumnHidden(EMAIL_COLUMN) and not table.isColumnHidden(1)
    layouts.switch(APPROVEPRO, "overdue")
    assert not table.isColumnHidden(EMAIL_COLUMN) and table.isColumnHidden(1)
    close_window(qtbot, window, context)


# -- order numbers are never cut ---------------------------------------------------------------


def _shown_text(window: MainWindow, row: int) -> tuple[str, str, int]:
    """The number, the text the style draws for it in its cell, and the room it has there."""
    table = window.table
    index = table.model().index(row, NUMBER_COLUMN)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    room = option.rect.width() - 2 * margin
    drawn = option.fontMetrics.elidedText(option.text, option.textElideMode, room)
    return option.text, drawn, room


def _numbers_cut(window: MainWindow) -> list[str]:
    model = window.orders.model
    cut = []
    for row in range(min(40, model.rowCount())):
        number, drawn, room = _shown_text(window, row)
        metrics = QFontMetricsF(window.table.font())
        if drawn != number or math.ceil(metrics.horizontalAdvance(number)) > room:
            cut.append(number)
    return cut


def test_spree_numbers_show_whole_at_the_default_size_with_the_pane_open(qtbot, spree_window):
    window = spree_window
    assert window.pane.isVisible() and window.splitter.sizes()[1] > 0  # the detail pane is open
    model = window.orders.model
    rows = range(min(40, model.rowCount()))
    numbers = [model.order_at(row).name for row in rows]
    assert all(number.startswith("R") and len(number) >= 10 for number in numbers)
    metrics = QFontMetricsF(window.table.font())
    widest = max(math.ceil(metrics.horizontalAdvance(number)) for number in numbers)
    for row in rows:
        number, drawn, room = _shown_text(window, row)
        assert drawn == number, f"{number} is drawn as {drawn}"
        assert room >= widest

    # A layout saved with a narrower Number column (by an older version, or on a larger
    # font) is put back with its numbers whole.
    narrow = QHeaderView(Qt.Orientation.Horizontal)
    narrow.setModel(model)
    narrow.resizeSection(NUMBER_COLUMN, 40)
    layout = {"header": encode_state(narrow.saveState()), "columns": len(COLUMNS), "hidden": []}
    assert window.table.apply_column_layout(layout)
    assert _numbers_cut(window) == []


def test_the_number_column_widens_for_a_longer_number_and_a_drag_cannot_cut_it(qtbot, spree_window):
    table = spree_window.table
    longer = "R" + "8" * 16
    spree_window.orders.model.numbersRead.emit(longer)
    needed = math.ceil(QFontMetricsF(table.font()).horizontalAdvance(longer))
    assert table.columnWidth(NUMBER_COLUMN) > needed
    table.horizontalHeader().resizeSection(NUMBER_COLUMN, 30)  # dragged narrow
    assert table.columnWidth(NUMBER_COLUMN) > needed


def test_a_cut_text_shows_whole_in_its_tooltip(qtbot, spree_window):
    table = spree_window.table
    table.setColumnWidth(EMAIL_COLUMN, 60)
    index = table.model().index(0, EMAIL_COLUMN)
    email = index.data()
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    where = option.rect.center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, where, table.viewport().mapToGlobal(where))
    assert table.itemDelegateForIndex(index).helpEvent(event, table, option, index)
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    assert QToolTip.text().startswith(email)
    QToolTip.hideText()


@pytest.mark.e2e
@pytest.mark.skipif(bool(os.environ.get("QT_SCALE_FACTOR")), reason="this is the scaled run")
def test_spree_numbers_show_whole_at_150_percent():
    """Qt's scale is fixed per process: the same check, in a process at 150 %."""
    test = (
        "tests/ui/test_columns.py::"
        "test_spree_numbers_show_whole_at_the_default_size_with_the_pane_open"
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        cwd=ROOT,
        env={**env, "QT_SCALE_FACTOR": "1.5"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout
