"""Export to CSV from the window: Ctrl+E, what is exported, Cancel, failures, the bulk report."""

from __future__ import annotations

import csv
import errno
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.core.settings import load_settings
from approval_console.services import csv_export, order_export
from approval_console.services.outcomes import ChangeReport, OrderResult, Outcome
from approval_console.ui import export_actions
from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
from approval_console.ui.dialogs.export import ExportDialog
from approval_console.ui.export_actions import CSV_BOM, ExportStatus
from approval_console.ui.jobs import JobState
from approval_console.ui.main_window import MainWindow
from approval_console.ui.models.orders import AMOUNT_COLUMN, COLUMNS, STATUS_COLUMN
from approval_console.ui.viewmodels.bulk import BulkChangeViewModel
from tests.helpers import DEMO_KEY, approvepro_account
from tests.windows import close_window, on_screen, open_window

ACCOUNT = "ap-export"
LEFT = Qt.MouseButton.LeftButton
EMAIL_COLUMN = next(n for n, column in enumerate(COLUMNS) if column.title == "Email")
OLD = b"Number\r\nold,kept\r\n"


@pytest.fixture
def window(qtbot, shared_sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(approvepro_account(shared_sandbox.url, ACCOUNT, rate_window="0"), DEMO_KEY)
    window, context = open_window(qtbot, console)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 500, timeout=20_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=20_000)
    yield window
    close_window(qtbot, window, context)


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def header_of(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as stream:
        return next(csv.reader(stream))


def ctrl_e(qtbot, window: MainWindow) -> ExportDialog:
    window.activateWindow()  # as a person's click back on it does, once a dialog has closed
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = on_screen(window, ExportDialog)
    assert dialog is not None, "Ctrl+E opened no export dialog"
    return dialog


def export_to(qtbot, dialog: ExportDialog, path: Path) -> None:
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(path))
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, LEFT)


def wait_job(qtbot, window: MainWindow, state: JobState = JobState.DONE):  # type: ignore[no-untyped-def]
    jobs = window.context.jobs
    qtbot.waitUntil(lambda: bool(jobs.jobs) and not jobs.jobs[-1].running, timeout=20_000)
    job = jobs.jobs[-1]
    assert job.state is state, job.detail
    return job


def test_ctrl_e_exports_the_selection_by_default(qtbot, window, tmp_path):
    model = window.orders.model
    window.table.select_rows([4, 2, 7], current=2)
    wanted = [model.order_at(row) for row in (2, 4, 7)]
    target = tmp_path / "chosen.csv"

    dialog = ctrl_e(qtbot, window)
    assert dialog.selection_choice.isChecked()
    assert dialog.selection_choice.text() == "The 3 selected orders"
    assert dialog.view_choice.text().startswith("All 500 orders in the list")
    assert Path(dialog.path.text()).name.startswith("orders-")
    export_to(qtbot, dialog, target)

    wait_job(qtbot, window)
    rows = read(target)
    assert [row["Order id"] for row in rows] == [order.id for order in wanted]
    assert [row["Number"] for row in rows] == [order.name for order in wanted]
    assert rows[0]["Status"] == wanted[0].status.name  # the name people read, not the code
    # ApprovePro's orders carry no amount: the list hides the column, and so does the file.
    assert "Amount" not in rows[0] and "Currency" not in rows[0]
    assert window.status.currentMessage() == "Exported 3 orders to chosen.csv"
    status = window.findChild(ExportStatus)
    assert status is not None and status.open_button.isVisible()


def test_the_view_in_the_headers_order_without_hidden_columns(qtbot, window, tmp_path):
    header = window.table.horizontalHeader()
    header.moveSection(header.visualIndex(STATUS_COLUMN), 0)  # Status dragged first
    window.table.setColumnHidden(EMAIL_COLUMN, True)
    window.table.select_rows([0])  # only the current order, as the list always has one
    target = tmp_path / "view.csv"

    dialog = ctrl_e(qtbot, window)
    assert dialog.view_choice.isChecked()  # the whole list, unless several are selected
    assert dialog.selection_choice.isEnabled()
    export_to(qtbot, dialog, target)

    wait_job(qtbot, window)
    titles = header_of(target)
    assert titles[:3] == ["Status", "Number", "Customer"]
    assert "Email" not in titles
    assert titles[-1] == "Order id"
    assert window.table.isColumnHidden(AMOUNT_COLUMN) and "Amount" not in titles
    model = window.orders.model
    rows = read(target)
    assert len(rows) == 500
    assert [row["Number"] for row in rows[:5]] == [model.order_at(r).name for r in range(5)]


