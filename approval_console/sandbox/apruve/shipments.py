"""Handlers for an invoice's shipments and returns (`/invoices/{invoice_id}/...`).

Bodies are read wrapped (`{"shipment": {...}}`) or not, and updates name what they may
change: see `params`. apruve-ruby's `Shipment#update!` sends `PATCH` with the whole shipment
(`lib/apruve/resources/shipment.rb`), `InvoiceReturn#update!` `PUT` with the whole return.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import render
from .errors import Errors, refused
from .lifecycle import new_id, now
from .models import (
    RETURN_REASONS,
    SHIPMENT_STATUSES,
    Invoice,
    InvoiceReturn,
    Shipment,
    ShipmentItem,
)
from .params import Body, check_updatable, json_body
from .web import Context, paginated

ITEM_TEXT_FIELDS = ("title", "description", "merchant_notes", "sku", "variant_info", "vendor")
SHIPMENT_TEXT_FIELDS = ("shipper", "tracking_number", "merchant_notes")
RETURNABLE = ("open", "funded", "closed")
SHIPMENT_UPDATABLE = (
    "amount_cents",
    "tax_cents",
    "shipping_cents",
    "currency",
    "shipped_at",
    "delivered_at",
    "status",
    "merchant_shipment_id",
    *SHIPMENT_TEXT_FIELDS,
    "shipment_items",
)
SHIPMENT_READ_ONLY = frozenset({"id", "invoice_id"})
RETURN_UPDATABLE = ("amount_cents", "reason", "currency")
# apruve-ruby's `InvoiceReturn` (`invoice_return.rb`) also knows these; none is changed here.
RETURN_READ_ONLY = frozenset(
    {
        "id",
        "invoice_id",
        "merchant_id",
        "uuid",
        "merchant_notes",
        "created_by_id",
        "created_at",
        "updated_at",
    }
)


# ---- shipments


async def list_shipments(request: Request, ctx: Context) -> Response:
    invoice = ctx.invoice(request.path_params["invoice_id"])
    page, headers = paginated(request, invoice.shipments)
    return JSONResponse([ctx.render.shipment(s) for s in page], headers=headers)


async def show_shipment(request: Request, ctx: Context) -> Response:
    invoice = ctx.invoice(request.path_params["invoice_id"])
    return JSONResponse(ctx.render.shipment(ctx.shipment(invoice, request.path_params["id"])))


async def create_shipment(request: Request, ctx: Context) -> Response:
    """`shipped_at` is required; without `status`, a shipment that brings the shipped total
    to the invoice amount is `fulfilled`, any other `partial`."""
    invoice = ctx.invoice(request.path_params["invoice_id"])
    if invoice.status == "canceled":
        raise refused("invoice_id", "cannot add a shipment to an invoice that is canceled")
    errors = Errors()
    body = Body(await json_body(request, "shipment"), errors)
    shipment_id = new_id()
    fields = _shipment_fields(body, required=True)
    item_bodies = body.children("shipment_items") or []
    items = [read_item(item, shipment_id, new_id()) for item in item_bodies]
    errors.raise_if_any()
    shipment = Shipment(
        id=shipment_id,
        invoice_id=invoice.id,
        amount_cents=0,
        tax_cents=fields.pop("tax_cents") or 0,
        shipping_cents=fields.pop("shipping_cents") or 0,
        shipped_at=fields.pop("shipped_at"),
        status=fields.pop("status") or "partial",
        items=items,
    )
    amount = fields.pop("amount_cents")
    for name, value in fields.items():
        setattr(shipment, name, value)
    shipment.amount_given = amount is not None
    shipment.amount_cents = amount if amount is not None else shipment.derived_amount()
    if not body.has("status") or body.data.get("status") in (None, ""):
        shipped = sum(s.amount_cents for s in invoice.shipments) + shipment.amount_cents
        shipment.status = "fulfilled" if shipped >= invoice.amount_cents else "partial"
    invoice.shipments.append(shipment)
    return JSONResponse(ctx.render.shipment(shipment))


async def update_shipment(request: Request, ctx: Context) -> Response:
    invoice = ctx.invoice(request.path_params["invoice_id"])
    shipment = ctx.shipment(invoice, request.path_params["id"])
    data = await json_body(request, "shipment")
    check_updatable(data, "a shipment", SHIPMENT_UPDATABLE, SHIPMENT_READ_ONLY)
    errors = Errors()
    body = Body(data, errors)
    fields = _shipment_fields(body, required=body.has("shipped_at"))
    item_bodies = body.children("shipment_items")
    known = {item.id for item in shipment.items}
    items = []
    for item_body in item_bodies or []:
        given = item_body.string("id")
        items.append(read_item(item_body, shipment.id, given if given in known else new_id()))
    errors.raise_if_any()
    for name, value in fields.items():
        if body.has(name) and (value is not None or name in _NULLABLE):
            setattr(shipment, name, value)
    if item_bodies:  # the `[]` apruve-ruby sends for items it never read changes nothing
        shipment.items = items
    if fields["amount_cents"] is not None:
        shipment.amount_given = True
    if not shipment.amount_given:
        shipment.amount_cents = shipment.derived_amount()
    return JSONResponse(ctx.render.shipment(shipment))


_NULLABLE = (*SHIPMENT_TEXT_FIELDS, "delivered_at", "merchant_shipment_id")


def _shipment_fields(body: Body, *, required: bool) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "amount_cents": body.integer("amount_cents"),
        "tax_cents": body.integer("tax_cents"),
        "shipping_cents": body.integer("shipping_cents"),
        "shipped_at": body.instant("shipped_at", required=required),
        "delivered_at": body.instant("delivered_at"),
        "status": body.choice("status", SHIPMENT_STATUSES),
        # A string in the document's parameter table and in apruve-ruby's spec ("ZZ1234567");
        # a number, as the document's examples send it, is kept as its text.
        "merchant_shipment_id": body.string("merchant_shipment_id"),
    }
    body.currency()
    for name in SHIPMENT_TEXT_FIELDS:
        fields[name] = body.string(name)
    return fields


def read_item(body: Body, shipment_id: str, item_id: str) -> ShipmentItem:
    price_ea = body.integer("price_ea_cents")
    quantity = body.integer("quantity", minimum=1, maximum=None) or 1
    total = body.integer("price_total_cents")
    tax = body.integer("tax_cents")
    shipping = body.integer("shipping_cents")
    currency = body.currency()
    texts = {name: body.string(name) for name in ITEM_TEXT_FIELDS}
    if total is None:
        total = (price_ea or 0) * quantity
    return ShipmentItem(
        id=item_id,
        shipment_id=shipment_id,
        price_ea_cents=price_ea,
        quantity=quantity,
        price_total_cents=total,
        tax_cents=tax or 0,
        shipping_cents=shipping or 0,
        currency=currency,
        **texts,
    )


# ---- returns


async def list_returns(request: Request, ctx: Context) -> Response:
    invoice = ctx.invoice(request.path_params["invoice_id"])
    page, headers = paginated(request, invoice.returns)
    return JSONResponse([render.invoice_return(r) for r in page], headers=headers)


async def show_return(request: Request, ctx: Context) -> Response:
    invoice = ctx.invoice(request.path_params["invoice_id"])
    found = ctx.invoice_return(invoice, request.path_params["id"])
    return JSONResponse(render.invoice_return(found))


async def create_return(request: Request, ctx: Context) -> Response:
    """Only against an issued invoice; amount above 0 and below the invoice total."""
    invoice = ctx.invoice(request.path_params["invoice_id"])
    if invoice.status not in RETURNABLE:
        raise refused("invoice_id", f"cannot return against an invoice that is {invoice.status}")
    errors = Errors()
    body = Body(await json_body(request, "invoice_return"), errors)
    amount = _return_amount(body, invoice, required=True)
    reason = body.choice("reason", RETURN_REASONS, required=True)
    body.currency()
    errors.raise_if_any()
    assert amount is not None and reason is not None
    created = InvoiceReturn(
        new_id(), invoice.id, invoice.merchant_id, amount, reason, created_at=now()
    )
    invoice.returns.append(created)
    return JSONResponse(render.invoice_return(created))


async def update_return(request: Request, ctx: Context) -> Response:
    invoice = ctx.invoice(request.path_params["invoice_id"])
    found = ctx.invoice_return(invoice, request.path_params["id"])
    data = await json_body(request, "invoice_return")
    check_updatable(data, "a return", RETURN_UPDATABLE, RETURN_READ_ONLY)
    errors = Errors()
    body = Body(data, errors)
    amount = _return_amount(body, invoice, required=body.has("amount_cents"))
    reason = body.choice("reason", RETURN_REASONS, required=body.has("reason"))
    body.currency()
    errors.raise_if_any()
    if amount is not None:
        found.amount_cents = amount
    if reason is not None:
        found.reason = reason
    return JSONResponse(render.invoice_return(found))


def _return_amount(body: Body, invoice: Invoice, *, required: bool) -> int | None:
    amount = body.integer("amount_cents", required=required, minimum=None)
    if amount is None:
        return None
    if amount <= 0:
        body.errors.add("amount_cents", "must be greater than 0")
    elif amount >= invoice.amount_cents:
        body.errors.add("amount_cents", f"must be less than {invoice.amount_cents}")
    else:
        return amount
    return None
