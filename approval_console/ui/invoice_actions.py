"""What the invoice tabs' buttons do: open the dialog, ask before what cannot be undone, and hand
the change to the detail view model, which sends it through the journal. Export and print read
the seller once (for the invoice's letterhead) and then work on the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from approval_console.core.billing import (
    Invoice,
    InvoiceRecord,
    Merchant,
    OrderBilling,
    PurchaseOrder,
)
from approval_console.core.changes import InvoiceAction, InvoiceActionKind
from approval_console.core.i18n import QT_TRANSLATE_NOOP
from approval_console.ui.context import UiContext
from approval_console.ui.dialog_host import DialogHost
from approval_console.ui.viewmodels.detail import DetailViewModel
from approval_console.ui.widgets.detail_pane import DetailPane

EXPORT_FOLDER = "export_folder"  # settings.ui: the folder the last invoice was saved in

CONFIRMATIONS = {  # translated where asked, in the "InvoiceActions" context
    InvoiceActionKind.CLOSE: (
        QT_TRANSLATE_NOOP("InvoiceActions", "Close invoice"),
        QT_TRANSLATE_NOOP(
            "InvoiceActions",
            "Close invoice {name}? It is then considered paid as it stands and no longer "
            "collected.",
        ),
    ),
    InvoiceActionKind.CANCEL: (
        QT_TRANSLATE_NOOP("InvoiceActions", "Cancel invoice"),
        QT_TRANSLATE_NOOP(
            "InvoiceActions", "Cancel invoice {name}? The buyer will not be asked to pay it."
        ),
    ),
}


class InvoiceHost(Protocol):
    """What the invoice actions need of the window they work in (`MainWindow` is one)."""

    @property
    def context(self) -> UiContext: ...
    @property
    def detail(self) -> DetailViewModel: ...
    @property
    def pane(self) -> DetailPane: ...
    @property
    def dialogs(self) -> DialogHost: ...

    def say(self, message: str, timeout: int = ...) -> None: ...


class InvoiceActions(QObject):
    def __init__(self, host: InvoiceHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host

    @property
    def _owner(self) -> QWidget:
        """The dialogs' parent: the window."""
        return self._host.dialogs.owner

    def _billing(self) -> OrderBilling | None:
        detail = self._host.detail.detail
        if detail is None or detail.billing is None:
            self._host.say(self.tr("The order's invoices are still loading."), 5000)
            return None
        return detail.billing

    def _record(self, invoice_id: str) -> tuple[OrderBilling, InvoiceRecord] | None:
        billing = self._billing()
        record = billing.record(invoice_id) if billing else None
        return (billing, record) if billing is not None and record is not None else None

    def create_invoice(self) -> None:
        billing = self._billing()
        if billing is None:
            return
        from approval_console.ui.dialogs.create_invoice import CreateInvoiceDialog

        numbers = {record.invoice.number for record in billing.invoices if record.invoice.number}
        dialog = CreateInvoiceDialog(billing.purchase_order, numbers, self._owner)
        dialog.changeChosen.connect(self._host.detail.apply)
        self._host.dialogs.open(dialog)

    def invoice_action(self, invoice_id: str, action: InvoiceActionKind) -> None:
        found = self._record(invoice_id)
        if found is None:
            return
        change = InvoiceAction(invoice_id, action)
        if action not in CONFIRMATIONS:
            self._host.detail.apply(change)
            return
        title, text = (self.tr(words) for words in CONFIRMATIONS[action])
        name = found[1].invoice.number or invoice_id[:8]
        self._host.dialogs.confirm(
            title, text.format(name=name), title, lambda: self._host.detail.apply(change)
        )

    def record_shipment(self, invoice_id: str) -> None:
        found = self._record(invoice_id)
        if found is None:
            return
        from approval_console.ui.dialogs.shipment import ShipmentDialog

        dialog = ShipmentDialog(found[1].invoice, self._owner)
        dialog.changeChosen.connect(self._host.detail.apply)
        self._host.dialogs.open(dialog)

    def record_return(self, invoice_id: str) -> None:
        found = self._record(invoice_id)
        if found is None:
            return
        from approval_console.ui.dialogs.invoice_return import ReturnDialog

        dialog = ReturnDialog(found[1], self._owner)
        dialog.changeChosen.connect(self._host.detail.apply)
        self._host.dialogs.open(dialog)

    def export_pdf(self, invoice_id: str) -> None:
        found = self._record(invoice_id)
        if found is None:
            return
        from approval_console.ui.invoice_document import default_pdf_name

        billing, record = found
        folder = self._export_folder()
        dialog = QFileDialog(self._owner, self.tr("Export invoice as PDF"))
        dialog.setObjectName("exportInvoiceDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(folder / default_pdf_name(record.invoice)))
        order = billing.purchase_order

        def chosen(path: str) -> None:
            self._remember_folder(Path(path).parent)
            self._host.detail.with_merchant(
                lambda merchant: self._write_pdf(record.invoice, order, merchant, Path(path))
            )

        dialog.fileSelected.connect(chosen)
        self._host.dialogs.open(dialog)

    def _export_folder(self) -> Path:
        """Where the last invoice was saved, else the person's Documents folder, else home:
        never the folder the app happened to be started from."""
        last = self._host.context.console.settings.ui.get(EXPORT_FOLDER)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        for candidate in (last, documents):
            if isinstance(candidate, str) and candidate and Path(candidate).is_dir():
                return Path(candidate)
        return Path.home()

    def _remember_folder(self, folder: Path) -> None:
        console = self._host.context.console
        console.settings.ui[EXPORT_FOLDER] = str(folder)
        console.save_settings()

    def _write_pdf(
        self, invoice: Invoice, order: PurchaseOrder, merchant: Merchant | None, path: Path
    ) -> None:
        from approval_console.ui.invoice_document import export_invoice_pdf

        pane = self._host.pane
        try:
            export_invoice_pdf(invoice, path, merchant=merchant, order=order)
        except OSError as error:
            pane.show_message(
                self.tr("The invoice could not be saved: {reason}").format(reason=error),
                error=True,
            )
            return
        pane.show_message(self.tr("Invoice saved to {path}").format(path=path))

    def print(self, invoice_id: str) -> None:
        found = self._record(invoice_id)
        if found is None:
            return
        from approval_console.ui.invoice_document import print_invoice

        billing, record = found
        host = self._host

        def show(merchant: Merchant | None) -> None:
            dialog = print_invoice(
                record.invoice, self._owner, merchant=merchant, order=billing.purchase_order
            )
            host.dialogs.track(dialog)

        host.detail.with_merchant(show)
