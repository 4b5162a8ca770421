"""The invoice as Qt rich-text HTML: seller, title block, parties, items, totals, terms.

The invoice records the console reads are backend-neutral (`core.billing`), so one layout serves
every backend. Qt rich text knows no CSS flex or grid, so the layout is tables. Every value comes
from a server and is escaped before it becomes HTML. Amounts are written as everywhere else in
the console (`core.display`), so the paper copy reads as the screen does.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from html import escape

from approval_console.core.billing import (
    Address,
    Invoice,
    InvoiceItem,
    InvoiceState,
    Merchant,
    PurchaseOrder,
    sum_money,
)
from approval_console.core.display import format_count, format_money, format_number
from approval_console.core.domain import Money
from approval_console.core.i18n import translate
from approval_console.ui.dates import format_date

ACCENT = "#1F3A5F"
MUTED = "#6B7280"
RULE = "#D1D5DB"
SHADE = "#F3F4F6"

_STATE_COLORS: dict[InvoiceState, str] = {
    InvoiceState.PENDING: MUTED,
    InvoiceState.OPEN: ACCENT,
    InvoiceState.FUNDED: ACCENT,
    InvoiceState.CLOSED: "#047857",
    InvoiceState.CANCELED: "#B91C1C",
}

# Qt rich text honours type and class selectors, paddings and (with border-collapse) per-cell
# borders, which is all an invoice needs.
_STYLE = f"""
body {{ color: #111827; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 8pt; }}
.seller {{ font-size: 15pt; font-weight: 600; color: {ACCENT}; }}
.title {{ font-size: 22pt; font-weight: 700; color: {ACCENT}; }}
.label {{ color: {MUTED}; font-size: 8pt; font-weight: 600; text-transform: uppercase; }}
table.items {{ border-collapse: collapse; }}
table.items th {{ background-color: {ACCENT}; color: #FFFFFF; font-size: 8pt;
    font-weight: 600; padding: 5px 6px; }}
table.items td {{ padding: 6px; border-bottom: 1px solid {RULE}; }}
table.totals {{ border-collapse: collapse; }}
table.totals td {{ padding: 3px 6px; }}
td.grand {{ border-top: 2px solid {ACCENT}; font-weight: 700; }}
td.due {{ background-color: {SHADE}; font-weight: 700; font-size: 11pt; color: {ACCENT};
    padding: 6px; }}
.footer {{ color: {MUTED}; font-size: 8pt; margin-top: 14px; border-collapse: collapse; }}
table.footer td {{ border-top: 1px solid {RULE}; padding-top: 8px; }}
"""


# ---- formatting ------------------------------------------------------------------------------


def _date(value: datetime | None) -> str:
    """The local calendar date, as the console shows every date."""
    return format_date(value)


def _percent(rate: Decimal | None) -> str:
    # normalize() alone would print 10 as 1E+1.
    return "" if rate is None else f"{rate.normalize():f}%"


def _phone(number: str | None, country_code: str = "") -> str:
    """Ten bare digits of a US number read better as 612-555-0148; anything else is kept."""
    if not number:
        return ""
    if country_code.upper() in ("", "US", "CA") and re.fullmatch(r"\d{10}", number):
        return f"{number[:3]}-{number[3:6]}-{number[6:]}"
    return number


def _text(value: str | None) -> str:
    """Server text as HTML: escaped, line breaks kept."""
    if not value:
        return ""
    return "<br>".join(escape(line) for line in value.strip().splitlines())


def _money_html(money: Money | None) -> str:
    """An amount that never wraps between the number and its currency code."""
    return escape(format_money(money)).replace(" ", "&nbsp;") if money is not None else ""


def _number_html(money: Money | None) -> str:
    """An amount without its currency, for columns whose currency is said once."""
    return "" if money is None else format_number(money.amount, money.currency)


def invoice_reference(invoice: Invoice) -> str:
    """The invoice's number as the merchant wrote it, or its id when it has none."""
    return (invoice.number or "").strip() or invoice.id


_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


def default_pdf_name(invoice: Invoice) -> str:
    """A file name to offer in the save dialog, e.g. `Invoice NWI-1042.pdf`.

    The number is the merchant's own text, so characters that no file system (Windows least of
    all) accepts become dashes, and an overly long one is cut.
    """
    reference = _UNSAFE_IN_NAMES.sub("-", invoice_reference(invoice))
    reference = " ".join(reference.split()).strip(" .-")[:80].rstrip(" .-")
    if reference:
        return translate("InvoiceDocument", "Invoice {reference}.pdf").format(reference=reference)
    return translate("InvoiceDocument", "Invoice.pdf")


# ---- HTML ------------------------------------------------------------------------------------


def _address_html(title: str, address: Address) -> str:
    lines = [escape(line) for line in address.lines()]
    phone = _phone(address.phone_number, address.country_code)
    if phone:
        lines.append(translate("InvoiceDocument", "Tel. {number}").format(number=escape(phone)))
    fax = _phone(address.fax_number, address.country_code)
    if fax:
        lines.append(translate("InvoiceDocument", "Fax {number}").format(number=escape(fax)))
    if address.notes:
        lines.append(f'<span class="muted small">{_text(address.notes)}</span>')
    body = "<br>".join(lines)
    return f'<span class="label">{escape(title)}</span><br>{body}'


def _seller_html(invoice: Invoice, merchant: Merchant | None) -> str:
    remittance = invoice.remittance
    name = merchant.name if merchant else (remittance.name if remittance else "")
    contact: list[str] = []
    if merchant is not None:
        contact += [escape(value) for value in (merchant.email, merchant.phone) if value]
        if merchant.web_url:
            url = merchant.web_url.removeprefix("https://").removeprefix("http://").rstrip("/")
            contact.append(escape(url))
    remit = translate("InvoiceDocument", "Remit payment to")
    paragraphs = [
        (0, f'<span class="seller">{escape(name)}</span>' if name else ""),
        (2, "<br>".join(contact)),
        (10, _address_html(remit, remittance) if remittance else ""),
    ]
    return "".join(
        f'<p style="margin-top:{space}px; margin-bottom:0">{body}</p>'
        for space, body in paragraphs
        if body
    )


def _meta_html(invoice: Invoice, order: PurchaseOrder | None) -> str:
    rows: list[tuple[str, str]] = [
        (translate("InvoiceDocument", "Invoice no."), escape(invoice_reference(invoice)))
    ]
    if invoice.issued_at:
        rows.append((translate("InvoiceDocument", "Issue date"), _date(invoice.issued_at)))
    if invoice.due_at:
        rows.append((translate("InvoiceDocument", "Due date"), _date(invoice.due_at)))
    if order is not None and order.merchant_order_id:
        rows.append((translate("InvoiceDocument", "Order"), escape(order.merchant_order_id)))
    color = _STATE_COLORS.get(invoice.state, MUTED)
    state = f'<span style="color:{color}; font-weight:600">{invoice.state.label}</span>'
    rows.append((translate("InvoiceDocument", "Status"), state))
    cells = "".join(
        f'<tr><td align="right" class="muted">{escape(label)}</td>'
        f'<td align="right" style="padding-left:10px">{value}</td></tr>'
        for label, value in rows
    )
    return f'<table cellspacing="0" cellpadding="1" align="right">{cells}</table>'


def _addresses_html(invoice: Invoice) -> str:
    """The parties side by side; one address serving several roles is printed once."""
    blocks: list[tuple[list[str], Address]] = []
    for title, address in (
        (translate("InvoiceDocument", "Bill to"), invoice.bill_to),
        (translate("InvoiceDocument", "Ship to"), invoice.ship_to),
        (translate("InvoiceDocument", "Sold to"), invoice.sold_to),
        (translate("InvoiceDocument", "Fiscal representative"), invoice.fiscal_representative),
    ):
        if address is None:
            continue
        same = next((titles for titles, known in blocks if known == address), None)
        if same is not None:
            same.append(title)
        else:
            blocks.append(([title], address))
    if not blocks:
        return ""
    width = 100 // max(len(blocks), 3)
    cells = "".join(
        f'<td width="{width}%" valign="top" style="padding-right:12px">'
        f"{_address_html(' / '.join(titles), address)}</td>"
        for titles, address in blocks
    )
    return f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{cells}</tr></table>'


def _item_html(
    item: InvoiceItem,
    money: Callable[[Money | None], str],
    columns: _ItemColumns,
) -> str:
    title = item.title or item.description or translate("InvoiceDocument", "Item")
    lines = [f"<b>{escape(title)}</b>"]
    if item.description and item.description != title:
        lines.append(f'<span class="muted">{escape(item.description)}</span>')
    details = []
    if item.sku:
        details.append(translate("InvoiceDocument", "SKU {sku}").format(sku=escape(item.sku)))
    if item.variant_info:
        details.append(escape(item.variant_info))
    if columns.exemption and item.tax_exemption_reason:
        exempt = translate("InvoiceDocument", "Tax exempt: {reason}")
        details.append(exempt.format(reason=escape(item.tax_exemption_reason)))
    if details:
        lines.append(f'<span class="muted small">{" · ".join(details)}</span>')
    cells = [
        f'<td valign="top">{"<br>".join(lines)}</td>',
        f'<td valign="top" align="right">{format_count(item.quantity)}</td>',
        f'<td valign="top" align="right">{money(item.unit_price)}</td>',
    ]
    if columns.discount:
        discount = item.discount if item.discount and item.discount.amount else None
        shown = money(Money(-discount.amount, discount.currency)) if discount else ""
        cells.append(f'<td valign="top" align="right">{shown}</td>')
    if columns.rate:
        cells.append(f'<td valign="top" align="right">{_percent(item.tax_rate_percentage)}</td>')
    if columns.tax:
        cells.append(f'<td valign="top" align="right">{money(item.tax)}</td>')
    cells.append(f'<td valign="top" align="right">{money(item.total)}</td>')
    return f"<tr>{''.join(cells)}</tr>"


@dataclass(frozen=True, slots=True)
class _ItemColumns:
    """Which of the item table's optional columns the invoice has something to show in."""

    discount: bool
    rate: bool
    tax: bool
    exemption: bool  # a reason per item (one shared reason is said once, under the table)


def _line_taxes_add_up(invoice: Invoice) -> bool:
    """Whether the items' own taxes account for the invoice's tax.

    An invoice the server made from an order (or one created from its items) carries the tax
    as one amount and 0 on every line; printing those zeros would tell the buyer the goods
    were untaxed while the totals add tax.
    """
    taxes = [item.tax for item in invoice.items]
    if any(tax is None for tax in taxes):
        return False
    try:
        lines = sum_money([tax for tax in taxes if tax is not None], invoice.amount.currency)
    except ValueError:
        return False
    total = invoice.tax.amount if invoice.tax is not None else Decimal(0)
    return lines.amount == total


def _items_html(invoice: Invoice) -> str:
    items, currency = invoice.items, invoice.amount.currency
    if not items:
        return ""
    amounts = [
        amount
        for item in items
        for amount in (item.unit_price, item.total, item.tax, item.discount)
        if amount is not None
    ]
    money: Callable[[Money | None], str] = _money_html
    caption = ""
    if all(amount.currency == currency for amount in amounts):
        # "1,234.50 USD" in every cell would crowd the columns: say the currency once.
        money = _number_html
        said = translate("InvoiceDocument", "Amounts in {currency}").format(
            currency=escape(currency)
        )
        caption = f'<p class="muted small" align="right">{said}</p>'
    # One exemption reason for the whole invoice (an export, say) is said once, under the table.
    reasons = {item.tax_exemption_reason for item in items if item.tax_exemption_reason}
    columns = _ItemColumns(
        discount=any(item.discount and item.discount.amount for item in items),
        rate=any(item.tax_rate_percentage is not None for item in items),
        tax=_line_taxes_add_up(invoice),
        exemption=len(reasons) > 1,
    )
    headers = [
        (translate("InvoiceDocument", "Qty"), 7),
        (translate("InvoiceDocument", "Unit price"), 12),
    ]
    if columns.discount:
        headers.append((translate("InvoiceDocument", "Discount"), 11))
    if columns.rate:
        headers.append((translate("InvoiceDocument", "Tax rate"), 9))
    if columns.tax:
        headers.append((translate("InvoiceDocument", "Tax"), 10))
    headers.append((translate("InvoiceDocument", "Amount"), 12))
    # The item's description takes what the figures leave: the table spans the whole width.
    first = escape(translate("InvoiceDocument", "Item"))
    head = f'<th align="left" width="{100 - sum(width for _label, width in headers)}%">{first}</th>'
    head += "".join(
        f'<th align="right" width="{width}%">{escape(label)}</th>' for label, width in headers
    )
    # <thead> marks the header row, which _paginate repeats on every page the table spans.
    rows = "".join(_item_html(item, money, columns) for item in items)
    table = caption + (
        '<table class="items" width="100%" cellspacing="0" cellpadding="0">'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )
    if len(reasons) == 1:
        exempt = translate("InvoiceDocument", "Tax exempt: {reason}").format(
            reason=escape(reasons.pop())
        )
        table += f'<p class="muted small">{exempt}</p>'
    return table


def _subtotal(invoice: Invoice) -> Money:
    """The items' own totals when they all have one; otherwise what the amount leaves."""
    currency = invoice.amount.currency
    totals = [item.total for item in invoice.items]
    if totals and all(total is not None for total in totals):
        with contextlib.suppress(ValueError):  # a currency mix: fall back to the amount
            return sum_money([total for total in totals if total is not None], currency)
    extras = [money for money in (invoice.tax, invoice.shipping) if money is not None]
    try:
        return Money(invoice.amount.amount - sum_money(extras, currency).amount, currency)
    except ValueError:
        return invoice.amount


def _totals_html(invoice: Invoice) -> str:
    currency = invoice.amount.currency
    subtotal = _subtotal(invoice)
    rows: list[tuple[str, str, str]] = [
        (translate("InvoiceDocument", "Subtotal"), _money_html(subtotal), "")
    ]
    added = subtotal.amount
    for label, money in (
        (translate("InvoiceDocument", "Tax"), invoice.tax),
        (translate("InvoiceDocument", "Shipping"), invoice.shipping),
    ):
        if money is not None:
            rows.append((label, _money_html(money), ""))
            if money.currency == currency:
                added += money.amount
    difference = invoice.amount.amount - added
    if difference:  # an invoice-level discount or fee: show it, so the column adds up
        rows.append(
            (
                translate("InvoiceDocument", "Adjustments"),
                _money_html(Money(difference, currency)),
                "",
            )
        )
    rows.append((translate("InvoiceDocument", "Total"), _money_html(invoice.amount), "grand"))
    due = invoice.amount_due
    if due is not None:
        paid = invoice.amount.amount - due.amount
        if paid and due.currency == currency:
            rows.append(
                (
                    translate("InvoiceDocument", "Paid or credited"),
                    _money_html(Money(-paid, currency)),
                    "",
                )
            )
        rows.append((translate("InvoiceDocument", "Amount due"), _money_html(due), "due"))
    body = "".join(
        f'<tr><td class="{css}">{escape(label)}</td>'
        f'<td class="{css}" align="right">{value}</td></tr>'
        for label, value, css in rows
    )
    return (
        '<table class="totals" align="right" width="42%" cellspacing="0" cellpadding="0">'
        f"{body}</table>"
    )


def document_title(invoice: Invoice) -> str:
    """ "Invoice 1042": the document's title, as a PDF reader and the print queue show it."""
    reference = invoice_reference(invoice)
    return translate("InvoiceDocument", "Invoice {reference}").format(reference=reference)


def _section(title: str, text: str | None) -> str:
    if not text or not text.strip():
        return ""
    return f'<p><span class="label">{escape(title)}</span><br>{_text(text)}</p>'


def invoice_html(
    invoice: Invoice, *, merchant: Merchant | None = None, order: PurchaseOrder | None = None
) -> str:
    """The invoice as Qt rich-text HTML: seller, title block, parties, items, totals, terms.

    `merchant` fills in the seller's name and contacts and `order` the buyer's order reference;
    without them the invoice still prints, from what the invoice itself holds.
    """
    heading = escape(translate("InvoiceDocument", "INVOICE", "the printed document's title"))
    spacer = '<p style="margin-top:0; margin-bottom:0; font-size:6pt">&nbsp;</p>'
    header = (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="55%" valign="top">{_seller_html(invoice, merchant)}</td>'
        '<td width="45%" valign="top" align="right">'
        f'<p align="right" style="margin-bottom:6px"><span class="title">{heading}</span></p>'
        f"{_meta_html(invoice, order)}</td></tr></table>"
    )
    parts = [
        header,
        spacer,
        _addresses_html(invoice),
        spacer,
        _items_html(invoice),
        _totals_html(invoice),
        _section(translate("InvoiceDocument", "Terms of delivery"), invoice.terms_of_delivery),
        _section(translate("InvoiceDocument", "Notes"), invoice.notes),
    ]
    if invoice.footer and invoice.footer.strip():
        # A one-cell table, so the rule and the text stay on one page.
        parts.append(
            '<table class="footer" width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td align="center">{_text(invoice.footer)}</td></tr></table>'
        )
    title = escape(document_title(invoice))
    return (
        f"<html><head><title>{title}</title><style>{_STYLE}</style></head>"
        f"<body>{''.join(part for part in parts if part)}</body></html>"
    )
