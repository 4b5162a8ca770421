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
from approval_console.core.display import format_count, format_money
from approval_console.core.domain import Money
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.core.labels import PAYMENT, RETURN_REASON, SHIPMENT, readable
from approval_console.ui.dates import format_date
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, follow_palette, tone_color

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ITEMS_TAB, INVOICES_TAB, SHIPMENTS_TAB, RETURNS_TAB, PAYMENTS_TAB, REFUNDS_TAB = range(6)
SHIPMENT_INVOICE_COLUMN, SHIPMENT_ITEMS_COLUMN = 0, 6
NOT_LISTED = "—"
ITEMS_NOT_LISTED = QT_TRANSLATE_NOOP(
    "BillingTabs", "The server does not list which items this shipment carried."
)
# Each tab's title, by its index.
TAB_TITLES = (
    QT_TRANSLATE_NOOP("BillingTabs", "Items"),
    QT_TRANSLATE_NOOP("BillingTabs", "Invoices"),
    QT_TRANSLATE_NOOP("BillingTabs", "Shipments"),
    QT_TRANSLATE_NOOP("BillingTabs", "Returns"),
    QT_TRANSLATE_NOOP("BillingTabs", "Payments"),
    QT_TRANSLATE_NOOP("BillingTabs", "Refunds"),
)


def money(value: Money | None) -> str:
    """As every amount is written, on the screen and on the printed invoice."""
    return format_money(value)


def when(value: datetime | None) -> str:
    return format_date(value)


