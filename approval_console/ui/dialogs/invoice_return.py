"""Record a return: money credited back against an issued invoice, for a documented reason.

The amount is typed as text and read as an exact `Decimal` (never a float), and must stay below
what is left of the invoice after earlier returns: the server refuses a return of the whole.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.billing import InvoiceRecord, ReturnReason
from approval_console.core.changes import RecordReturn
from approval_console.core.domain import Money
from approval_console.ui.dialogs.change_form import ChangeForm

REASON_LABELS = {
    ReturnReason.REFUSED: "Refused by the buyer",
    ReturnReason.DAMAGED: "Damaged",
    ReturnReason.DEFECTIVE: "Defective",
    ReturnReason.DUPLICATE: "Duplicate",
    ReturnReason.CONSIGNMENT: "Consignment",
    ReturnReason.OTHER: "Other",
}
CENT = Decimal("0.01")


class ReturnDialog(ChangeForm):
    def __init__(self, record: InvoiceRecord, parent: QWidget | None = None) -> None:
        super().__init__("Record return", parent)
        invoice = record.invoice
        self.setWindowTitle(f"Record a return on invoice {invoice.number or invoice.id[:8]}")
        self.setMinimumWidth(400)
        self._record = record
        self._currency = invoice.amount.currency
        self._left = invoice.amount.amount - record.returned.amount
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(f"less than {Money(self._left, self._currency)}")
        self.amount.textChanged.connect(self._validate)
        self.reason = QComboBox()
        for reason, label in REASON_LABELS.items():
            self.reason.addItem(label, reason.value)
        already = f", {record.returned} already returned" if record.returns else ""
        self.context = QLabel(f"Invoice total {invoice.amount}{already}.")

        form = QFormLayout()
        form.addRow(f"Amount ({self._currency}):", self.amount)
        form.addRow("Reason:", self.reason)

        layout = QVBoxLayout(self)
        layout.addWidget(self.context)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._validate()

    def _value(self) -> Decimal | None:
        text = self.amount.text().strip().replace(",", "")
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
        return value if value.is_finite() else None

    def problem(self) -> str | None:
        if not self.amount.text().strip():
            return ""  # nothing typed yet: nothing to say, nothing to send
        value = self._value()
        if value is None:
            return "Type an amount such as 125.50."
        if value <= 0:
            return "The amount must be more than zero."
        if value != value.quantize(CENT):
            return "The amount has at most two decimals."
        if value >= self._left:
            return f"A return must be less than {Money(self._left, self._currency)}."
        return None

    def chosen(self) -> RecordReturn:
        value = self._value()
        assert value is not None
        return RecordReturn(
            invoice_id=self._record.invoice.id,
            amount_minor=int(value / CENT),
            currency=self._currency,
            reason=self.reason.currentData(),
        )
