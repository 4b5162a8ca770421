"""Desktop notices against the real sandbox: new orders to review found by a refresh, and the
end of a bulk change or an export, told only to a person who is not looking at them."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from approval_console.app import Console
from approval_console.core.accounts import Account
from approval_console.core.paths import Paths
from approval_console.core.preferences import NotificationKind
from approval_console.services.review import REVIEW_STATUSES
from approval_console.services.review_watch import ANNOUNCED, known
from approval_console.store.orders import OrderFilter
from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
from approval_console.ui.dialogs.change_status import ChangeStatusDialog
from approval_console.ui.dialogs.export import ExportChoice, Scope
from approval_console.ui.jobs import Job
from approval_console.ui.main_window import MainWindow
from approval_console.ui.notifications import Notice
from tests.helpers import DEMO_KEY, approvepro_account
from tests.windows import close_window, on_screen, open_window

ARLO, WORKSHOP = "arlo-n", "ap-n"
LEFT = Qt.MouseButton.LeftButton
READY = "st000008"
QUALITY = "st000006"  # Quality Check, open to every order: marked as needing review


@pytest.fixture
def sandbox(sandbox_factory):
    return sandbox_factory("--seed", "52", "--orders", "150", "--rate-window", "0")


def _console(profile, url: str, start: str) -> Console:  # type: ignore[no-untyped-def]
    console = Console(Paths.in_profile(profile))
    console.add_account(
        Account(ARLO, "arlo", "Arlo training", url, {"username": "demo"}), "demo-arlo"
    )
    console.add_account(approvepro_account(url, WORKSHOP, rate_window="0"), DEMO_KEY)
    console.settings.last_account = start
    return console


@pytest.fixture
def desk(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[tuple[MainWindow, list[Notice]]]:
    window, context = open_window(qtbot, _console(tmp_path / "profile", sandbox.url, ARLO))
    said: list[Notice] = []
    window.tray.notifier.noticed.connect(said.append)
    yield window, said
    close_window(qtbot, window, context)


def _in_front(qtbot, window: MainWindow) -> None:
    """The person works in the window (once the windows of earlier tests have gone)."""
    qtbot.wait(200)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _first_look(qtbot, window: MainWindow) -> None:
    """The first refresh is read, and what awaited then recorded as known."""
    cache = window.context.reader
    qtbot.waitUntil(lambda: cache.meta(ARLO, ANNOUNCED) is not None, timeout=20_000)


def _into_review(window: MainWindow, sandbox) -> str:  # type: ignore[no-untyped-def]
    """Someone puts an approved Arlo order back into review, in Arlo itself; its number."""
    cache = window.context.reader
    [order] = cache.rows(cache.query_rowids(ARLO, OrderFilter(status_codes=("Approved",)))[:1])
    with sandbox.admin() as client:
        client.post(
            "/_sandbox/arlo/touch", json={"order_id": int(order.id), "status": "AwaitingApproval"}
        ).raise_for_status()
    return order.name


def _background_refresh(qtbot, window: MainWindow, number: str) -> None:
    """The timer's quiet refresh, and the look at what awaits after it."""
    window.session.refresh(quiet=True)
    reader = window.context.reader

    def recorded() -> bool:
        ids = known(reader, ARLO) or set()
        return any(order.name == number for order in reader.get_many(ARLO, ids).values())

    qtbot.waitUntil(recorded, timeout=20_000)
    qtbot.wait(50)


def test_new_orders_to_review_found_by_a_background_refresh_are_told_once(qtbot, desk, sandbox):
    window, said = desk
    _first_look(qtbot, window)
    number = _into_review(window, sandbox)
    window.showMinimized()  # the person is elsewhere
    _background_refresh(qtbot, window, number)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=5000)
    [notice] = said
    assert notice.kind is NotificationKind.REVIEW
    assert notice.title == "1 new order to review"
    assert notice.text == f"Arlo training: {number}"
    assert notice.account_id == ARLO
    # The tray says the same count as the toolbar.
    qtbot.waitUntil(lambda: window.tray.count > 0)
    assert f"({window.tray.count:,})" in window.act_review.iconText()

    _background_refresh(qtbot, window, number)  # told once
    assert len(said) == 1


def test_no_notice_for_new_orders_on_the_account_the_person_is_looking_at(qtbot, desk, sandbox):
    window, said = desk
    _first_look(qtbot, window)
    _in_front(qtbot, window)
    assert window.session.account_id == ARLO
    number = _into_review(window, sandbox)
    _background_refresh(qtbot, window, number)
    assert said == []
    # Seen: going away afterwards does not make it news.
    window.showMinimized()
    _background_refresh(qtbot, window, number)
    assert said == []


def test_no_notice_for_new_orders_when_that_kind_is_turned_off(qtbot, desk, sandbox):
    window, said = desk
    _first_look(qtbot, window)
    preferences = window.context.console.settings.preferences
    preferences.notifications[NotificationKind.REVIEW] = False
    window.context.preferences.announce()
    number = _into_review(window, sandbox)
    window.showMinimized()
    _background_refresh(qtbot, window, number)
    assert said == []


