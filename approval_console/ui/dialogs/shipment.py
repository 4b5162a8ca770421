"""Record goods sent against an invoice: carrier, tracking number, when, and whether complete."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.billing import Invoice
from approval_console.core.changes import RecordShipment
from approval_console.ui.dates import datetime_edit
from approval_console.ui.dialogs.change_form import ChangeForm

CARRIERS = ("UPS", "FedEx Ground", "FedEx Freight", "USPS", "DHL Express", "XPO Logistics")


def _utc(edit: QDateTimeEdit) -> datetime:
    """Whole seconds in UTC: the server keeps seconds, and the journal compares them."""
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


class ShipmentDialog(ChangeForm):
    def __init__(self, invoice: Invoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(440)
        self._invoice = invoice
        now = QDateTime.currentDateTime()
        self.shipper = QComboBox()
        self.shipper.setEditable(True)
        self.shipper.addItems(CARRIERS)
        self.tracking = QLineEdit()
        self.shipped = datetime_edit(now)
        self.delivered_on = QCheckBox()
        self.delivered = datetime_edit(now)
        self.delivered.setEnabled(False)
        self.delivered_on.toggled.connect(self.delivered.setEnabled)
        self.complete = QCheckBox()
        self.complete.setChecked(True)
        self.notes = QLineEdit()

        form = QFormLayout()
        self.shipper_label = QLabel()
        self.tracking_label = QLabel()
        self.shipped_label = QLabel()
        self.notes_label = QLabel()
        form.addRow(self.shipper_label, self.shipper)
        form.addRow(self.tracking_label, self.tracking)
        form.addRow(self.shipped_label, self.shipped)
        form.addRow(self.delivered_on, self.delivered)
        form.addRow(self.notes_label, self.notes)
        for signal in (
            self.shipped.dateTimeChanged,
            self.delivered.dateTimeChanged,
            self.delivered_on.toggled,
            self.shipper.currentTextChanged,
        ):
            signal.connect(self._validate)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.complete)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.follow_language()

    def ok_text(self) -> str:
        return self.tr("Record shipment")

    def retranslate(self) -> None:
        invoice = self._invoice
        self.setWindowTitle(
            self.tr("Record a shipment for invoice {invoice}").format(
                invoice=invoice.number or invoice.id[:8]
            )
        )
        self.tracking.setPlaceholderText(self.tr("As the carrier gave it"))
        self.delivered_on.setText(self.tr("Delivered"))
        self.complete.setText(self.tr("This shipment completes the invoice"))
        self.shipper_label.setText(self.tr("Carrier:"))
        self.tracking_label.setText(self.tr("Tracking number:"))
        self.shipped_label.setText(self.tr("Shipped:"))
        self.notes_label.setText(self.tr("Notes:"))

    def problem(self) -> str | None:
        if not self.shipper.currentText().strip():
            return self.tr("Name the carrier.")
        if self.shipped.dateTime() > QDateTime.currentDateTime().addSecs(3600):
            return self.tr("A shipment is recorded once it has left: the date is in the future.")
        if self.delivered_on.isChecked() and self.delivered.dateTime() < self.shipped.dateTime():
            return self.tr("Delivery cannot come before shipping.")
        return None

    def chosen(self) -> RecordShipment:
        return RecordShipment(
            invoice_id=self._invoice.id,
            shipped_at=_utc(self.shipped),
            shipper=self.shipper.currentText().strip(),
            tracking_number=self.tracking.text().strip() or None,
            complete=self.complete.isChecked(),
            delivered_at=_utc(self.delivered) if self.delivered_on.isChecked() else None,
            notes=self.notes.text().strip() or None,
        )
