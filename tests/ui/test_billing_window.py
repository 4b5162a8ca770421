"""An Apruve account in the window: an order taken from new to a closed invoice by clicking,
bulk finalize, cancel with confirmation, and an invoice exported to PDF, against the sandbox."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from approval_console.app import Console
from approval_console.core.accounts import Account
from approval_console.core.paths import Paths
from approval_console.ui.dialogs.bulk_action import BulkActionDialog
from approval_console.ui.dialogs.create_invoice import CreateInvoiceDialog
from approval_console.ui.dialogs.export import ExportDialog
from approval_console.ui.dialogs.invoice_return import ReturnDialog
from approval_console.ui.dialogs.shipment import ShipmentDialog
from approval_console.ui.main_window import MainWindow
from approval_console.ui.models.orders import (
    AMOUNT_COLUMN,
    COLUMNS,
    FINANCIAL_COLUMN,
    HISTORY_COLUMN,
    STATUS_COLUMN,
)
from approval_console.ui.widgets.billing_tabs import INVOICES_TAB, SHIPMENT_ITEMS_COLUMN
from tests.ui.test_main_window import _click_row, _close, _open_dialog, open_window

ACCOUNT = "apruve-ui"
KEY = "demo-apruve"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def sandbox(sandbox_factory):
    return sandbox_factory("--seed", "17", "--rate-window", "0")


@pytest.fixture
def window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(
        Account(id=ACCOUNT, backend="apruve", name="Northwind B2B", base_url=sandbox.url), KEY
    )
    window, context = open_window(qtbot, console)
    yield window
    _close(qtbot, window, context)


def _merchant(sandbox) -> dict:
    with sandbox.admin() as client:
        merchants = client.get("/_sandbox/apruve/overview").json()["merchants"]
    return next(m for m in merchants if m["api_key"] == KEY)


def _truth(sandbox, order_id: str) -> dict:
    with sandbox.admin() as client:
        response = client.get("/_sandbox/apruve/orders", params={"ids": order_id})
    [order] = response.json()["data"]
    return order


def _wait_filled(qtbot, window: MainWindow, sandbox) -> int:
    total = sum(_merchant(sandbox)["orders_by_status"].values())
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == total, timeout=20_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=20_000)
    return total


def _new_rows(window: MainWindow, sandbox, count: int) -> list[int]:
    """Rows of new orders whose buyer has credit enough for them to be issued."""
    credit = {
        a["id"]: a["credit_available_cents"] for a in _merchant(sandbox)["corporate_accounts"]
    }
    model = window.orders.model
    rows = []
    for row in range(model.rowCount()):
        order = model.order_at(row)
        if order.status_code != "new":
            continue
        truth = _truth(sandbox, order.id)
        if credit.get(truth["payment_term"]["corporate_account_id"], 0) > truth["amount_cents"]:
            rows.append(row)
        if len(rows) == count:
            return rows
    raise AssertionError("not enough new orders in the seed")


def _wait_billing(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: (
            window.pane.billing.billing is not None
            and window.pane.billing.billing.purchase_order.order.id == window.detail.order_id
        ),
        timeout=10_000,
    )


def _confirm(qtbot, button_text: str) -> None:
    qtbot.waitUntil(lambda: _open_dialog(QMessageBox) is not None, timeout=3000)
    box = _open_dialog(QMessageBox)
    [button] = [b for b in box.buttons() if b.text() == button_text]
    qtbot.mouseClick(button, LEFT)


def _invoice_status(window: MainWindow) -> str:
    record = window.pane.billing.current_invoice()
    return record.invoice.state.label if record else ""


def test_apruve_list_shows_amounts_customers_and_fitting_filters(qtbot, window, sandbox):
    total = _wait_filled(qtbot, window, sandbox)
    assert window.count_label.text() == f"{total:,} orders"
    table, model = window.table, window.orders.model
    assert not table.isColumnHidden(AMOUNT_COLUMN)
    assert table.isColumnHidden(FINANCIAL_COLUMN) and table.isColumnHidden(HISTORY_COLUMN)
    assert not window.filter_bar.financial.isVisible()
    assert window.filter_bar.status.isVisible()
    first = model.order_at(0)
    assert model.index(0, AMOUNT_COLUMN).data() == str(first.amount)
    names = {model.index(row, 1).data() for row in range(20)}
    assert all(names) and len(names) > 3  # corporate accounts, not blank
    assert model.index(0, STATUS_COLUMN).data() in {"New", "Pending", "Accepted", "Canceled"}
    assert COLUMNS[AMOUNT_COLUMN].title == "Amount"
    # ApprovePro's actions are not offered; the billing ones are.
    assert not window.act_change.isVisible() and window.act_finalize.isVisible()
    assert not window.pane.change_status.isVisible() and window.pane.finalize.isVisible()


def test_walk_an_order_from_new_to_an_issued_shipped_and_closed_invoice(qtbot, window, sandbox):
    _wait_filled(qtbot, window, sandbox)
    [row] = _new_rows(window, sandbox, 1)
    _click_row(qtbot, window, row)
    _wait_billing(qtbot, window)
    pane, tabs = window.pane, window.pane.billing
    order_id = window.detail.order_id
    items = _truth(sandbox, order_id)["order_items"]
    assert tabs.items.rowCount() == len(items)
    assert tabs.items.item(0, 0).text().startswith(items[0]["title"])
    assert pane.finalize.isEnabled() and tabs.invoices.rowCount() == 0

    # Finalize: the order goes to its buyer.
    qtbot.mouseClick(pane.finalize, LEFT)
    qtbot.waitUntil(lambda: _truth(sandbox, order_id)["status"] == "pending", timeout=10_000)
    qtbot.waitUntil(lambda: not pane.finalize.isEnabled(), timeout=10_000)
    assert window.orders.model.index(row, STATUS_COLUMN).data() == "Pending"

    # Apruve invoiced the whole order on finalizing (the seeded orders ask it to); bill it
    # again by hand, kept pending to be issued by hand.
    before = tabs.invoices.rowCount()
    qtbot.mouseClick(pane.create_invoice, LEFT)
    dialog = _open_dialog(CreateInvoiceDialog)
    assert dialog is not None and dialog.items.count() == len(items)
    dialog.issue.setChecked(False)
    number = dialog.number.text()
    qtbot.mouseClick(dialog.create_button, LEFT)
    qtbot.waitUntil(lambda: tabs.invoices.rowCount() == before + 1, timeout=10_000)
    # The new invoice is the one selected, its actions the ones offered.
    assert tabs.current_invoice().invoice.number == number
    assert _invoice_status(window) == "Pending"
    assert tabs.tabText(INVOICES_TAB) == f"Invoices ({before + 1})"

    qtbot.mouseClick(tabs.issue, LEFT)
    qtbot.waitUntil(lambda: _invoice_status(window) == "Open", timeout=10_000)
    assert not tabs.issue.isEnabled() and tabs.close_invoice.isEnabled()

    qtbot.mouseClick(tabs.ship, LEFT)
    shipment = _open_dialog(ShipmentDialog)
    shipment.shipper.setCurrentText("FedEx Freight")
    qtbot.keyClicks(shipment.tracking, "PRO-778812")
    qtbot.mouseClick(shipment.save, LEFT)
    qtbot.waitUntil(lambda: tabs.shipments.rowCount() == 1, timeout=10_000)
    assert tabs.shipments.item(0, 2).text() == "PRO-778812"
    assert tabs.shipments.item(0, 5).text() == "Complete"
    # Recorded without its items: the tab does not claim it carried none.
    assert tabs.shipments.isColumnHidden(SHIPMENT_ITEMS_COLUMN)

    qtbot.mouseClick(tabs.record_return, LEFT)
    credit = _open_dialog(ReturnDialog)
    qtbot.keyClicks(credit.amount, "999999")
    assert not credit.save.isEnabled() and "less than" in credit.error.text()
    credit.amount.clear()
    qtbot.keyClicks(credit.amount, "12.50")
    credit.reason.setCurrentIndex(credit.reason.findData("DAMAGED"))
    qtbot.mouseClick(credit.save, LEFT)
    qtbot.waitUntil(lambda: tabs.returns.rowCount() == 1, timeout=10_000)
    assert tabs.returns.item(0, 1).text() == "Damaged"

    qtbot.mouseClick(tabs.close_invoice, LEFT)
    _confirm(qtbot, "Close invoice")
    qtbot.waitUntil(lambda: _invoice_status(window) == "Closed", timeout=10_000)
    assert "Invoice change saved." in pane.message.text()

    invoices = _truth(sandbox, order_id)["invoices"]
    [invoice] = [i for i in invoices if i["merchant_invoice_id"] == number]
    assert invoice["status"] == "closed"
    assert [s["tracking_number"] for s in invoice["shipments"]] == ["PRO-778812"]
    assert [(r["amount_cents"], r["reason"]) for r in invoice["invoice_returns"]] == [
        (1250, "DAMAGED")
    ]
    entries = window.context.console.journal.history(ACCOUNT, order_id)
    assert len(entries) == 6 and all(e.state == "confirmed" for e in entries)


def test_bulk_finalize_of_selected_new_orders(qtbot, window, sandbox):
    _wait_filled(qtbot, window, sandbox)
    rows = _new_rows(window, sandbox, 3)
    _click_row(qtbot, window, rows[0])
    for row in rows[1:]:
        _click_row(qtbot, window, row, Qt.KeyboardModifier.ControlModifier)
    ids = [window.orders.model.order_at(row).id for row in rows]

    window.act_finalize.trigger()
    dialog = _open_dialog(BulkActionDialog)
    assert dialog is not None and dialog.windowTitle() == "Finalize 3 orders"
    assert dialog.preview.text().startswith("<b>3</b> orders will be finalized.")
    qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog.summary.text() == "3 applied", timeout=20_000)
    assert all(_truth(sandbox, order_id)["status"] == "pending" for order_id in ids)
    qtbot.waitUntil(
        lambda: all(
            window.orders.model.index(row, STATUS_COLUMN).data() == "Pending" for row in rows
        ),
        timeout=5000,
    )


def test_a_bulk_finalize_report_exports_each_order_and_its_outcome(
    qtbot, window, sandbox, tmp_path
):
    _wait_filled(qtbot, window, sandbox)
    rows = _new_rows(window, sandbox, 2)
    model = window.orders.model
    window.table.select_rows(rows, current=rows[0])
    names = {model.order_at(row).id: model.order_at(row).name for row in rows}
    window.act_finalize.trigger()
    dialog = _open_dialog(BulkActionDialog)
    assert dialog is not None and not dialog.export_report.isVisible()
    qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog.summary.text() == "2 applied", timeout=20_000)
    assert dialog.export_report.isVisible()

    qtbot.mouseClick(dialog.export_report, LEFT)
    export = _open_dialog(ExportDialog)
    assert export is not None
    target = tmp_path / "finalized.csv"
    export.path.clear()
    qtbot.keyClicks(export.path, str(target))
    qtbot.mouseClick(export.export_button, LEFT)
    jobs = window.context.jobs
    qtbot.waitUntil(lambda: target.exists() and not jobs.jobs[-1].running, timeout=20_000)
    with target.open(encoding="utf-8", newline="") as stream:
        written = {row["Order id"]: row for row in csv.DictReader(stream)}
    assert {order_id: row["Number"] for order_id, row in written.items()} == names
    assert {row["Outcome"] for row in written.values()} == {"Applied"}
    dialog.close()


def test_a_bulk_finalize_goes_on_as_a_job_when_its_dialog_is_closed(qtbot, window, sandbox):
    _wait_filled(qtbot, window, sandbox)
    rows = _new_rows(window, sandbox, 3)
    model = window.orders.model
    pending = next(r for r in range(model.rowCount()) if model.order_at(r).status_code == "pending")
    window.table.select_rows([*rows, pending], current=rows[0])
    ids = [model.order_at(row).id for row in rows]
    sandbox.configure(latency_ms=600)  # each order takes a moment: time to close the dialog

    window.act_finalize.trigger()
    dialog = _open_dialog(BulkActionDialog)
    assert dialog is not None and dialog.windowTitle() == "Finalize 3 orders"
    assert not dialog.isModal() and QApplication.activeModalWidget() is None
    assert "<br>1 selected order is not new and is left out." in dialog.preview.text()
    qtbot.mouseClick(dialog.start, LEFT)
    [job] = window.context.jobs.jobs
    assert job.title == "Finalize 3 orders" and job.subtitle == "Northwind B2B"
    qtbot.mouseClick(dialog.close_button, LEFT)
    assert not dialog.isVisible() and job.running
    assert window.jobs_indicator.text() == "1 job running · 0/3"
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    assert window.jobs_indicator.text() == "1 job finished" and job.detail == "3 applied"
    sandbox.configure(latency_ms=0)
    assert all(_truth(sandbox, order_id)["status"] == "pending" for order_id in ids)

    indicator = window.jobs_indicator
    qtbot.mouseClick(indicator, LEFT)
    qtbot.mouseClick(indicator.panel.rows()[0].show_button, LEFT)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.summary.text() == "3 applied" and not dialog.stop.isVisible()
    dialog.close()


def test_cancel_asks_first_and_keeping_it_sends_nothing(qtbot, window, sandbox):
    _wait_filled(qtbot, window, sandbox)
    [row] = _new_rows(window, sandbox, 1)
    _click_row(qtbot, window, row)
    _wait_billing(qtbot, window)
    order_id = window.detail.order_id

    qtbot.mouseClick(window.pane.cancel_order, LEFT)
    _confirm(qtbot, "Keep it")
    qtbot.wait(300)
    assert _truth(sandbox, order_id)["status"] == "new"
    assert window.context.console.journal.history(ACCOUNT, order_id) == []

    qtbot.mouseClick(window.pane.cancel_order, LEFT)
    _confirm(qtbot, "Cancel order")
    qtbot.waitUntil(lambda: _truth(sandbox, order_id)["status"] == "canceled", timeout=10_000)
    qtbot.waitUntil(lambda: not window.pane.cancel_order.isEnabled(), timeout=10_000)
    assert not window.pane.create_invoice.isEnabled()


def test_export_an_invoice_to_pdf_from_the_invoices_tab(qtbot, window, sandbox, tmp_path):
    from pypdf import PdfReader

    _wait_filled(qtbot, window, sandbox)
    model = window.orders.model
    row = next(r for r in range(model.rowCount()) if model.order_at(r).status_code == "accepted")
    _click_row(qtbot, window, row)
    _wait_billing(qtbot, window)
    tabs = window.pane.billing
    qtbot.waitUntil(lambda: tabs.invoices.rowCount() > 0, timeout=5000)
    record = tabs.current_invoice()
    tabs.setCurrentIndex(INVOICES_TAB)
    # Money moved on an accepted order's funded or paid invoice: it can no longer be canceled.
    states = {r.invoice.state.value for r in tabs.billing.invoices}
    assert window.pane.cancel_order.isEnabled() == (not states & {"funded", "closed"})

    qtbot.mouseClick(tabs.export_pdf, LEFT)
    dialog = _open_dialog(QFileDialog)
    assert dialog is not None
    assert dialog.selectedFiles()[0].endswith(".pdf")
    target = tmp_path / "exported.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "Invoice saved to" in window.pane.message.text(), timeout=5000)

    text = " ".join(page.extract_text() for page in PdfReader(Path(target)).pages)
    assert record.invoice.number in text
    assert record.invoice.items[0].title.split()[0] in text