def test_a_bulk_change_that_ends_while_the_person_is_away_is_told(
    qtbot, sandbox, memory_keyring, tmp_path
):
    window, context = open_window(qtbot, _console(tmp_path / "profile", sandbox.url, WORKSHOP))
    said: list[Notice] = []
    window.tray.notifier.noticed.connect(said.append)
    try:
        qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=20_000)
        model = window.orders.model
        qtbot.waitUntil(lambda: model.rowCount() > 5, timeout=20_000)
        rows = [r for r in range(model.rowCount()) if model.order_at(r).status_code != READY]
        window.table.select_rows(rows[:5], current=rows[0])
        window.act_change.trigger()
        dialog = on_screen(window, BulkChangeDialog)
        assert dialog is not None
        combo = dialog.options.status
        combo.setCurrentIndex(combo.findData(READY))
        qtbot.waitUntil(dialog.start.isEnabled, timeout=10_000)
        qtbot.mouseClick(dialog.start, LEFT)
        [job] = context.jobs.jobs
        dialog.close()  # the change goes on
        window.showMinimized()
        qtbot.waitUntil(lambda: not job.running, timeout=20_000)
        qtbot.waitUntil(lambda: len(said) == 1, timeout=5000)
        [notice] = said
        assert notice.kind is NotificationKind.BULK_JOB and notice.job is job
        assert notice.title == "Bulk change finished"
        assert notice.text == f"Change 5 orders to Ready to Ship\n{job.detail}"
        assert "5 applied" in job.detail
    finally:
        close_window(qtbot, window, context)


def _export(window: MainWindow, path, gate: threading.Event | None = None) -> Job:  # type: ignore[no-untyped-def]
    def write(progress, cancelled) -> int:  # type: ignore[no-untyped-def]
        if gate is not None:
            gate.wait(10)
        path.write_text("number\n1001\n1002\n1003\n")
        return 3

    run = window.exports.start(
        ExportChoice(Scope.VIEW, path, False),
        title="Export 3 orders to list.csv",
        subtitle="Workshop",
        total=3,
        write=write,
    )
    return run.job


def test_an_export_that_ends_is_told_only_when_the_person_is_not_at_the_console(
    qtbot, memory_keyring, tmp_path
):
    window, context = open_window(qtbot, Console(Paths.in_profile(tmp_path / "profile")))
    said: list[Notice] = []
    window.tray.notifier.noticed.connect(said.append)
    try:
        gate = threading.Event()
        watched = _export(window, tmp_path / "watched.csv", gate)
        _in_front(qtbot, window)  # watching it run
        gate.set()
        qtbot.waitUntil(lambda: not watched.running, timeout=10_000)
        qtbot.wait(50)
        assert said == []  # its end shows in the status bar they are looking at

        window.showMinimized()
        away = _export(window, tmp_path / "list.csv")
        qtbot.waitUntil(lambda: len(said) == 1, timeout=10_000)
        [notice] = said
        assert notice.kind is NotificationKind.EXPORT and notice.job is away
        assert (notice.title, notice.text) == ("Export finished", "3 orders written to list.csv")

        context.console.settings.preferences.notifications[NotificationKind.EXPORT] = False
        context.preferences.announce()
        off = _export(window, tmp_path / "off.csv")
        qtbot.waitUntil(lambda: not off.running, timeout=10_000)
        qtbot.wait(50)
        assert len(said) == 1
    finally:
        close_window(qtbot, window, context)


def test_a_job_the_person_stopped_is_not_told(qtbot, memory_keyring, tmp_path):
    window, context = open_window(qtbot, Console(Paths.in_profile(tmp_path / "profile")))
    said: list[Notice] = []
    window.tray.notifier.noticed.connect(said.append)
    try:
        window.showMinimized()
        stopped = context.jobs.add(Job("Change 3 orders to Shipped", 3, stop=lambda: None))
        stopped.stop()
        stopped.finish("1 applied")
        failed = context.jobs.add(Job("Change 4 orders to Shipped", 4))
        failed.fail("The server failed to answer")
        [notice] = said
        assert (notice.title, notice.text, notice.warning) == (
            "Bulk change failed",
            "Change 4 orders to Shipped\nThe server failed to answer",
            True,
        )
    finally:
        close_window(qtbot, window, context)


def test_an_order_the_person_puts_into_review_is_no_news_to_them(
    qtbot, sandbox, memory_keyring, tmp_path
):
    console = Console(Paths.in_profile(tmp_path / "profile"))
    account = approvepro_account(
        sandbox.url, WORKSHOP, rate_window="0", **{REVIEW_STATUSES: QUALITY}
    )
    console.add_account(account, DEMO_KEY)
    window, context = open_window(qtbot, console)
    said: list[Notice] = []
    window.tray.notifier.noticed.connect(said.append)
    reader = context.reader
    try:
        qtbot.waitUntil(lambda: reader.meta(WORKSHOP, ANNOUNCED) is not None, timeout=20_000)
        model = window.orders.model
        qtbot.waitUntil(lambda: model.rowCount() > 5, timeout=20_000)
        row = next(r for r in range(model.rowCount()) if model.order_at(r).status_code != QUALITY)
        window.table.select_rows([row], current=row)
        order = model.order_at(row)
        window.act_change.trigger()
        dialog = on_screen(window, ChangeStatusDialog)
        assert dialog is not None
        combo = dialog.options.status
        qtbot.waitUntil(lambda: combo.findData(QUALITY) >= 0, timeout=10_000)
        combo.setCurrentIndex(combo.findData(QUALITY))
        qtbot.mouseClick(dialog.apply, LEFT)

        def changed() -> bool:
            row = window.orders.row_for_id(order.id)
            return row is not None and model.order_at(row).status_code == QUALITY

        qtbot.waitUntil(changed, timeout=10_000)
        qtbot.wait(200)

        window.showMinimized()
        refreshed: list[object] = []
        window.session.synced.connect(refreshed.append)
        window.session.refresh(quiet=True)
        qtbot.waitUntil(lambda: bool(refreshed), timeout=20_000)
        qtbot.waitUntil(lambda: order.id in (known(reader, WORKSHOP) or set()), timeout=10_000)
        qtbot.wait(200)  # the look after the refresh
        assert said == []
    finally:
        close_window(qtbot, window, context)
