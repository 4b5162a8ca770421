"""The printable invoice: a real sandbox invoice exported to PDF, read back as a buyer would.

The invoice comes from the real sandbox through the real Apruve connector. It is fetched on a
worker thread: inside UI tests the qasync loop is marked running, so `asyncio.run` would refuse
on this thread, whatever order pytest sets fixtures up in.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QTextTable
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from approval_console.connectors.apruve import ApruveConnector
from approval_console.core.accounts import Account
from approval_console.core.billing import (
    Invoice,
    InvoiceRecord,
    Merchant,
    OrderBilling,
    PurchaseOrder,
    sum_money,
)
from approval_console.core.display import format_number
from approval_console.core.domain import Money
from approval_console.ui.invoice_document import (
    build_document,
    default_pdf_name,
    export_invoice_pdf,
    format_money,
    invoice_html,
    output,
    print_invoice,
)
from approval_console.ui.widgets.billing_tabs import BillingTabs

if TYPE_CHECKING:  # `tests` is not importable when pytest runs as a script
    from tests.conftest import SandboxProcess

KEY = "demo-apruve"
LETTER_POINTS = (612, 792)
A4_POINTS = (595, 842)


@dataclass(frozen=True)
class RealInvoice:
    invoice: Invoice
    merchant: Merchant
    order: PurchaseOrder


def _is_full(invoice: Invoice) -> bool:
    """Everything a printed invoice can hold: several items with SKUs, tax, shipping, parties."""
    return (
        len(invoice.items) >= 3
        and all(item.title and item.sku and item.total for item in invoice.items)
        and bool(invoice.tax and invoice.tax.amount)
        and bool(invoice.shipping and invoice.shipping.amount)
        and invoice.bill_to is not None
        and invoice.ship_to is not None
        and bool(invoice.number and invoice.terms_of_delivery and invoice.footer)
    )


async def _fetch(url: str) -> RealInvoice:
    account = Account(id="apruve-test", backend="apruve", name="Northwind", base_url=url)
    connector = ApruveConnector(account, KEY)
    try:
        merchant = await connector.get_merchant()
        for order in (await connector.list_purchase_orders()).items:
            for invoice in (await connector.list_invoices(order.id)).items:
                if _is_full(invoice):
                    return RealInvoice(invoice, merchant, order)
    finally:
        await connector.aclose()
    raise AssertionError("the sandbox has no invoice with items, tax, shipping and terms")


@pytest.fixture(scope="module")
def real(shared_sandbox: SandboxProcess) -> RealInvoice:
    with ThreadPoolExecutor(1) as worker:
        return worker.submit(asyncio.run, _fetch(shared_sandbox.url)).result(timeout=60)


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with whitespace normalised (the PDF separates words with tabs)."""
    reader = PdfReader(path)
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def squeeze(text: str) -> str:
    """Text without any whitespace: a long title may wrap onto two lines in its cell."""
    return "".join(text.split())


def export(real: RealInvoice, path: Path, invoice: Invoice | None = None) -> Path:
    return export_invoice_pdf(
        invoice or real.invoice, path, merchant=real.merchant, order=real.order
    )


