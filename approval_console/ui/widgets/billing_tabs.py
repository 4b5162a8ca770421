"""An order's billing in tabs: Items, Invoices, Shipments and Returns; or, for a backend
without invoices, Items, Shipments, Payments and Refunds.

The tabs show what the backend-neutral `OrderBilling` holds, so any billing backend fills them.
Buttons are offered only where the record's state allows the action (the state enums say so);
the tabs never send anything themselves, they ask through signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.billing import (
    Address,
    InvoiceRecord,
    LineItem,
    OrderBilling,
    OrderRecords,
    OrderState,
    Shipment,
    ShipmentState,
)
from approval_console.core.changes import InvoiceActionKind
from approval_console.core.display import format_money
from approval_console.core.domain import Money
from approval_console.core.labels import PAYMENT, RETURN_REASON, SHIPMENT, readable
from approval_console.ui.dates import format_date
from approval_console.ui.tones import Tone, follow_palette, tone_color

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ITEMS_TAB, INVOICES_TAB, SHIPMENTS_TAB, RETURNS_TAB, PAYMENTS_TAB, REFUNDS_TAB = range(6)
SHIPMENT_INVOICE_COLUMN, SHIPMENT_ITEMS_COLUMN = 0, 6
NOT_LISTED = "—"
ITEMS_NOT_LISTED = "The server does not list which items this shipment carried."


def money(value: Money | None) -> str:
    """As every amount is written, on the screen and on the printed invoice."""
    return format_money(value)


def when(value: datetime | None) -> str:
    return format_date(value)


def _table(headers: Sequence[str], numeric: Sequence[int] = ()) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setProperty("numeric", list(numeric))
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    numeric = set(table.property("numeric") or ())
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column in numeric:
                item.setTextAlignment(RIGHT)
            table.setItem(row, column, item)


def _address_html(title: str, address: Address | None) -> str:
    if address is None:
        return ""
    lines = [address.name, address.contact_name, address.address_1, address.address_2]
    lines.append(f"{address.city}, {address.state} {address.postal_code}")
    lines += [address.country_code, address.phone_number]
    body = "<br>".join(escape(line) for line in lines if line)
    return f"<td valign='top' style='padding-right:18px'><b>{escape(title)}</b><br>{body}</td>"


def invoice_summary_html(record: InvoiceRecord, muted: str = "gray") -> str:
    """The selected invoice in full: amounts, dates, items, addresses, notes; names and
    headings in the `muted` colour."""
    invoice = record.invoice
    facts = [
        ("Status", f"{invoice.state.label} — {invoice.state.description}"),
        ("Amount", money(invoice.amount)),
        ("Tax", money(invoice.tax)),
        ("Shipping", money(invoice.shipping)),
        ("Amount due", money(invoice.amount_due)),
        ("Returned", money(record.returned) if record.returns else ""),
        ("Issued", when(invoice.issued_at)),
        ("Due", when(invoice.due_at)),
        ("Terms of delivery", invoice.terms_of_delivery or ""),
    ]
    rows = "".join(
        f"<tr><td style='color:{muted}; padding-right:12px'>{escape(name)}</td>"
        f"<td>{escape(value)}</td></tr>"
        for name, value in facts
        if value
    )
    items = "".join(
        f"<tr><td>{escape(item.title or '')}</td><td align='right'>{item.quantity}</td>"
        f"<td align='right'>{escape(money(item.unit_price))}</td>"
        f"<td align='right'>{escape(money(item.total))}</td></tr>"
        for item in invoice.items
    )
    addresses = "".join(
        _address_html(title, address)
        for title, address in (
            ("Bill to", invoice.bill_to),
            ("Ship to", invoice.ship_to),
            ("Sold to", invoice.sold_to),
            ("Remit to", invoice.remittance),
            ("Fiscal representative", invoice.fiscal_representative),
        )
    )
    html = f"<table cellspacing='0'>{rows}</table>"
    if items:
        html += (
            "<p><b>Items</b></p><table width='100%' cellspacing='0' cellpadding='2'>"
            f"<tr style='color:{muted}'><td>Item</td><td align='right'>Qty</td>"
            f"<td align='right'>Unit price</td><td align='right'>Total</td></tr>{items}</table>"
        )
    if addresses:
        html += f"<p></p><table cellspacing='0'><tr>{addresses}</tr></table>"
    if invoice.notes:
        html += f"<p><b>Notes</b><br>{escape(invoice.notes)}</p>"
    return html


class BillingTabs(QTabWidget):
    """Items, invoices (with their actions), shipments and returns of one order."""

    invoiceActionRequested = Signal(str, object)  # invoice id, InvoiceActionKind
    shipmentRequested = Signal(str)  # invoice id
    returnRequested = Signal(str)  # invoice id
    exportRequested = Signal(str)  # invoice id
    printRequested = Signal(str)  # invoice id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._billing: OrderBilling | None = None
        self.items = _table(["Item", "SKU", "Qty", "Unit price", "Total"], numeric=(2, 3, 4))
        self.invoices = _table(
            ["Invoice", "Status", "Amount", "Amount due", "Issued", "Due"], numeric=(2, 3)
        )
        self.invoices.itemSelectionChanged.connect(self._invoice_chosen)
        self.invoice_detail = QTextBrowser()
        self.invoice_detail.setOpenLinks(False)
        self.issue = QPushButton("Issue")
        self.issue.setToolTip("Send the invoice to the buyer for payment")
        self.close_invoice = QPushButton("Close")
        self.close_invoice.setToolTip("Consider the invoice paid; Apruve stops collecting")
        self.cancel_invoice = QPushButton("Cancel invoice")
        self.ship = QPushButton("Record shipment…")
        self.record_return = QPushButton("Record return…")
        self.export_pdf = QPushButton("Export PDF…")
        self.print_invoice = QPushButton("Print…")
        for button, kind in (
            (self.issue, InvoiceActionKind.ISSUE),
            (self.close_invoice, InvoiceActionKind.CLOSE),
            (self.cancel_invoice, InvoiceActionKind.CANCEL),
        ):
            button.clicked.connect(
                lambda _checked=False, kind=kind: self._ask(self.invoiceActionRequested, kind)
            )
        self.ship.clicked.connect(lambda: self._ask(self.shipmentRequested))
        self.record_return.clicked.connect(lambda: self._ask(self.returnRequested))
        self.export_pdf.clicked.connect(lambda: self._ask(self.exportRequested))
        self.print_invoice.clicked.connect(lambda: self._ask(self.printRequested))
        self.invoice_buttons = (
            self.issue,
            self.close_invoice,
            self.cancel_invoice,
            self.ship,
            self.record_return,
            self.export_pdf,
            self.print_invoice,
        )

        # Two rows: in one, seven buttons would make the pane (and, hidden, every account's
        # tabs) so wide that the order list lost a quarter of the window.
        states = QHBoxLayout()
        for button in (self.issue, self.close_invoice, self.cancel_invoice):
            states.addWidget(button)
        states.addStretch(1)
        states.addWidget(self.export_pdf)
        states.addWidget(self.print_invoice)
        records = QHBoxLayout()
        records.addWidget(self.ship)
        records.addWidget(self.record_return)
        records.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(states)
        lower_layout.addLayout(records)
        lower_layout.addWidget(self.invoice_detail, 1)
        invoices_page = QSplitter(Qt.Orientation.Vertical)
        invoices_page.addWidget(self.invoices)
        invoices_page.addWidget(lower)
        invoices_page.setSizes([120, 300])

        self.shipments = _table(
            ["Invoice", "Shipper", "Tracking number", "Shipped", "Delivered", "Status", "Items"],
            numeric=(6,),
        )
        self.returns = _table(["Invoice", "Reason", "Amount", "Date"], numeric=(2,))
        self.payments = _table(["Method", "State", "Amount", "Date"], numeric=(2,))
        self.refunds = _table(["Reason", "Amount", "Date"], numeric=(1,))
        self.addTab(self.items, "Items")
        self.addTab(invoices_page, "Invoices")
        self.addTab(self.shipments, "Shipments")
        self.addTab(self.returns, "Returns")
        self.addTab(self.payments, "Payments")
        self.addTab(self.refunds, "Refunds")
        self._records_mode = False
        self.set_billing(None)
        # Shown again in the new colours when the desktop turns dark (or light).
        follow_palette(self.invoice_detail, lambda _view: self._invoice_chosen())

    # -- what is shown -------------------------------------------------------------------------

    @property
    def billing(self) -> OrderBilling | None:
        return self._billing

    def set_billing(self, billing: OrderBilling | None) -> None:
        """Show an order's billing. The selected invoice stays selected; an invoice that just
        appeared on the same order (one the person created) is selected instead."""
        kept = self.current_invoice_id()
        previous = self._billing
        if previous is not None and billing is not None:
            same_order = previous.purchase_order.order.id == billing.purchase_order.order.id
            known = {record.invoice.id for record in previous.invoices}
            added = [r.invoice.id for r in billing.invoices if r.invoice.id not in known]
            if same_order and len(added) == 1:
                kept = added[0]
        self._billing = billing
        order = billing.purchase_order if billing else None
        records = billing.invoices if billing else ()
        _fill(self.items, [_item_row(item) for item in (order.items if order else ())])
        _fill(
            self.invoices,
            [
                (
                    _invoice_name(record),
                    record.invoice.state.label,
                    money(record.invoice.amount),
                    money(record.invoice.amount_due),
                    when(record.invoice.issued_at),
                    when(record.invoice.due_at),
                )
                for record in records
            ],
        )
        self._fill_shipments(
            [
                (_invoice_name(record), shipment)
                for record in records
                for shipment in record.shipments
            ]
        )
        _fill(
            self.returns,
            [
                (
                    _invoice_name(record),
                    RETURN_REASON.text(item.reason),
                    money(item.amount),
                    when(item.created_at),
                )
                for record in records
                for item in record.returns
            ],
        )
        counts = (
            len(order.items) if order else 0,
            len(records),
            len(billing.shipments) if billing else 0,
            len(billing.returns) if billing else 0,
        )
        for index, (title, count) in enumerate(
            zip(("Items", "Invoices", "Shipments", "Returns"), counts, strict=True)
        ):
            self.setTabText(index, f"{title} ({count})" if count else title)
        row = next((i for i, r in enumerate(records) if r.invoice.id == kept), 0 if records else -1)
        if row >= 0:
            self.invoices.selectRow(row)
        self._invoice_chosen()

    def set_records_mode(self, records: bool) -> None:
        """Invoices and returns for a billing backend; payments and refunds for the others."""
        self._records_mode = records
        self.shipments.setColumnHidden(SHIPMENT_INVOICE_COLUMN, records)  # no invoices to name
        for index, billing_tab in (
            (INVOICES_TAB, True),
            (RETURNS_TAB, True),
            (PAYMENTS_TAB, False),
            (REFUNDS_TAB, False),
        ):
            self.setTabVisible(index, billing_tab != records)

    def set_records(self, records: OrderRecords | None) -> None:
        """Show what a backend without invoices says about an order."""
        self._billing = None
        items = records.items if records else ()
        _fill(self.items, [_item_row(item) for item in items])
        shipments = records.shipments if records else ()
        self._fill_shipments([("", shipment) for shipment in shipments])
        payments = records.payments if records else ()
        _fill(
            self.payments,
            [
                (readable(p.method), PAYMENT.text(p.state), money(p.amount),
                 when(p.created_at))
                for p in payments
            ],
        )  # fmt: skip
        refunds = records.refunds if records else ()
        _fill(
            self.refunds,
            [(readable(r.reason), money(r.amount), when(r.created_at)) for r in refunds],
        )
        for index, title, count in (
            (ITEMS_TAB, "Items", len(items)),
            (SHIPMENTS_TAB, "Shipments", len(shipments)),
            (PAYMENTS_TAB, "Payments", len(payments)),
            (REFUNDS_TAB, "Refunds", len(refunds)),
        ):
            self.setTabText(index, f"{title} ({count})" if count else title)
        # Money tabs only when there is money to show: a portal without payments has none.
        self.setTabVisible(PAYMENTS_TAB, bool(payments))
        self.setTabVisible(REFUNDS_TAB, bool(refunds))

    def _fill_shipments(self, shipments: Sequence[tuple[str, Shipment]]) -> None:
        """A shipment that lists no items says nothing about how many it carried: its count
        is "—", not 0, and the column is left out when no shipment lists any."""
        _fill(self.shipments, [_shipment_row(invoice, shipment) for invoice, shipment in shipments])
        listed = [bool(shipment.items) for _invoice, shipment in shipments]
        self.shipments.setColumnHidden(SHIPMENT_ITEMS_COLUMN, bool(listed) and not any(listed))
        for row, has_items in enumerate(listed):
            cell = self.shipments.item(row, SHIPMENT_ITEMS_COLUMN)
            if not has_items and cell is not None:
                cell.setToolTip(ITEMS_NOT_LISTED)

    def current_invoice_id(self) -> str | None:
        record = self.current_invoice()
        return record.invoice.id if record else None

    def current_invoice(self) -> InvoiceRecord | None:
        if self._billing is None:
            return None
        rows = self.invoices.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._billing.invoices):
            return None
        return self._billing.invoices[rows[0].row()]

    def select_invoice(self, invoice_id: str) -> None:
        if self._billing is None:
            return
        for row, record in enumerate(self._billing.invoices):
            if record.invoice.id == invoice_id:
                self.invoices.selectRow(row)
                self.setCurrentIndex(INVOICES_TAB)

    def _invoice_chosen(self) -> None:
        record = self.current_invoice()
        order_state = self._billing.purchase_order.state if self._billing else None
        if record is None:
            self.invoice_detail.setHtml(
                f"<p style='color:{self._muted()}'>No invoices yet.</p>" if self._billing else ""
            )
            for button in self.invoice_buttons:
                button.setEnabled(False)
            return
        state = record.invoice.state
        self.invoice_detail.setHtml(invoice_summary_html(record, self._muted()))
        self.issue.setEnabled(state.can_issue and order_state is not OrderState.NEW)
        self.issue.setToolTip(
            "Finalize the order first: an invoice is issued once the buyer can see the order"
            if state.can_issue and order_state is OrderState.NEW
            else "Send the invoice to the buyer for payment"
        )
        self.close_invoice.setEnabled(state.can_close)
        self.cancel_invoice.setEnabled(state.can_cancel)
        self.ship.setEnabled(state.can_ship)
        self.record_return.setEnabled(
            state.can_return and record.returned.amount < record.invoice.amount.amount
        )
        self.export_pdf.setEnabled(True)
        self.print_invoice.setEnabled(True)

    def _muted(self) -> str:
        palette = self.invoice_detail.palette()
        return tone_color(palette, Tone.CAPTION, QPalette.ColorRole.Base).name()

    def _ask(self, signal: SignalInstance, *args: object) -> None:
        invoice_id = self.current_invoice_id()
        if invoice_id is not None:
            signal.emit(invoice_id, *args)


def _item_row(item: LineItem) -> tuple[str, ...]:
    return (
        item.title + (f" ({item.variant_info})" if item.variant_info else ""),
        item.sku or "",
        str(item.quantity),
        money(item.unit_price),
        money(item.total),
    )


def _shipment_row(invoice: str, shipment: Shipment) -> tuple[str, ...]:
    return (
        invoice,
        shipment.shipper or "",
        shipment.tracking_number or "",
        when(shipment.shipped_at),
        when(shipment.delivered_at),
        SHIPMENT.text(shipment.status_text) or _shipment_status(shipment.status),
        str(sum(item.quantity for item in shipment.items)) if shipment.items else NOT_LISTED,
    )


def _invoice_name(record: InvoiceRecord) -> str:
    return record.invoice.number or record.invoice.id[:8]


def _shipment_status(status: ShipmentState | None) -> str:
    if status is None:
        return ""
    return "Complete" if status.completes_invoice else "Partial"