def _table(headers: Sequence[str], numeric: Sequence[int] = ()) -> QTableWidget:
    """A table whose `headers` (English, marked for the catalogue) follow the language."""
    table = QTableWidget(0, len(headers))
    follow_language(
        table,
        lambda: table.setHorizontalHeaderLabels([translate("BillingTabs", h) for h in headers]),
    )
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
        (
            translate("BillingTabs", "Status"),
            f"{invoice.state.label} — {invoice.state.description}",
        ),
        (translate("BillingTabs", "Amount"), money(invoice.amount)),
        (translate("BillingTabs", "Tax"), money(invoice.tax)),
        (translate("BillingTabs", "Shipping"), money(invoice.shipping)),
        (translate("BillingTabs", "Amount due"), money(invoice.amount_due)),
        (translate("BillingTabs", "Returned"), money(record.returned) if record.returns else ""),
        (translate("BillingTabs", "Issued"), when(invoice.issued_at)),
        (translate("BillingTabs", "Due"), when(invoice.due_at)),
        (translate("BillingTabs", "Terms of delivery"), invoice.terms_of_delivery or ""),
    ]
    rows = "".join(
        f"<tr><td style='color:{muted}; padding-right:12px'>{escape(name)}</td>"
        f"<td>{escape(value)}</td></tr>"
        for name, value in facts
        if value
    )
    items = "".join(
        f"<tr><td>{escape(item.title or '')}</td>"
        f"<td align='right'>{format_count(item.quantity)}</td>"
        f"<td align='right'>{escape(money(item.unit_price))}</td>"
        f"<td align='right'>{escape(money(item.total))}</td></tr>"
        for item in invoice.items
    )
    addresses = "".join(
        _address_html(title, address)
        for title, address in (
            (translate("BillingTabs", "Bill to"), invoice.bill_to),
            (translate("BillingTabs", "Ship to"), invoice.ship_to),
            (translate("BillingTabs", "Sold to"), invoice.sold_to),
            (translate("BillingTabs", "Remit to"), invoice.remittance),
            (translate("BillingTabs", "Fiscal representative"), invoice.fiscal_representative),
        )
    )
    html = f"<table cellspacing='0'>{rows}</table>"
    if items:
        heads = [
            translate("BillingTabs", "Items"),
            translate("BillingTabs", "Item"),
            translate("BillingTabs", "Qty"),
            translate("BillingTabs", "Unit price"),
            translate("BillingTabs", "Total"),
        ]
        title, item, qty, price, total = (escape(head) for head in heads)
        html += (
            f"<p><b>{title}</b></p>"
            "<table width='100%' cellspacing='0' cellpadding='2'>"
            f"<tr style='color:{muted}'><td>{item}</td><td align='right'>{qty}</td>"
            f"<td align='right'>{price}</td><td align='right'>{total}</td></tr>{items}</table>"
        )
    if addresses:
        html += f"<p></p><table cellspacing='0'><tr>{addresses}</tr></table>"
    if invoice.notes:
        notes = escape(translate("BillingTabs", "Notes"))
        html += f"<p><b>{notes}</b><br>{escape(invoice.notes)}</p>"
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
        self._records: OrderRecords | None = None
        self._counts: dict[int, int] = {}  # what each tab's title counts
        self.items = _table(
            [
                QT_TRANSLATE_NOOP("BillingTabs", "Item"),
                QT_TRANSLATE_NOOP("BillingTabs", "SKU"),
                QT_TRANSLATE_NOOP("BillingTabs", "Qty"),
                QT_TRANSLATE_NOOP("BillingTabs", "Unit price"),
                QT_TRANSLATE_NOOP("BillingTabs", "Total"),
            ],
            numeric=(2, 3, 4),
        )
        self.invoices = _table(
            [
                QT_TRANSLATE_NOOP("BillingTabs", "Invoice"),
                QT_TRANSLATE_NOOP("BillingTabs", "Status"),
                QT_TRANSLATE_NOOP("BillingTabs", "Amount"),
                QT_TRANSLATE_NOOP("BillingTabs", "Amount due"),
                QT_TRANSLATE_NOOP("BillingTabs", "Issued"),
                QT_TRANSLATE_NOOP("BillingTabs", "Due"),
            ],
            numeric=(2, 3),
        )
        self.invoices.itemSelectionChanged.connect(self._invoice_chosen)
        self.invoice_detail = QTextBrowser()
        self.invoice_detail.setOpenLinks(False)
        self.issue = QPushButton()
        self.close_invoice = QPushButton()
        self.cancel_invoice = QPushButton()
        self.ship = QPushButton()
        self.record_return = QPushButton()
        self.export_pdf = QPushButton()
        self.print_invoice = QPushButton()
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
            [
                QT_TRANSLATE_NOOP("BillingTabs", "Invoice"),
                QT_TRANSLATE_NOOP("BillingTabs", "Shipper"),
                QT_TRANSLATE_NOOP("BillingTabs", "Tracking number"),
                QT_TRANSLATE_NOOP("BillingTabs", "Shipped"),
                QT_TRANSLATE_NOOP("BillingTabs", "Delivered"),
                QT_TRANSLATE_NOOP("BillingTabs", "Status"),
                QT_TRANSLATE_NOOP("BillingTabs", "Items"),
            ],
            numeric=(6,),
        )
        self.returns = _table(
            [
                QT_TRANSLATE_NOOP("BillingTabs", "Invoice"),
                QT_TRANSLATE_NOOP("BillingTabs", "Reason"),
                QT_TRANSLATE_NOOP("BillingTabs", "Amount"),
                QT_TRANSLATE_NOOP("BillingTabs", "Date"),
            ],
            numeric=(2,),
        )
        self.payments = _table(
            [
                QT_TRANSLATE_NOOP("BillingTabs", "Method"),
                QT_TRANSLATE_NOOP("BillingTabs", "State"),
                QT_TRANSLATE_NOOP("BillingTabs", "Amount"),
                QT_TRANSLATE_NOOP("BillingTabs", "Date"),
            ],
            numeric=(2,),
        )
        self.refunds = _table(
            [
                QT_TRANSLATE_NOOP("BillingTabs", "Reason"),
                QT_TRANSLATE_NOOP("BillingTabs", "Amount"),
                QT_TRANSLATE_NOOP("BillingTabs", "Date"),
            ],
            numeric=(1,),
        )
        for page in (
            self.items,
            invoices_page,
            self.shipments,
            self.returns,
            self.payments,
            self.refunds,
        ):
            self.addTab(page, "")
        self._records_mode = False
        follow_language(self, self._retranslate)
        # Shown again in the new colours when the desktop turns dark (or light).
        follow_palette(self.invoice_detail, lambda _view: self._invoice_chosen())

    def _retranslate(self) -> None:
        self.issue.setText(self.tr("Issue", "an invoice"))
        self.close_invoice.setText(self.tr("Close", "an invoice"))
        self.close_invoice.setToolTip(self.tr("Consider the invoice paid; Apruve stops collecting"))
        self.cancel_invoice.setText(self.tr("Cancel invoice"))
        self.ship.setText(self.tr("Record shipment…"))
        self.record_return.setText(self.tr("Record return…"))
        self.export_pdf.setText(self.tr("Export PDF…"))
        self.print_invoice.setText(self.tr("Print…"))
        # The rows again: their tooltips and words ("Complete", "No invoices yet.") too.
        if self._records_mode and self._records is not None:
            self.set_records(self._records)
        else:
            self.set_billing(self._billing)

    def _set_counts(self, counts: dict[int, int]) -> None:
        """Tab titles with how many rows each holds: "Invoices (2)"."""
        self._counts = dict(counts)
        for index, title in enumerate(TAB_TITLES):
            shown = translate("BillingTabs", title)
            count = self._counts.get(index, 0)
            self.setTabText(index, f"{shown} ({count})" if count else shown)

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
        self._set_counts(
            {
                ITEMS_TAB: len(order.items) if order else 0,
                INVOICES_TAB: len(records),
                SHIPMENTS_TAB: len(billing.shipments) if billing else 0,
                RETURNS_TAB: len(billing.returns) if billing else 0,
            }
        )
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
        self._records = records
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
        self._set_counts(
            {
                ITEMS_TAB: len(items),
                SHIPMENTS_TAB: len(shipments),
                PAYMENTS_TAB: len(payments),
                REFUNDS_TAB: len(refunds),
            }
        )
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
                cell.setToolTip(translate("BillingTabs", ITEMS_NOT_LISTED))

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
            none_yet = self.tr("No invoices yet.")
            self.invoice_detail.setHtml(
                f"<p style='color:{self._muted()}'>{escape(none_yet)}</p>" if self._billing else ""
            )
            for button in self.invoice_buttons:
                button.setEnabled(False)
            return
        state = record.invoice.state
        self.invoice_detail.setHtml(invoice_summary_html(record, self._muted()))
        self.issue.setEnabled(state.can_issue and order_state is not OrderState.NEW)
        self.issue.setToolTip(
            self.tr(
                "Finalize the order first: an invoice is issued once the buyer can see the order"
            )
            if state.can_issue and order_state is OrderState.NEW
            else self.tr("Send the invoice to the buyer for payment")
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
        format_count(item.quantity),
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
        format_count(sum(item.quantity for item in shipment.items))
        if shipment.items
        else NOT_LISTED,
    )


def _invoice_name(record: InvoiceRecord) -> str:
    return record.invoice.number or record.invoice.id[:8]


def _shipment_status(status: ShipmentState | None) -> str:
    if status is None:
        return ""
    if status.completes_invoice:
        return translate("BillingTabs", "Complete", "a shipment")
    return translate("BillingTabs", "Partial", "a shipment")
