"""An invoice as a printable document: the buyer's paper copy, as PDF or on a printer.

Qt's rich text renders it: no extra dependency, and the same `QTextDocument` can be shown on
screen, written to PDF or sent to a printer. The work is split by what it holds: `markup` writes
the HTML, `pages` lays the document out and cuts it into pages, `output` writes the PDF file
and drives the print dialog. Amounts are spelled by `core.display`, as on the screen.
"""

from __future__ import annotations

from approval_console.core.display import format_money
from approval_console.ui.invoice_document.markup import default_pdf_name, invoice_html
from approval_console.ui.invoice_document.output import export_invoice_pdf, print_invoice
from approval_console.ui.invoice_document.pages import build_document

__all__ = [
    "build_document",
    "default_pdf_name",
    "export_invoice_pdf",
    "format_money",
    "invoice_html",
    "print_invoice",
]