def test_the_pdf_holds_what_the_buyer_reads(real: RealInvoice, tmp_path: Path) -> None:
    invoice = real.invoice
    target = tmp_path / default_pdf_name(invoice)
    assert target.name == f"Invoice {invoice.number}.pdf"

    assert export(real, target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == [target], "no temporary file is left beside it"
    reader = PdfReader(target)
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == LETTER_POINTS, "US dollars print on Letter"

    text = " ".join(pdf_pages(target))
    flat = squeeze(text)
    assert invoice.number and invoice.number in text
    assert real.merchant.name in text
    assert real.order.merchant_order_id and real.order.merchant_order_id in text
    assert "Amounts in USD" in text, "one currency: said once above the item table"
    for item in invoice.items:
        assert item.title and squeeze(item.title) in flat, item.title
        assert item.total and format_number(item.total.amount, "USD") in text, item.title
    subtotal = sum_money([item.total for item in invoice.items if item.total], "USD")
    total = format_money(invoice.amount)
    assert re.fullmatch(r"\d{1,3}(,\d{3})*\.\d{2} USD", total), total
    assert f"Subtotal {format_money(subtotal)}" in text
    assert f"Total {total}" in text
    assert invoice.bill_to and squeeze(invoice.bill_to.name) in flat
    assert invoice.terms_of_delivery and squeeze(invoice.terms_of_delivery) in flat
    assert invoice.footer and squeeze(" ".join(invoice.footer.split()[:5])) in flat
    assert "Page 1 of 1" in text


def _tables(invoice: Invoice, real: RealInvoice, width: float) -> dict[str, QRectF]:
    """The laid-out tables of the printed invoice, by the text of their first cell."""
    document = build_document(invoice, merchant=real.merchant, order=real.order)
    document.setTextWidth(width)
    layout = document.documentLayout()
    return {
        frame.cellAt(0, 0).firstCursorPosition().block().text(): layout.frameBoundingRect(frame)
        for frame in document.rootFrame().childFrames()
        if isinstance(frame, QTextTable)
    }


def test_the_item_table_spans_the_page_to_the_totals_edge(real: RealInvoice) -> None:
    width = 2196.0  # Letter at 300 dpi within its margins, as the PDF lays it out
    tables = _tables(real.invoice, real, width)
    items, totals = tables["Item"], tables["Subtotal"]
    page = tables[next(iter(tables))]  # the letterhead spans the page
    close = width * 0.005  # half a percent: Qt's collapsed borders shift a table by pixels
    assert abs(items.left() - page.left()) <= close
    assert abs(items.right() - page.right()) <= close, (items, page)
    assert abs(items.right() - totals.right()) <= close, (items, totals)


def test_lines_carrying_no_tax_of_their_own_print_no_zero_tax(
    real: RealInvoice, tmp_path: Path
) -> None:
    invoice = real.invoice
    assert invoice.tax and invoice.tax.amount
    text = " ".join(pdf_pages(export(real, tmp_path / "taxed.pdf")))
    assert "Tax rate Tax Amount" in text  # each line's own tax, as the server lists it
    for item in invoice.items:
        assert item.tax and format_number(item.tax.amount, "USD") in text

    # As Apruve lists an invoice it made from an order: the tax on the invoice, 0 on each line.
    zero = Money(Decimal(0), "USD")
    untaxed = tuple(
        dataclasses.replace(item, tax=zero, tax_rate_percentage=None) for item in invoice.items
    )
    text = " ".join(
        pdf_pages(export(real, tmp_path / "lines.pdf", dataclasses.replace(invoice, items=untaxed)))
    )
    assert not re.search(r"(?<![\d,])0\.00\b", text) and "Tax rate" not in text
    assert "Qty Unit price Amount" in text
    assert f"Tax {format_money(invoice.tax)}" in text  # said once, in the totals


def test_a_euro_invoice_prints_on_a4_with_the_currency_after_the_amount(
    real: RealInvoice, tmp_path: Path
) -> None:
    invoice = Invoice(
        id="eu-1",
        order_id=real.invoice.order_id,
        state=real.invoice.state,
        amount=Money(Decimal("1234.5"), "EUR"),
        number="EU 7/2026",
    )
    path = export(real, tmp_path / default_pdf_name(invoice), invoice)

    assert path.name == "Invoice EU 7-2026.pdf", "a slash cannot be in a file name"
    box = PdfReader(path).pages[0].mediabox
    assert (round(box.width), round(box.height)) == A4_POINTS
    text = " ".join(pdf_pages(path))
    assert "Total 1,234.50 EUR" in text
    assert "EU 7/2026" in text, "the invoice itself keeps its real number"


def _screen_amount(qtbot, real: RealInvoice, invoice: Invoice) -> str:
    """The invoice's amount as the Invoices tab shows it."""
    tabs = BillingTabs()
    qtbot.addWidget(tabs)
    tabs.set_billing(OrderBilling(real.order, (InvoiceRecord(invoice),)))
    headers = [
        tabs.invoices.horizontalHeaderItem(c).text() for c in range(tabs.invoices.columnCount())
    ]
    cell = tabs.invoices.item(0, headers.index("Amount"))
    assert cell is not None
    return cell.text()


def test_the_screen_and_the_pdf_write_the_same_amount(
    real: RealInvoice, qtbot, tmp_path: Path
) -> None:
    shown = _screen_amount(qtbot, real, real.invoice)
    assert shown.endswith(" USD") and not shown.startswith("$"), shown

    text = " ".join(pdf_pages(export(real, tmp_path / "same.pdf")))

    assert f"Total {shown}" in text


def test_a_yen_invoice_has_no_decimals_on_screen_or_paper(
    real: RealInvoice, qtbot, tmp_path: Path
) -> None:
    invoice = Invoice(
        id="jp-1",
        order_id=real.invoice.order_id,
        state=real.invoice.state,
        amount=Money(Decimal("123456"), "JPY"),
        number="JP-1",
    )
    assert _screen_amount(qtbot, real, invoice) == "123,456 JPY"

    text = " ".join(pdf_pages(export(real, tmp_path / "yen.pdf", invoice)))

    assert "Total 123,456 JPY" in text
    assert ".00" not in text


def test_a_german_reader_sees_quantities_grouped_as_amounts_are(
    real: RealInvoice, tmp_path: Path
) -> None:
    """Quantities and amounts alike in the reader's way of writing numbers: "1.200", not
    "1,200" beside "1.234,50"."""
    from PySide6.QtCore import QLocale

    from approval_console.core.display import ENGLISH, use_style
    from approval_console.ui.language import style_for

    first, *rest = real.invoice.items
    bulk = dataclasses.replace(first, quantity=1200)
    invoice = dataclasses.replace(real.invoice, items=(bulk, *rest))
    use_style(style_for(QLocale("de_DE")))  # as choosing German sets it
    try:
        text = " ".join(pdf_pages(export(real, tmp_path / "de.pdf", invoice)))
        total = format_money(invoice.amount)
    finally:
        use_style(ENGLISH)

    assert " 1.200 " in text and "1,200" not in text
    assert f"Total {total}" in text and "," in total, "the amount as German writes it"


def long_invoice(real: RealInvoice, times: int = 20) -> Invoice:
    """The real invoice with its items repeated, its amounts adding up as the server's would."""
    items = real.invoice.items * times
    subtotal = sum_money([item.total for item in items if item.total], "USD")
    extras = real.invoice.tax.amount + real.invoice.shipping.amount  # type: ignore[union-attr]
    amount = Money(subtotal.amount + extras, "USD")
    return dataclasses.replace(real.invoice, items=items, amount=amount, amount_due=amount)


def test_many_items_run_over_pages_with_the_total_on_the_last(
    real: RealInvoice, tmp_path: Path
) -> None:
    invoice = long_invoice(real)
    items, amount = invoice.items, invoice.amount

    pages = pdf_pages(export(real, tmp_path / "long.pdf", invoice))

    assert len(pages) >= 3
    total = f"Total {format_money(amount)}"
    assert total in pages[-1]
    assert all(total not in page for page in pages[:-1])
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert real.invoice.number and real.invoice.number in page, "each page names its invoice"
    for page in pages[:-1]:
        assert "Item Qty Unit price" in page, "the column headings repeat on every page"
    # No item is cut in two: every page has as many SKU lines as item titles.
    titles = {squeeze(item.title or "") for item in real.invoice.items}
    rows = [sum(squeeze(page).count(title) for title in titles) for page in pages]
    assert [squeeze(page).count("SKU") for page in pages] == rows
    assert sum(rows) == len(items)


def test_markup_in_server_text_prints_literally(real: RealInvoice, tmp_path: Path) -> None:
    first, *rest = real.invoice.items
    hostile = dataclasses.replace(first, title="<b>Bolts</b> & Nuts <i>M8</i>")
    invoice = dataclasses.replace(
        real.invoice,
        items=(hostile, *rest),
        notes="Pay <u>now</u> & save <script>alert(1)</script>",
    )
    html = invoice_html(invoice, merchant=real.merchant, order=real.order)
    assert "<script>" not in html and "<u>now" not in html

    text = " ".join(pdf_pages(export(real, tmp_path / "hostile.pdf", invoice)))

    assert "<b>Bolts</b> & Nuts <i>M8</i>" in text
    assert "Pay <u>now</u> & save <script>alert(1)</script>" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_an_unwritable_folder_raises_and_leaves_nothing(real: RealInvoice, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="Cannot save the invoice"):
        export(real, tmp_path / "missing" / "invoice.pdf")
    assert list(tmp_path.iterdir()) == []

    if os.name == "posix" and os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        try:
            with pytest.raises(PermissionError, match=re.escape(str(locked))):
                export(real, locked / "invoice.pdf")
            assert list(locked.iterdir()) == []
        finally:
            locked.chmod(0o700)

    taken = tmp_path / "taken.pdf"
    taken.mkdir()  # a folder where the file should go: the final rename fails
    with pytest.raises(OSError, match="Cannot save the invoice as"):
        export(real, taken)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.pdf"]
    assert list(taken.iterdir()) == []


def test_a_failed_export_keeps_the_previous_file(
    real: RealInvoice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export(real, tmp_path / "invoice.pdf")
    good = path.read_bytes()

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("the layout failed half way")

    monkeypatch.setattr(output, "paint_pages", broken)
    with pytest.raises(RuntimeError, match="half way"):
        export(real, path)

    assert path.read_bytes() == good
    assert list(tmp_path.iterdir()) == [path]


def test_print_dialog_opens_without_blocking_and_cancel_prints_nothing(
    real: RealInvoice, qtbot, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    dialog = print_invoice(real.invoice, parent, merchant=real.merchant, order=real.order)

    # Back here with the dialog open: no nested exec() loop is running.
    assert isinstance(dialog, QPrintDialog)
    assert dialog.isVisible()
    assert dialog.windowModality() != Qt.WindowModality.NonModal
    assert real.invoice.number and real.invoice.number in dialog.windowTitle()
    # The console's asyncio work goes on while the dialog waits for the user.
    ticked = asyncio.ensure_future(asyncio.sleep(0.01, result="ticked"))
    qtbot.waitUntil(ticked.done, timeout=2000)
    assert ticked.result() == "ticked"
    assert dialog.isVisible()

    printer = dialog.printer()
    page = printer.pageLayout().pageSize()
    assert page.id() == page.PageSizeId.Letter
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "canceled.pdf"))
    dialog.reject()

    assert not dialog.isVisible()
    qtbot.wait(50)
    assert list(tmp_path.iterdir()) == []


def test_accepting_the_print_dialog_prints_the_invoice(
    real: RealInvoice, qtbot, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = print_invoice(real.invoice, parent, merchant=real.merchant, order=real.order)
    assert dialog.isVisible()

    target = tmp_path / "printed.pdf"
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    # done() rather than accept(): on Linux, Qt's accept() copies the dialog's own file-name
    # field over the printer's and may ask about overwriting in a modal message box.
    dialog.done(QDialog.DialogCode.Accepted)

    assert target.read_bytes().startswith(b"%PDF")
    text = " ".join(pdf_pages(target))
    assert real.invoice.number and real.invoice.number in text
    assert f"Total {format_money(real.invoice.amount)}" in text


def test_printing_a_page_range_prints_only_those_pages(
    real: RealInvoice, qtbot, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    invoice = long_invoice(real)
    dialog = print_invoice(invoice, parent, merchant=real.merchant, order=real.order)

    target = tmp_path / "page-2.pdf"
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)  # "Pages: 2" in the dialog
    dialog.done(QDialog.DialogCode.Accepted)

    printed = pdf_pages(target)
    assert len(printed) == 1
    numbered = re.search(r"Page (\d+) of (\d+)", printed[0])
    assert numbered and numbered.group(1) == "2" and int(numbered.group(2)) >= 3, printed[0]
    assert "Item Qty Unit price" in printed[0]
