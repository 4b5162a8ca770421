"""Handlers for invoices (`/invoices`, `/orders/{order_id}/invoices`) and their actions.

Bodies are read wrapped (`{"invoice": {...}}`) or not, and updates name what they may change:
see `params`. What an update may change is the document's list of body parameters plus the
five addresses, which apruve-ruby's `Invoice` carries and sends (`lib/apruve/resources/
invoice.rb`, whose `update!` sends the whole invoice).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import lifecycle
from .errors import Errors
from .lifecycle import new_id, now
from .models import ADDRESS_KINDS, Address, Invoice, InvoiceItem
from .params import Body, check_updatable, json_body
from .web import Context, paginated

ITEM_TEXT_FIELDS = (
    "title",
    "merchant_notes",
    "description",
    "sku",
    "variant_info",
    "vendor",
    "view_product_url",
    "tax_exemption_reason",
)
ADDRESS_REQUIRED = (
    "address_1",
    "city",
    "state",
    "postal_code",
    "country_code",
    "phone_number",
    "contact_name",
    "name",
)
ADDRESS_OPTIONAL = ("address_2", "fax_number", "notes")
INVOICE_UPDATABLE = (
    "amount_cents",
    "currency",
    "shipping_cents",
    "tax_cents",
    "merchant_notes",
    "merchant_invoice_id",
    "due_at",
    "invoice_items",
    *ADDRESS_KINDS,
)
# What an invoice renders, or apruve-ruby's `Invoice` knows, that an update does not change.
INVOICE_READ_ONLY = frozenset(
    {
        "id",
        "order_id",
        "status",
        "created_at",
        "opened_at",
        "issued_at",
        "final_state_at",
        "amount_due",
        "terms_of_delivery",
        "footer",
        "issue_on_create",
        "links",
        "payments",
    }
)


async def list_invoices(request: Request, ctx: Context) -> Response:
    order = ctx.order(request.path_params["order_id"])
    page, headers = paginated(request, lifecycle.invoices_of(ctx.world, order))
    return JSONResponse([ctx.render.invoice(invoice) for invoice in page], headers=headers)


async def show_invoice(request: Request, ctx: Context) -> Response:
    return JSONResponse(ctx.render.invoice(ctx.invoice(request.path_params["id"])))


async def create_invoice(request: Request, ctx: Context) -> Response:
    """`POST /orders/{order_id}/invoices` (the document), or `POST /invoices` naming the
    order in the body (apruve-ruby's `Invoice#save!`); without an order it is a 422, with an
    order not the merchant's a 404, as the nested route answers."""
    data = await json_body(request, "invoice")
    errors = Errors()
    body = Body(data, errors)
    order_id = request.path_params.get("order_id") or body.string("order_id", required=True)
    errors.raise_if_any()
    assert order_id is not None
    order = ctx.order(order_id)
    amount = body.integer("amount_cents", required=True)
    amount_due = body.integer("amount_due")
    shipping = body.integer("shipping_cents")
    tax = body.integer("tax_cents")
    due_at = body.instant("due_at")
    texts = {
        name: body.string(name)
        for name in ("merchant_notes", "merchant_invoice_id", "terms_of_delivery", "footer")
    }
    currency = body.currency()
    item_bodies = body.children("invoice_items") or []
    items = [read_item(item, new_id()) for item in item_bodies]
    addresses = {kind: read_address(body.child(kind)) for kind in ADDRESS_KINDS}
    issue_on_create = body.boolean("issue_on_create", True)
    errors.raise_if_any()
    assert amount is not None
    moment = now()
    defaults = lifecycle.default_addresses(ctx.world, order)
    invoice = Invoice(
        id=new_id(),
        order_id=order.id,
        merchant_id=order.merchant_id,
        status="pending",
        amount_cents=amount,
        shipping_cents=shipping or 0,
        tax_cents=tax or 0,
        created_at=moment,
        due_at=due_at or moment,
        items=items,
        addresses={kind: addresses[kind] or defaults[kind] for kind in ADDRESS_KINDS},
        currency=currency,
        issue_on_create=issue_on_create,
        amount_due_given=amount_due,
        merchant_notes=texts["merchant_notes"],
        merchant_invoice_id=texts["merchant_invoice_id"],
        terms_of_delivery=texts["terms_of_delivery"],
        footer=texts["footer"],
    )
    lifecycle.add_invoice(ctx.world, order, invoice, moment)
    return JSONResponse(ctx.render.invoice(invoice))


async def update_invoice(request: Request, ctx: Context) -> Response:
    """Only while pending; `invoice_items`, when sent and not empty, replace the items (ids
    kept if given); an address sent replaces that address."""
    invoice = ctx.invoice(request.path_params["id"])
    lifecycle.check_invoice_editable(invoice)
    data = await json_body(request, "invoice")
    check_updatable(data, "an invoice", INVOICE_UPDATABLE, INVOICE_READ_ONLY)
    errors = Errors()
    body = Body(data, errors)
    values: dict[str, Any] = {
        name: body.integer(name) for name in ("amount_cents", "shipping_cents", "tax_cents")
    }
    values["due_at"] = body.instant("due_at")
    body.currency()
    texts = {
        name: body.string(name)
        for name in ("merchant_notes", "merchant_invoice_id")
        if body.has(name)
    }
    known = {item.id for item in invoice.items}
    item_bodies = body.children("invoice_items")
    items = []
    for item_body in item_bodies or []:
        given = item_body.string("id")
        items.append(read_item(item_body, given if given in known else new_id()))
    addresses = {kind: read_address(body.child(kind)) for kind in ADDRESS_KINDS}
    errors.raise_if_any()
    for name, value in values.items():
        if value is not None:
            setattr(invoice, name, value)
    for name, text in texts.items():
        setattr(invoice, name, text)
    if item_bodies:
        invoice.items = items
    for kind, address in addresses.items():
        if address is not None:
            invoice.addresses[kind] = address
    return JSONResponse(ctx.render.invoice(invoice))


async def issue_invoice(request: Request, ctx: Context) -> Response:
    invoice = ctx.invoice(request.path_params["id"])
    lifecycle.issue(ctx.world, invoice, now())
    return JSONResponse(ctx.render.invoice(invoice))


async def close_invoice(request: Request, ctx: Context) -> Response:
    invoice = ctx.invoice(request.path_params["id"])
    lifecycle.close(invoice, now())
    return JSONResponse(ctx.render.invoice(invoice))


async def cancel_invoice(request: Request, ctx: Context) -> Response:
    invoice = ctx.invoice(request.path_params["id"])
    lifecycle.cancel_invoice(invoice, now())
    return JSONResponse(ctx.render.invoice(invoice))


def read_item(body: Body, item_id: str) -> InvoiceItem:
    """An invoice item; its total defaults to price each times quantity, less the discount."""
    price_ea = body.integer("price_ea_cents")
    quantity = body.integer("quantity", minimum=1, maximum=None) or 1
    total = body.integer("price_total_cents")
    tax = body.integer("tax_cents")
    discount = body.integer("discount_total_cents")
    rate = read_rate(body)
    currency = body.currency()
    texts = {name: body.string(name) for name in ITEM_TEXT_FIELDS}
    if total is None:
        total = max(0, (price_ea or 0) * quantity - (discount or 0))
    return InvoiceItem(
        id=item_id,
        price_ea_cents=price_ea,
        quantity=quantity,
        price_total_cents=total,
        tax_cents=tax or 0,
        discount_total_cents=discount or 0,
        tax_rate_percentage=rate,
        currency=currency,
        **texts,
    )


def read_rate(body: Body) -> float | None:
    """`tax_rate_percentage`: a decimal number from 0 to 100."""
    value = body.data.get("tax_rate_percentage")
    if value is None or value == "":
        return None
    try:
        rate = float(value) if not isinstance(value, bool) else None
    except (TypeError, ValueError):
        rate = None
    if rate is None:
        body.errors.add(body.pointer("tax_rate_percentage"), "is not a number")
        return None
    if not 0 <= rate <= 100:
        body.errors.add(body.pointer("tax_rate_percentage"), "must be between 0 and 100")
        return None
    return int(rate) if rate.is_integer() else rate


def read_address(body: Body | None) -> Address | None:
    if body is None:
        return None
    required = {name: body.string(name, required=True) for name in ADDRESS_REQUIRED}
    optional = {name: body.string(name) for name in ADDRESS_OPTIONAL}
    if any(value is None for value in required.values()):
        return None
    return Address(**required, **optional)  # type: ignore[arg-type]
