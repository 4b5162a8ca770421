"""The printed invoice leaves the console: as a PDF file, or through the system print dialog."""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from approval_console.core.billing import Invoice, Merchant, PurchaseOrder
from approval_console.core.i18n import translate
from approval_console.ui.invoice_document.markup import (
    default_pdf_name,
    document_title,
    invoice_reference,
)
from approval_console.ui.invoice_document.pages import (
    build_document,
    page_label,
    page_layout,
    paint_pages,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog

log = logging.getLogger(__name__)

PDF_RESOLUTION = 300
APP_NAME = "Approval Console"


def export_invoice_pdf(
    invoice: Invoice,
    path: Path,
    *,
    merchant: Merchant | None = None,
    order: PurchaseOrder | None = None,
) -> Path:
    """Write the invoice to `path` as a PDF and return the path.

    The PDF goes to a hidden file beside `path` first and is renamed over it only when complete,
    so a failure never leaves a truncated invoice (or destroys an earlier good one). Raises
    `OSError` naming the folder when it cannot be written.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        # Created here rather than by Qt: Python reports why it failed, Qt only logs a warning.
        with open(temporary, "xb"):
            pass
    except OSError as error:
        raise OSError(
            error.errno,
            translate("InvoiceDocument", "Cannot save the invoice in {folder}: {reason}").format(
                folder=path.parent, reason=error.strerror or error
            ),
            str(path),
        ) from error
    try:
        _write_pdf(invoice, temporary, merchant=merchant, order=order)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OSError(
            error.errno,
            translate("InvoiceDocument", "Cannot save the invoice as {file}: {reason}").format(
                file=path, reason=error.strerror or error
            ),
            str(path),
        ) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def _write_pdf(
    invoice: Invoice, target: Path, *, merchant: Merchant | None, order: PurchaseOrder | None
) -> None:
    document = build_document(invoice, merchant=merchant, order=order)
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(invoice))
    writer.setTitle(document_title(invoice))
    writer.setCreator(APP_NAME)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(translate("InvoiceDocument", "Cannot write {file}").format(file=target))
    try:
        paint_pages(document, writer, painter, page_label(invoice, merchant))
    finally:
        finished = painter.end()
    del writer  # closes the file before it is renamed (Windows will not rename an open file)
    if not finished or target.stat().st_size == 0:
        raise OSError(
            translate("InvoiceDocument", "Cannot write {file}: the PDF was not completed").format(
                file=target
            )
        )


def print_invoice(
    invoice: Invoice,
    parent: QWidget,
    *,
    merchant: Merchant | None = None,
    order: PurchaseOrder | None = None,
) -> QPrintDialog:
    """Open the system print dialog for the invoice; it prints once the user accepts.

    The dialog is window-modal but opened with `open()`, never `exec()`: the console runs its
    asyncio loop on Qt's (qasync), and a nested blocking loop would stall every request.
    Returns the open dialog, which deletes itself when closed.
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing: start-up

    document = build_document(invoice, merchant=merchant, order=order)
    label = page_label(invoice, merchant)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(invoice))
    printer.setDocName(default_pdf_name(invoice).removesuffix(".pdf"))
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        # No printer installed, so Qt falls back to "print to file": offer a real file name
        # rather than a bare folder. (With a printer, a file name would switch it to PDF.)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        printer.setOutputFileName(str(Path(folder or Path.home()) / default_pdf_name(invoice)))
    dialog = QPrintDialog(printer, parent)
    reference = invoice_reference(invoice)
    dialog.setWindowTitle(
        translate("InvoiceDocument", "Print Invoice {reference}").format(reference=reference)
    )
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)

    def finished(result: int) -> None:
        # The closure keeps `printer` alive exactly as long as the dialog that points at it.
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        ranges = printer.pageRanges()  # "1-2,5" as typed in the dialog
        chosen = printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty()
        painter = QPainter()
        if not painter.begin(printer):
            log.warning("Printing invoice %s failed: the printer did not start", invoice.id)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("InvoiceDocument", "Print Invoice"),
                translate(
                    "InvoiceDocument",
                    "The invoice could not be printed: the printer did not start.",
                ),
                QMessageBox.StandardButton.Ok,
                parent,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        try:
            paint_pages(document, printer, painter, label, ranges.contains if chosen else None)
        finally:
            painter.end()

    dialog.finished.connect(finished)
    # PySide binds only QPrintDialog.open(receiver, member), which hides QDialog.open().
    QDialog.open(dialog)
    return dialog
