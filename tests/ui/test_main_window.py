"""The console window, driven like a person would, against the real sandbox."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHeaderView

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.core.settings import load_settings
from approval_console.store.db import CACHE
from approval_console.store.orders import SortKey
from approval_console.ui.context import UiContext
from approval_console.ui.dialogs.accounts import AccountsDialog
from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
from approval_console.ui.dialogs.change_status import ChangeStatusDialog
from approval_console.ui.dialogs.due_date import DueDateDialog
from approval_console.ui.dialogs.find_order import FindOrderDialog
from approval_console.ui.main_window import MainWindow
from approval_console.ui.models.orders import DUE_COLUMN, ORDER_ID_ROLE, STATUS_COLUMN
from approval_console.ui.preview import CachedListPreview
from approval_console.ui.state import restore_header
from approval_console.ui.viewmodels import detail as detail_viewmodel
from approval_console.ui.viewmodels.list_filters import ListFilters
from tests.helpers import DEMO_KEY, approvepro_account, server_orders
from tests.windows import close_window as _close
from tests.windows import open_window

ACCOUNT = "ap-ui"
TARGET = "st000006"  # Quality Check: open to every order


@pytest.fixture
def sandbox(sandbox_factory):
    return sandbox_factory("--seed", "51", "--rate-window", "0", "--queue-delay-ms", "150")


def _make_window(qtbot, profile, url: str, **options: str) -> tuple[MainWindow, UiContext]:
    console = Console(Paths.in_profile(profile))
    if console.settings.account(ACCOUNT) is None:
        console.add_account(
            approvepro_account(url, ACCOUNT, rate_window="0", timezone="Europe/London", **options),
            DEMO_KEY,
        )
    return open_window(qtbot, console)


@pytest.fixture
def window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    window, context = _make_window(qtbot, tmp_path / "profile", sandbox.url)
    yield window
    _close(qtbot, window, context)


def _wait_filled(qtbot, window: MainWindow, rows: int = 500) -> None:
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == rows, timeout=20_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=20_000)


def _click_row(qtbot, window: MainWindow, row: int, modifier=Qt.KeyboardModifier.NoModifier):
    table = window.table
    table.scrollTo(window.orders.model.index(row, 0))
    rect = table.visualRect(window.orders.model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    # The detail pane follows the current row a moment later.
    qtbot.waitUntil(lambda: window.detail.order_id == table.current_order_id(), timeout=3000)


def _open_dialog(cls):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[-1] if found else None


def test_window_starts_and_the_list_fills(qtbot, window):
    _wait_filled(qtbot, window)
    assert window.windowTitle() == "Approval Console — Northwind Workshop"
    assert window.count_label.text() == "500 orders"
    assert window.refreshed_label.text().startswith("Refreshed ")
    first = window.orders.model.index(0, 0).data()
    assert first.startswith("#")
    assert window.orders.model.index(0, STATUS_COLUMN).data()
    qtbot.waitUntil(lambda: window.budget_label.text().startswith("API budget"), timeout=3000)


def test_ctrl_click_three_orders_and_change_their_status(qtbot, window, sandbox):
    _wait_filled(qtbot, window)
    model = window.orders.model
    rows = [row for row in range(40) if model.order_at(row).status_code != TARGET][:3]
    _click_row(qtbot, window, rows[0])
    for row in rows[1:]:
        _click_row(qtbot, window, row, Qt.KeyboardModifier.ControlModifier)
    assert window.table.selected_rows() == rows
    assert window.selection_label.text() == "3 selected"
    ids = [model.index(row, 0).data(ORDER_ID_ROLE) for row in rows]

    window.act_change.trigger()
    dialog = _open_dialog(BulkChangeDialog)
    assert dialog is not None and dialog.windowTitle() == "Change the status of 3 orders"
    combo = dialog.options.status
    combo.setCurrentIndex(combo.findData(TARGET))
    qtbot.waitUntil(lambda: dialog.start.isEnabled(), timeout=10_000)
    assert "3</b> of 3 orders will be sent" in dialog.preview.text()
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress_text.text() == "Done.", timeout=30_000)
    assert dialog.summary.text() == "3 applied"

    truth = server_orders(sandbox, ids)
    assert all(truth[i]["status"]["code"] == TARGET for i in ids)
    qtbot.waitUntil(
        lambda: all(
            model.index(window.orders.row_for_id(i), STATUS_COLUMN).data() == "Quality Check"
            for i in ids
        ),
        timeout=10_000,
    )
    dialog.close()


def test_open_an_order_and_see_its_history_and_progress(qtbot, window, sandbox):
    _wait_filled(qtbot, window)
    model = window.orders.model
    row = max(range(30), key=lambda r: model.order_at(r).history_count)
    order = model.order_at(row)
    _click_row(qtbot, window, row)
    pane = window.pane
    assert pane.title.text().startswith(order.name)
    assert pane.customer.text() == order.customer.name
    qtbot.waitUntil(lambda: pane.timeline.event_count() == order.history_count, timeout=10_000)
    assert len(pane.stepper.steps()) >= 3
    assert any(
        order.customer.email in text or "Email" in text or "Status" in text
        for text in pane.timeline.row_texts()
    )


def test_passing_over_orders_reads_only_the_order_stopped_on(qtbot, window, sandbox, monkeypatch):
    """Orders passed over with the arrow key show from the cache and spend no request: the
    rate budget is kept for the order the person stops on, and for their own changes."""
    # Wide enough that a loaded machine never stretches a tap into a stop.
    monkeypatch.setattr(detail_viewmodel, "SETTLE_MS", 3000)
    _wait_filled(qtbot, window)
    _click_row(qtbot, window, 0)
    pane = window.pane
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    before = sandbox.stats()["requests"]
    for row in range(1, 11):  # a person tapping Down, reading each row's name as it shows
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
        name = window.orders.model.order_at(row).name
        qtbot.waitUntil(lambda name=name: pane.title.text().startswith(name), timeout=2000)
    assert sandbox.stats()["requests"] == before
    # Stopped on the tenth: its history is read from the server, once.
    order = window.orders.model.order_at(10)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    qtbot.waitUntil(lambda: pane.timeline.event_count() == order.history_count, timeout=10_000)
    assert sandbox.stats()["requests"] == before + 1


def test_a_too_short_comment_shows_an_inline_error_and_sends_nothing(qtbot, window, sandbox):
    _wait_filled(qtbot, window)
    _click_row(qtbot, window, 0)
    order_id = window.detail.order_id
    before = server_orders(sandbox, [order_id])[order_id]["history_count"]
    pane = window.pane
    qtbot.keyClicks(pane.comment.text_edit(), "ok")
    assert not pane.add_comment.isEnabled()
    pane.comment.show_problem()
    assert "at least 3" in pane.comment.error_text()
    qtbot.mouseClick(pane.add_comment, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    assert server_orders(sandbox, [order_id])[order_id]["history_count"] == before

    qtbot.keyClicks(pane.comment.text_edit(), " then, called the customer")
    assert pane.add_comment.isEnabled()
    qtbot.mouseClick(pane.add_comment, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.message.text() == "Comment saved.", timeout=10_000)
    truth = server_orders(sandbox, [order_id])[order_id]
    assert truth["history_count"] == before + 1
    assert truth["history"][0]["comment"] == "ok then, called the customer"


def test_due_date_set_and_cleared(qtbot, window, sandbox):
    _wait_filled(qtbot, window)
    _click_row(qtbot, window, 2)
    order_id = window.detail.order_id
    window.act_due.trigger()
    dialog = _open_dialog(DueDateDialog)
    dialog.due_edit.setDate(QDate(2027, 1, 15))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pane.due.text() == "Due 15 Jan 2027", timeout=10_000)
    assert server_orders(sandbox, [order_id])[order_id]["due_date"].startswith("2027-01-1")
    assert window.orders.model.index(2, DUE_COLUMN).data() == "15 Jan 2027"

    window.act_due.trigger()
    dialog = _open_dialog(DueDateDialog)
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pane.due.text() == "No due date", timeout=10_000)
    assert server_orders(sandbox, [order_id])[order_id]["due_date"] is None


def test_find_an_order_by_number_and_email(qtbot, window, sandbox):
    _wait_filled(qtbot, window)
    target = window.orders.model.order_at(321)
    qtbot.keyClicks(window.search, "zzz-nothing-matches")
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 0, timeout=5000)
    window.act_lookup.trigger()
    dialog = _open_dialog(FindOrderDialog)
    qtbot.keyClicks(dialog.number_edit, target.name)
    qtbot.keyClicks(dialog.email_edit, target.customer.email.upper())
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detail.order_id == target.id, timeout=10_000)
    assert window.table.current_order_id() == target.id
    assert window.pane.title.text().startswith(target.name)
    assert window.search.text() == ""


def test_the_list_shows_the_cache_before_the_network_answers(
    qtbot, sandbox_factory, memory_keyring, tmp_path
):
    sandbox = sandbox_factory("--seed", "52", "--rate-window", "0")
    window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)
    _wait_filled(qtbot, window)
    _click_row(qtbot, window, 5)
    selected_id = window.table.current_order_id()
    _close(qtbot, window, context)

    sandbox.configure(latency_ms=3000)
    window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 500, timeout=10_000)
    assert window.sync_label.text() != "Up to date"  # painted before the network answered
    qtbot.waitUntil(lambda: window.sync_label.text() == "Refreshing…", timeout=2000)
    row = window.orders.row_for_id(selected_id)
    window.table.select_rows([row], current=row)
    sandbox.configure(latency_ms=0)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
    assert window.table.current_order_id() == selected_id
    assert window.table.selected_rows() == [window.orders.row_for_id(selected_id)]
    _close(qtbot, window, context)


def test_offline_the_cached_list_stays_usable(qtbot, sandbox_factory, memory_keyring, tmp_path):
    sandbox = sandbox_factory("--seed", "53", "--rate-window", "0")
    window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)
    _wait_filled(qtbot, window)
    _close(qtbot, window, context)
    sandbox.stop()
    window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)
    qtbot.waitUntil(lambda: window.offline_label.isVisible(), timeout=20_000)
    assert window.orders.model.rowCount() == 500
    assert "Offline" in window.sync_label.text()
    email = window.orders.model.order_at(7).customer.email
    qtbot.keyClicks(window.search, email)
    qtbot.waitUntil(lambda: 0 < window.orders.model.rowCount() < 5, timeout=5000)
    assert window.orders.model.order_at(0).customer.email == email
    _close(qtbot, window, context)


def test_settings_survive_a_restart(qtbot, sandbox, memory_keyring, tmp_path):
    window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)
    _wait_filled(qtbot, window)
    window.filter_bar.canceled.setChecked(False)
    total = sum(window.splitter.sizes())
    # A split the window can show at any width: it now fits the 800-pixel offscreen screen.
    window.splitter.setSizes([total * 45 // 100, total - total * 45 // 100])
    sizes = window.splitter.sizes()
    window.table.setColumnWidth(1, 333)
    _close(qtbot, window, context)
    window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)
    assert not window.filter_bar.canceled.isChecked()
    assert window.orders.filters.include_canceled is False
    assert window.table.columnWidth(1) == 333
    saved = window.context.console.settings.ui
    assert {"geometry", "splitter", "header", "filters"} <= set(saved)
    left, right = window.splitter.sizes()
    assert left / (left + right) == pytest.approx(sizes[0] / sum(sizes), abs=0.06)
    _close(qtbot, window, context)


def _open_as_launched(qtbot, profile) -> tuple[MainWindow, UiContext]:
    """The window as the app opens it: the cached list painted first, then taken over."""
    paths = Paths.in_profile(profile)
    preview = CachedListPreview(paths)
    console = Console(paths, database=preview.database, settings=preview.settings)
    context = UiContext.create(console, reader_db=preview.reader_db)
    window = MainWindow(context, preview=preview)
    qtbot.addWidget(window)
    window.show()
    preview.hand_over()
    window.start()
    return window, context


@pytest.mark.parametrize("cached_first", [False, True], ids=["window", "cached list first"])
def test_a_list_sorted_by_customer_opens_again_sorted_by_customer(
    qtbot, sandbox, memory_keyring, tmp_path, cached_first
):
    window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)
    _wait_filled(qtbot, window)
    header = window.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(1) + 10, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: window.orders.sort_key is SortKey.CUSTOMER, timeout=5000)
    descending = window.orders.descending
    _close(qtbot, window, context)

    if cached_first:
        window, context = _open_as_launched(qtbot, tmp_path / "p")
    else:
        window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)
    qtbot.waitUntil(lambda: window.orders.sort_key is SortKey.CUSTOMER, timeout=5000)
    qtbot.waitUntil(lambda: not window.orders.querying, timeout=5000)
    model = window.orders.model
    names = [model.index(row, 1).data() for row in range(50)]
    assert names == sorted(names, key=str.casefold, reverse=descending)
    header = window.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.isSortIndicatorShown()) == (1, True)
    _close(qtbot, window, context)


def test_layout_and_filters_are_on_disk_while_the_window_is_still_open(
    qtbot, sandbox, memory_keyring, tmp_path
):
    """A crash, or a logout that kills the app, keeps what the person arranged."""
    window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)
    _wait_filled(qtbot, window)
    settings_file = Paths.in_profile(tmp_path / "p").settings_file
    qtbot.mouseClick(window.filter_bar.canceled, Qt.MouseButton.LeftButton)
    window.table.horizontalHeader().resizeSection(1, 333)  # as a drag of its edge does

    def saved() -> dict:
        return load_settings(settings_file).ui

    qtbot.waitUntil(lambda: saved().get("filters", {}).get("include_canceled") is False)
    header = QHeaderView(Qt.Orientation.Horizontal)
    header.setModel(window.orders.model)
    restore_header(saved(), header)
    assert header.sectionSize(1) == 333
    assert window.isVisible()
    _close(qtbot, window, context)


def test_a_first_start_without_accounts_welcomes_and_adds_one(
    qtbot, sandbox, memory_keyring, tmp_path
):
    window, context = open_window(qtbot, Console(Paths.in_profile(tmp_path / "new")))
    assert window.welcome.isVisible() and not window.table.isVisible()
    assert not window.act_refresh.isEnabled() and not window.act_review.isEnabled()
    assert not window.filter_bar.isVisible() and not window.search.isEnabled()

    qtbot.mouseClick(window.welcome.add_account, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(AccountsDialog)
    assert dialog is not None and dialog.form_title.text() == "Add an account"
    qtbot.keyClicks(dialog.name_edit, "Workshop")
    dialog.url_edit.selectAll()
    qtbot.keyClicks(dialog.url_edit, sandbox.url)
    qtbot.keyClicks(dialog.key_edit, DEMO_KEY)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.close()

    qtbot.waitUntil(lambda: window.table.isVisible() and not window.welcome.isVisible())
    _wait_filled(qtbot, window)
    assert window.act_refresh.isEnabled() and window.filter_bar.isVisible()
    assert window.windowTitle() == "Approval Console — Workshop"
    _close(qtbot, window, context)


def test_an_unreadable_cache_and_settings_are_set_aside_and_the_window_says_where(
    qtbot, sandbox, memory_keyring, tmp_path
):
    paths = Paths.in_profile(tmp_path / "p")
    paths.ensure()
    paths.database.write_bytes(b"not a database " * 200)
    paths.settings_file.write_text("{ half a settings file", encoding="utf-8")

    window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)  # adds the account again
    text = window.banner_text.text()
    assert window.banner.isVisible()
    assert "could not be read" in text and str(context.console.database.rebuilt_from) in text
    assert str(context.console.settings.set_aside) in text
    assert context.console.database.rebuilt_from.read_bytes().startswith(b"not a database")
    assert context.console.settings.set_aside.read_text().startswith("{ half")
    _wait_filled(qtbot, window)  # the orders come back from the server
    qtbot.mouseClick(window.discard_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    _close(qtbot, window, context)


def test_a_cache_from_a_newer_version_is_set_aside_as_newer_and_the_window_says_so(
    qtbot, sandbox, memory_keyring, tmp_path
):
    # Going back to an older version: its cache cannot read the newer schema, so it reads the
    # orders again, and says so without calling the newer version's sound file damaged.
    paths = Paths.in_profile(tmp_path / "p")
    window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)
    _wait_filled(qtbot, window)
    _close(qtbot, window, context)
    with sqlite3.connect(paths.database) as newer:
        newer.execute(f"PRAGMA user_version = {len(CACHE.migrations) + 1}")

    window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)
    kept = context.console.database.rebuilt_from
    text = window.banner_text.text()
    assert window.banner.isVisible()
    assert "written by a newer version of Approval Console" in text and str(kept) in text
    assert "could not be read" not in text
    assert kept.name.startswith("console.sqlite3.newer-") and ".corrupt-" not in kept.name
    with sqlite3.connect(kept) as left:  # kept as the newer version wrote it
        assert left.execute("PRAGMA user_version").fetchone()[0] == len(CACHE.migrations) + 1
    _wait_filled(qtbot, window)  # the orders come back from the server
    _close(qtbot, window, context)


def test_the_order_model_passes_qtmodeltester(qtbot, window, qtmodeltester):
    """`window` before `qtmodeltester`: the tester lets go of the model before it closes."""
    _wait_filled(qtbot, window)
    qtmodeltester.check(window.orders.model, force_py=True)


def test_gui_heartbeat_never_stalls_during_a_200_order_bulk_change(
    qtbot, sandbox_factory, memory_keyring, tmp_path
):
    sandbox = sandbox_factory(
        "--seed", "54", "--orders", "600", "--rate-window", "0", "--queue-delay-ms", "300"
    )
    window, context = _make_window(qtbot, tmp_path / "p", sandbox.url)
    _wait_filled(qtbot, window, 600)
    model = window.orders.model
    rows = [row for row in range(600) if model.order_at(row).status_code != TARGET][:200]
    window.table.select_rows(rows, current=rows[0])
    window.act_change.trigger()
    dialog = _open_dialog(BulkChangeDialog)
    dialog.options.status.setCurrentIndex(dialog.options.status.findData(TARGET))
    qtbot.waitUntil(lambda: dialog.start.isEnabled(), timeout=10_000)

    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress_text.text() == "Done.", timeout=60_000)
    heartbeat.stop()
    assert dialog.summary.text() == "200 applied"
    assert len(gaps) > 50  # the window kept handling events; faults.py prints the worst stall
    dialog.close()
    _close(qtbot, window, context)


def test_no_index_is_valid_outside_the_model(window):
    model = window.orders.model
    assert not model.index(model.rowCount() + 5, 0).isValid()
    assert model.rowCount(QModelIndex()) == model.rowCount()


def test_an_unreachable_server_on_a_change_loses_nothing(qtbot, window, sandbox):
    """A comment sent while the server drops every connection is kept in the journal."""
    _wait_filled(qtbot, window)
    _click_row(qtbot, window, 1)
    order_id = window.detail.order_id
    sandbox.configure(fault_rate=1.0)
    qtbot.keyClicks(window.pane.comment.text_edit(), "Checked with the workshop")
    qtbot.mouseClick(window.pane.add_comment, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pane.message.isVisible(), timeout=30_000)
    sandbox.configure(fault_rate=0)
    journal = window.context.console.journal.history(ACCOUNT, order_id)
    assert journal and journal[-1].change.comment == "Checked with the workshop"
    with httpx.Client(base_url=sandbox.url) as client:
        assert client.get("/_sandbox/health").status_code == 200


def test_header_click_sorts_in_sql_and_filters_narrow_the_list(qtbot, window):
    _wait_filled(qtbot, window)
    header = window.table.horizontalHeader()
    rect_x = header.sectionViewportPosition(1) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect_x, 5))
    qtbot.waitUntil(lambda: window.orders.sort_key.value == "customer", timeout=5000)
    qtbot.waitUntil(lambda: not window.orders.querying, timeout=5000)
    model = window.orders.model
    names = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold) or names == sorted(
        names, key=str.casefold, reverse=True
    )

    qtbot.mouseClick(window.filter_bar.canceled, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 500, timeout=5000)
    assert all(not model.order_at(row).is_canceled for row in range(model.rowCount()))
    assert window.count_label.text() == f"{model.rowCount()} of 500 orders"

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.table.selected_count() == model.rowCount()
    assert window.selection_label.text() == f"{model.rowCount()} selected"


def test_typed_searches_match_what_the_database_finds(qtbot, window):
    """Searches answered from the prepared lists give exactly the SQL answer, in order."""
    _wait_filled(qtbot, window)
    reader = window.context.reader
    sample = window.orders.model.order_at(3)
    typed = ""
    for letter in sample.customer.email[:6]:
        typed += letter
        qtbot.keyClicks(window.search, letter)
        qtbot.waitUntil(
            lambda typed=typed: (
                window.orders.filters.search == typed and not window.orders.querying
            ),
            timeout=5000,
        )
        expected = reader.query_rowids(ACCOUNT, window.orders.filters.to_store())
        assert window.orders.model.rowids() == expected, typed
    assert sample.id in window.orders.ids_for_rows(list(range(window.orders.model.rowCount())))


def test_a_filter_that_leaves_out_the_order_shown_moves_the_pane_to_its_first_order(qtbot, window):
    """The pane goes straight to the filtered list's first order, never empty between the
    two (the empty pane, then the order, laid the pane out twice and flickered)."""
    _wait_filled(qtbot, window)
    model = window.orders.model
    shown_first = window.detail.order_id
    assert shown_first == model.index(0, 0).data(ORDER_ID_ROLE)
    other = next(
        order.status_code
        for order in map(model.order_at, range(model.rowCount()))
        if order.status_code != model.order_at(0).status_code
    )
    pane: list[str | None] = []  # each order the pane went to after the first, in turn

    def shown(order) -> None:
        order_id = order and order.id
        if order_id != shown_first and (not pane or pane[-1] != order_id):
            pane.append(order_id)

    window.detail.orderShown.connect(shown)

    window.filter_bar.set_filters(ListFilters(status_codes=(other,)), emit=True)
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 500, timeout=10_000)
    first = model.index(0, 0).data(ORDER_ID_ROLE)
    qtbot.waitUntil(lambda: window.detail.order_id == first, timeout=3000)
    assert pane == [first]
    assert window.pane.title.text() == model.order_at(0).name

    # A filter nothing matches empties the pane, once the list is empty.
    window.search.setText("no order has these words")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: window.detail.order_id is None, timeout=3000)
    assert pane == [first, None]


def test_an_order_changed_out_of_the_status_filter_leaves_the_filtered_list(qtbot, window, sandbox):
    """A change the filter cannot ignore reads the list again: the order leaves it."""
    _wait_filled(qtbot, window)
    model = window.orders.model
    status = model.order_at(0).status_code
    assert status != TARGET
    window.filter_bar.set_filters(ListFilters(status_codes=(status,)), emit=True)
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 500, timeout=10_000)
    qtbot.waitUntil(lambda: not window.orders.querying, timeout=10_000)
    shown = model.rowCount()
    _click_row(qtbot, window, 0)
    order_id = window.detail.order_id
    assert window.count_label.text() == f"{shown:,} of 500 orders"

    window.act_change.trigger()
    dialog = _open_dialog(ChangeStatusDialog)
    combo = dialog.options.status
    qtbot.waitUntil(lambda: combo.findData(TARGET) >= 0, timeout=10_000)
    combo.setCurrentIndex(combo.findData(TARGET))
    qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.orders.row_for_id(order_id) is None, timeout=10_000)
    assert window.count_label.text() == f"{shown - 1:,} of 500 orders"
    assert server_orders(sandbox, [order_id])[order_id]["status"]["code"] == TARGET


def test_an_order_opened_keeps_its_status_colour_in_the_list_across_accounts(qtbot, window):
    """ApprovePro's order read gives no status colour, its listing does: opening an order must
    not grey its chip where the account's statuses are not at hand."""
    from approval_console.ui.models.across import ACROSS_STATUS_COLUMN
    from approval_console.ui.review_window import ReviewWindow
    from approval_console.ui.widgets.status_chip import STATUS_COLOR_ROLE
    from tests.windows import on_screen

    _wait_filled(qtbot, window)
    model = window.orders.model
    row = next(r for r in range(50) if model.order_at(r).status.color)
    order = model.order_at(row)
    _click_row(qtbot, window, row)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.pane.timeline.event_count() > 0, timeout=10_000)
    # What every other window reads the order from.
    kept = window.context.reader.get(ACCOUNT, order.id)
    assert kept is not None and kept.status.color == order.status.color

    window.act_all.trigger()
    queue = on_screen(window, ReviewWindow)
    assert queue is not None
    across = queue.vm.model
    qtbot.waitUntil(lambda: across.rowCount() == 500, timeout=20_000)
    [shown] = [r for r in range(across.rowCount()) if across.order_at(r).id == order.id]
    chip = across.data(across.index(shown, ACROSS_STATUS_COLUMN), STATUS_COLOR_ROLE)
    assert chip == order.status.color
    queue.close()