def test_the_bom_choice_is_remembered_and_written(qtbot, window, tmp_path):
    dialog = ctrl_e(qtbot, window)
    assert not dialog.bom.isChecked()
    qtbot.mouseClick(dialog.view_choice, LEFT)
    dialog.bom.setChecked(True)
    export_to(qtbot, dialog, tmp_path / "excel.csv")
    wait_job(qtbot, window)
    assert (tmp_path / "excel.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    settings_file = window.context.console.paths.settings_file
    qtbot.waitUntil(lambda: load_settings(settings_file).ui.get(CSV_BOM) is True, timeout=5000)

    again = ctrl_e(qtbot, window)
    assert again.bom.isChecked()
    assert Path(again.path.text()).parent == tmp_path  # the folder last exported to
    again.reject()


def test_cancel_midway_keeps_the_old_file(qtbot, window, tmp_path, monkeypatch):
    # On a thread, so the rows can be slowed down here (a process would not see the patch).
    window.exports.in_process = False
    target = tmp_path / "orders.csv"
    target.write_bytes(OLD)
    monkeypatch.setattr(csv_export, "CHECK_EVERY", 5)
    listed = order_export.listed_orders

    def slowly(cache, rows):  # type: ignore[no-untyped-def]
        for one in listed(cache, rows):
            time.sleep(0.01)  # a slow disk: 500 orders take five seconds
            yield one

    monkeypatch.setattr(order_export, "listed_orders", slowly)

    dialog = ctrl_e(qtbot, window)
    qtbot.mouseClick(dialog.view_choice, LEFT)
    export_to(qtbot, dialog, target)
    status = window.findChild(ExportStatus)
    assert status is not None
    job = window.context.jobs.jobs[-1]
    qtbot.waitUntil(lambda: job.done >= 20, timeout=5000)
    # The window stays usable meanwhile: the list still answers a click.
    window.table.select_rows([10], current=10)
    assert window.table.selected_rows() == [10]
    qtbot.mouseClick(status.cancel, LEFT)

    wait_job(qtbot, window, JobState.STOPPED)
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != "") == ["orders.csv"]
    assert window.status.currentMessage() == "Export canceled: orders.csv was left as it was."
    assert job.done < 500


def test_a_failing_write_says_why_and_keeps_the_old_file(qtbot, window, tmp_path, monkeypatch):
    window.exports.in_process = False  # the full disk is simulated in this process
    target = tmp_path / "orders.csv"
    target.write_bytes(OLD)

    class FullDisk:
        """The disk fills as the export's file is flushed (and only that file)."""

        def __getattr__(self, name: str) -> object:
            return getattr(os, name)

        def fsync(self, fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(csv_export, "os", FullDisk())

    dialog = ctrl_e(qtbot, window)
    export_to(qtbot, dialog, target)

    job = wait_job(qtbot, window, JobState.FAILED)
    qtbot.waitUntil(lambda: on_screen(window, QMessageBox) is not None, timeout=3000)
    box = on_screen(window, QMessageBox)
    assert box is not None
    assert box.text() == (
        "orders.csv could not be written: No space left on device. orders.csv was left as it was."
    )
    assert job.detail == box.text()
    assert target.read_bytes() == OLD
    box.close()


def test_a_folder_gone_when_the_export_process_writes_is_said(qtbot, window, tmp_path):
    assert window.exports.in_process
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    dialog = ctrl_e(qtbot, window)
    export_to(qtbot, dialog, folder / "orders.csv")
    folder.rmdir()  # the stick was pulled out as the export started

    job = wait_job(qtbot, window, JobState.FAILED)
    qtbot.waitUntil(lambda: on_screen(window, QMessageBox) is not None, timeout=3000)
    box = on_screen(window, QMessageBox)
    assert box is not None
    assert box.text() == (
        "orders.csv could not be written: No such file or directory. orders.csv was not written."
    )
    assert job.detail == box.text()
    box.close()


def test_a_folder_that_does_not_exist_is_said_before_exporting(qtbot, window, tmp_path):
    dialog = ctrl_e(qtbot, window)
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "missing" / "x.csv"))

    assert not dialog.export_button.isEnabled()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == f"The folder {tmp_path / 'missing'} does not exist."
    dialog.reject()


def test_the_open_folder_button_opens_where_the_file_went(qtbot, window, tmp_path, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(export_actions, "open_folder", opened.append)
    dialog = ctrl_e(qtbot, window)
    export_to(qtbot, dialog, tmp_path / "here.csv")
    wait_job(qtbot, window)

    status = window.findChild(ExportStatus)
    assert status is not None
    qtbot.mouseClick(status.open_button, LEFT)

    assert opened == [tmp_path / "here.csv"]


def test_a_bulk_report_exports_every_order_with_its_outcome_and_reason(qtbot, window, tmp_path):
    model = window.orders.model
    orders = [model.order_at(row) for row in range(3)]
    ids = [order.id for order in orders]
    vm = BulkChangeViewModel(window.context, ACCOUNT, ids, window)
    names = {order.id: order.name for order in orders}
    dialog = BulkChangeDialog(vm, window.orders.statuses, names, window.context.bus, window)
    window.dialogs.open_job(dialog, vm)
    assert not dialog.export_report.isVisible()
    report = ChangeReport(
        results={
            ids[0]: OrderResult(ids[0], Outcome.APPLIED),
            ids[1]: OrderResult(ids[1], Outcome.NOT_APPLIED, "Its tags do not allow it"),
            ids[2]: OrderResult(ids[2], Outcome.SKIPPED),
        }
    )
    vm.report = report
    vm.finished.emit(report)
    assert dialog.export_report.isVisible()
    target = tmp_path / "report.csv"

    qtbot.mouseClick(dialog.export_report, LEFT)
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog)]
    export = next(w for w in found if w.isVisible())
    assert not export.view_choice.isVisible()  # a report has no view or selection
    assert Path(export.path.text()).name.startswith("report-")
    export_to(qtbot, export, target)

    wait_job(qtbot, window)
    assert read(target) == [
        {
            "Number": orders[1].name,
            "Outcome": "Not applied",
            "Reason": "Its tags do not allow it",
            "Order id": ids[1],
        },
        {"Number": orders[2].name, "Outcome": "Already had it", "Reason": "", "Order id": ids[2]},
        {"Number": orders[0].name, "Outcome": "Applied", "Reason": "", "Order id": ids[0]},
    ]
    dialog.close()
