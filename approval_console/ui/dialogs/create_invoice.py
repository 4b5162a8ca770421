"""Bill an order: choose its items, name the invoice, issue it now or later.

The dialog shows what the invoice will bill as items are ticked (the same `invoice_from_order`
the connector uses, so the figure shown is the figure sent) and only reports the choice.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.billing import OrderState, PurchaseOrder, invoice_from_order, line_total
from approval_console.core.changes import CreateInvoice
from approval_console.core.display import format_count
from approval_console.ui.dates import date_edit
from approval_console.ui.dialogs.change_form import ChangeForm

DEFAULT_TERMS_DAYS = 30
NUMBER_MAX = 64


def suggested_number(order: PurchaseOrder, existing: int) -> str:
    """The order's own number with a running suffix: NW-1042-1, NW-1042-2…"""
    base = order.merchant_order_id or order.order.id[:8]
    return f"{base}-{existing + 1}"


class CreateInvoiceDialog(ChangeForm):
    def __init__(
        self,
        order: PurchaseOrder,
        taken_numbers: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(480)
        self._order = order
        self._taken = taken_numbers

        self.items = QListWidget()
        for item in order.items:
            row = QListWidgetItem(
                f"{format_count(item.quantity)} × {item.title} — {line_total(item)}"
            )
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.items.addItem(row)
        self.items.itemChanged.connect(self._validate)
        self.number = QLineEdit(suggested_number(order, len(taken_numbers)))
        self.number.setMaxLength(NUMBER_MAX)
        self.number.textChanged.connect(self._validate)
        self.due_on = QCheckBox()
        self.due_on.setChecked(True)
        self.due = date_edit(QDate.currentDate().addDays(DEFAULT_TERMS_DAYS))
        self.due_on.toggled.connect(self.due.setEnabled)
        self.notes = QLineEdit()
        self.issue = QCheckBox()
        self.issue.setChecked(True)
        self.total = QLabel()
        self.total.setWordWrap(True)

        form = QFormLayout()
        self.number_label = QLabel()
        self.notes_label = QLabel()
        self.items_label = QLabel()
        form.addRow(self.number_label, self.number)
        form.addRow(self.due_on, self.due)
        form.addRow(self.notes_label, self.notes)
        self.create_button = self.save

        layout = QVBoxLayout(self)
        layout.addWidget(self.items_label)
        layout.addWidget(self.items, 1)
        layout.addLayout(form)
        layout.addWidget(self.issue)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.follow_language()

    def ok_text(self) -> str:
        return self.tr("Create invoice")

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Create an invoice for {order}").format(order=self._order.order.name)
        )
        self.due_on.setText(self.tr("Due on"))
        self.notes.setPlaceholderText(self.tr("Shown to the buyer on the invoice"))
        self.issue.setText(
            self.tr("Issue it to the buyer once the order is finalized")
            if self._order.state is OrderState.NEW
            else self.tr("Issue it to the buyer now")
        )
        self.number_label.setText(self.tr("Invoice number:"))
        self.notes_label.setText(self.tr("Notes:"))
        self.items_label.setText(self.tr("Items to bill:"))

    def chosen_ids(self) -> tuple[str, ...]:
        rows = [self.items.item(i) for i in range(self.items.count())]
        checked = Qt.CheckState.Checked
        ids = [r.data(Qt.ItemDataRole.UserRole) for r in rows if r.checkState() == checked]
        return () if len(ids) == len(rows) else tuple(ids)

    def _checked(self) -> int:
        rows = [self.items.item(i) for i in range(self.items.count())]
        return sum(1 for r in rows if r.checkState() == Qt.CheckState.Checked)

    def problem(self) -> str | None:
        number = self.number.text().strip()
        if not self._checked():
            return self.tr("Choose at least one item to bill.")
        if not number:
            return self.tr("Give the invoice a number: the buyer sees it on the invoice.")
        if number in self._taken:
            return self.tr("This order already has an invoice {number}.").format(number=number)
        return None

    def chosen(self) -> CreateInvoice:
        due = self.due.date()
        return CreateInvoice(
            number=self.number.text().strip(),
            item_ids=self.chosen_ids(),
            issue=self.issue.isChecked(),
            due_date=date(due.year(), due.month(), due.day()) if self.due_on.isChecked() else None,
            notes=self.notes.text().strip() or None,
        )

    def _validate(self, *_args: object) -> None:
        super()._validate()
        if self._checked():
            draft = invoice_from_order(self._order, self.chosen_ids())
            count = len(draft.items)
            values = {"amount": draft.amount, "tax": draft.tax, "shipping": draft.shipping}
            self.total.setText(
                self.tr(
                    "Bills <b>{amount}</b> for %n item(s), tax {tax}, shipping {shipping}.",
                    "",
                    count,
                ).format(**values)
                if not self.chosen_ids()
                else self.tr(
                    "Bills <b>{amount}</b> for %n item(s), tax {tax}, shipping {shipping}. "
                    "Shipping is billed with the last invoice.",
                    "",
                    count,
                ).format(**values)
            )
        else:
            self.total.setText("")
