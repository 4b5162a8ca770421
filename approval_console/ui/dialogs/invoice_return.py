"""Record a return: money credited back against an issued invoice, for a documented reason.

The amount is typed as text and read as an exact `Decimal` (never a float), and must stay below
what is left of the invoice after earlier returns: the server refuses a return of the whole.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
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
from approval_console.core.i18n import QT_TRANSLATE_NOOP
from approval_console.ui.dialogs.change_form import ChangeForm

REASON_LABELS = {  # said in the person's language where shown
    ReturnReason.REFUSED: QT_TRANSLATE_NOOP("ReturnDialog", "Refused by the buyer"),
    ReturnReason.DAMAGED: QT_TRANSLATE_NOOP("ReturnDialog", "Damaged"),
    ReturnReason.DEFECTIVE: QT_TRANSLATE_NOOP("ReturnDialog", "Defective"),
    ReturnReason.DUPLICATE: QT_TRANSLATE_NOOP("ReturnDialog", "Duplicate"),
    ReturnReason.CONSIGNMENT: QT_TRANSLATE_NOOP("ReturnDialog", "Consignment"),
    ReturnReason.OTHER: QT_TRANSLATE_NOOP("ReturnDialog", "Other"),
}
CENT = Decimal("0.01")


class ReturnDialog(ChangeForm):
    def __init__(self, record: InvoiceRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        invoice = record.invoice
        self.setMinimumWidth(400)
        self._record = record
        self._currency = invoice.amount.currency
        self._left = invoice.amount.amount - record.returned.amount
        self.amount = QLineEdit()
        self.amount.textChanged.connect(self._validate)
        self.reason = QComboBox()
        for reason, label in REASON_LABELS.items():
            self.reason.addItem(label, reason.value)
        self.context = QLabel()

        form = QFormLayout()
        self.amount_label = QLabel()
        self.reason_label = QLabel()
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.reason_label, self.reason)

        layout = QVBoxLayout(self)
        layout.addWidget(self.context)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.follow_language()

    def ok_text(self) -> str:
        return self.tr("Record return")

    def retranslate(self) -> None:
        record, invoice = self._record, self._record.invoice
        self.setWindowTitle(
            self.tr("Record a return on invoice {invoice}").format(
                invoice=invoice.number or invoice.id[:8]
            )
        )
        self.amount.setPlaceholderText(
            self.tr("less than {amount}").format(amount=Money(self._left, self._currency))
        )
        for index, label in enumerate(REASON_LABELS.values()):
            self.reason.setItemText(index, QCoreApplication.translate("ReturnDialog", label))
        self.context.setText(
            self.tr("Invoice total {total}, {returned} already returned.").format(
                total=invoice.amount, returned=record.returned
            )
            if record.returns
            else self.tr("Invoice total {total}.").format(total=invoice.amount)
        )
        self.amount_label.setText(self.tr("Amount ({currency}):").format(currency=self._currency))
        self.reason_label.setText(self.tr("Reason:"))

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
            return self.tr("Type an amount such as 125.50.")
        if value <= 0:
            return self.tr("The amount must be more than zero.")
        if value != value.quantize(CENT):
            return self.tr("The amount has at most two decimals.")
        if value >= self._left:
            return self.tr("A return must be less than {amount}.").format(
                amount=Money(self._left, self._currency)
            )
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
