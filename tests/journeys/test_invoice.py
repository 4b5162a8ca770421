"""An Apruve order invoiced by a person: finalize, create an invoice, issue it, export its PDF
through the file dialog by typing a path, and read the PDF back."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from approval_console.ui.dialogs.create_invoice import CreateInvoiceDialog
from approval_console.ui.widgets.billing_tabs import INVOICES_TAB

KEY = "demo-apruve"


def _shown(cls):  # type: ignore[no-untyped-def]
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[-1] if found else None


def _merchant(desk) -> dict:  # type: ignore[no-untyped-def]
    merchants = desk.truth("/_sandbox/apruve/overview")["merchants"]
    return next(m for m in merchants if m["api_key"] == KEY)


def _order(desk, order_id: str) -> dict:  # type: ignore[no-untyped-def]
    [order] = desk.truth("/_sandbox/apruve/orders", ids=order_id)["data"]
    return order


def _new_order_row(desk) -> int:  # type: ignore[no-untyped-def]
    """A new order whose buyer has the credit for it: the one a person would pick to bill."""
    credit = {a["id"]: a["credit_available_cents"] for a in _merchant(desk)["corporate_accounts"]}
    model = desk.window.orders.model
    for row in range(model.rowCount()):
        order = model.order_at(row)
        if order.status_code != "new":
            continue
        truth = _order(desk, order.id)
        if credit.get(truth["payment_term"]["corporate_account_id"], 0) > truth["amount_cents"]:
            return row
    raise AssertionError("no new order with credit in the seed")


def test_an_invoice_created_issued_and_exported_to_a_pdf(demo_desk, qtbot, tmp_path):
    desk = demo_desk(start="apruve-demo")
    window, person = desk.window, desk.person
    total = sum(_merchant(desk)["orders_by_status"].values())
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == total, timeout=30_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)

    row = _new_order_row(desk)
    person.click_row(window.table, row)
    pane, tabs = window.pane, window.pane.billing
    order_id = window.table.model().order_at(row).id
    qtbot.waitUntil(
        lambda: tabs.billing is not None and tabs.billing.purchase_order.order.id == order_id,
        timeout=10_000,
    )

    person.click(pane.finalize)
    qtbot.waitUntil(lambda: _order(desk, order_id)["status"] == "pending", timeout=10_000)
    qtbot.waitUntil(lambda: not pane.finalize.isEnabled(), timeout=10_000)
    before = tabs.invoices.rowCount()

    person.press("ctrl+shift+i")
    qtbot.waitUntil(lambda: _shown(CreateInvoiceDialog) is not None, timeout=5000)
    dialog = _shown(CreateInvoiceDialog)
    qtbot.waitExposed(dialog)
    number = dialog.number.text()
    box = dialog.issue
    person.click(box, QPoint(10, box.height() // 2))  # keep it pending: it is issued by hand below
    assert not dialog.issue.isChecked()
    person.screenshot("create-invoice")
    person.click(dialog.create_button)
    qtbot.waitUntil(lambda: tabs.invoices.rowCount() == before + 1, timeout=10_000)
    person.click(tabs.tabBar(), tabs.tabBar().tabRect(INVOICES_TAB).center())
    assert tabs.current_invoice().invoice.number == number

    person.click(tabs.issue)
    qtbot.waitUntil(lambda: tabs.current_invoice().invoice.state.label == "Open", timeout=10_000)
    [invoice] = [
        i for i in _order(desk, order_id)["invoices"] if i["merchant_invoice_id"] == number
    ]
    assert invoice["status"] == "open"

    record = tabs.current_invoice()
    person.click(tabs.export_pdf)
    qtbot.waitUntil(lambda: _shown(QFileDialog) is not None, timeout=5000)
    files = _shown(QFileDialog)
    name_box = QApplication.focusWidget()
    assert isinstance(name_box, QLineEdit) and name_box.text().endswith(".pdf")
    person.screenshot("export-dialog")
    target = tmp_path / "exported invoice.pdf"
    person.press("ctrl+a")
    person.type(str(target))
    person.press("Return")
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: not files.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "Invoice saved to" in pane.message.text(), timeout=5000)
    person.screenshot("exported")

    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert number in text
    assert record.invoice.items[0].title.split()[0] in text
    assert f"{invoice['amount_cents'] / 100:,.2f}" in text  # the total the buyer is asked for
