"""The invoice as a `QTextDocument`, and that document cut into pages by hand.

Pages are laid out here rather than with `QTextDocument.print_`, which adds its own 2 cm
margins inside the page margins and numbers pages without saying which invoice they belong to.
Here each page carries the invoice number and "Page n of N", and table rows (with the item
table's header repeated) move whole to the next page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
    QTextTable,
)

from approval_console.core.billing import Invoice, Merchant, PurchaseOrder
from approval_console.core.i18n import translate
from approval_console.ui.invoice_document.markup import MUTED, document_title, invoice_html

PAGE_MARGIN_MM = 15.0
BODY_POINT_SIZE = 9.0
PAGE_FOOTER_POINT_SIZE = 7.5


def _base_font(point_size: float) -> QFont:
    """The application's font, so the invoice matches the platform's own look."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(point_size)
    return font


def build_document(
    invoice: Invoice, *, merchant: Merchant | None = None, order: PurchaseOrder | None = None
) -> QTextDocument:
    """The invoice as a `QTextDocument`: shown on screen as is, or paginated for paper."""
    document = QTextDocument()
    document.setDefaultFont(_base_font(BODY_POINT_SIZE))
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, document_title(invoice)
    )
    document.setHtml(invoice_html(invoice, merchant=merchant, order=order))
    return document


def page_layout(invoice: Invoice) -> QPageLayout:
    """US Letter for US-dollar invoices (American paper), A4 everywhere else."""
    size = (
        QPageSize.PageSizeId.Letter if invoice.amount.currency == "USD" else QPageSize.PageSizeId.A4
    )
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    return QPageLayout(
        QPageSize(size), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
    )


@dataclass(frozen=True, slots=True)
class _Slice:
    """One page: document rows `top` to `bottom`, under a repeated table header if any."""

    top: float
    bottom: float
    header: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class _HeaderTable:
    top: float
    bottom: float
    header: tuple[float, float]


def _row_extent(
    layout: QAbstractTextDocumentLayout, table: QTextTable, row: int
) -> tuple[float, float]:
    """The top of the first text and the bottom of the last text in a table row."""
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row or cell.column() != column:
            continue  # spanned from another cell
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def _paginate(document: QTextDocument, page_height: float) -> list[_Slice]:
    """Cut a continuous layout into pages, only where a cut splits nothing.

    Qt's own pagination moves a table row to the next page only when none of its text fits,
    so an item's title and its SKU could land on different pages. Here a page ends before a
    paragraph, a table or an item row; a long table's header row is repeated on each page it
    continues on. Only content taller than a page is cut between lines (or, failing that,
    anywhere).
    """
    layout = document.documentLayout()
    root = document.rootFrame()
    preferred: set[float] = set()
    fallback: set[float] = set()
    tables: list[_HeaderTable] = []
    end = 0.0  # the bottom of the last ink, not of trailing empty paragraphs
    for frame in root.childFrames():
        rect = layout.frameBoundingRect(frame)
        preferred.update((rect.top(), rect.bottom()))
        end = max(end, rect.bottom())
        if not isinstance(frame, QTextTable):
            continue
        header_rows = frame.format().headerRowCount()
        if not 0 < header_rows < frame.rows():
            continue  # small tables (addresses, totals) stay whole
        extents = [_row_extent(layout, frame, row) for row in range(frame.rows())]
        # Cut a quarter of the way into the gap between rows: below the row's bottom border.
        cuts = [
            extents[row][0] - (extents[row][0] - extents[row - 1][1]) / 4
            for row in range(header_rows, frame.rows())
        ]
        preferred.update(cuts[1:])  # not right below the header: it would stand alone
        if cuts[0] - rect.top() < page_height / 3:  # a header that tall is not repeated
            tables.append(_HeaderTable(rect.top(), rect.bottom(), (rect.top(), cuts[0])))
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if document.frameAt(block.position()) is root:
            preferred.add(rect.top())
            if block.text().strip():
                end = max(end, rect.bottom())
        lines = block.layout()
        fallback.update(rect.top() + lines.lineAt(i).y() for i in range(lines.lineCount()))
        block = block.next()

    pages: list[_Slice] = []
    top, header = 0.0, None
    while top < end - 0.5:
        limit = top + page_height - (header[1] - header[0] if header else 0.0)
        if limit >= end:
            bottom = end
        else:
            bottom = max((c for c in preferred if top < c <= limit), default=0.0)
            if bottom <= top:
                bottom = max((c for c in fallback if top < c <= limit), default=limit)
        pages.append(_Slice(top, bottom, header))
        header = next(
            (table.header for table in tables if table.header[1] <= bottom < table.bottom),
            None,
        )
        top = bottom
    return pages or [_Slice(0.0, 0.0)]


def _draw_slice(
    painter: QPainter, document: QTextDocument, top: float, bottom: float, at: float
) -> None:
    painter.save()
    painter.translate(0, at - top)
    document.drawContents(painter, QRectF(0, top, document.textWidth(), bottom - top))
    painter.restore()


def paint_pages(
    document: QTextDocument,
    device: QPagedPaintDevice,
    painter: QPainter,
    label: str,
    wanted: Callable[[int], bool] | None = None,
) -> int:
    """Paint `document` page by page onto an active painter; returns the pages painted.

    A copy is laid out against the device itself (its resolution, its printable area), so the
    on-screen document is left alone. The bottom strip of each page holds `label` and the page
    number. `wanted` picks pages by 1-based number (a printer's page range); None prints all.
    """
    copy = document.clone()
    copy.setDefaultFont(document.defaultFont())
    copy.documentLayout().setPaintDevice(device)
    copy.setDocumentMargin(0)
    width, height = float(device.width()), float(device.height())
    copy.setTextWidth(width)
    footer_font = _base_font(PAGE_FOOTER_POINT_SIZE)
    metrics = QFontMetricsF(footer_font, device)
    slices = _paginate(copy, height - metrics.height() * 2.5)
    count = len(slices)
    pages = [page for page in range(1, count + 1) if wanted is None or wanted(page)]
    for index, page in enumerate(pages):
        if index:
            device.newPage()
        piece = slices[page - 1]
        at = 0.0
        if piece.header is not None:
            _draw_slice(painter, copy, *piece.header, at=0.0)
            at = piece.header[1] - piece.header[0]
        _draw_slice(painter, copy, piece.top, piece.bottom, at=at)
        painter.save()
        painter.setFont(footer_font)
        painter.setPen(QColor(MUTED))
        line = QRectF(0, height - metrics.height(), width, metrics.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            translate("InvoiceDocument", "Page {page} of {count}").format(page=page, count=count),
        )
        painter.restore()
    return len(pages)


def page_label(invoice: Invoice, merchant: Merchant | None) -> str:
    reference = document_title(invoice)
    return f"{merchant.name} · {reference}" if merchant and merchant.name else reference
