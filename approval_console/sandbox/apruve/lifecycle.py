"""The rules that move orders and invoices between states, shared by the API and control routes.

Orders: new -> pending (finalize) -> accepted (the buyer approves), or canceled.
Invoices: pending -> open (issue) -> funded (the bank pays) -> closed, or canceled.
The *_on_create flags follow the document's "*_on_create Fields" section, literally:
an invoice created before its order is finalized is issued when the order is finalized; one
created while the order awaits approval is issued when the order is approved.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from .catalog import FOOTERS
from .errors import refused, transition_refused
from .models import Address, Invoice, InvoiceItem, Order, World


def now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    """A fresh 32-hex-digit id, as Apruve's ids are."""
    return uuid.uuid4().hex


def invoices_of(world: World, order: Order) -> list[Invoice]:
    return [world.invoices[invoice_id] for invoice_id in order.invoice_ids]


def credit_available(world: World, account_id: str) -> int:
    """The account's limit less what its buyers owe on issued invoices."""
    account = world.accounts[account_id]
    owed = sum(
        invoice.amount_due
        for invoice in world.invoices.values()
        if invoice.status in ("open", "funded")
        and world.orders[invoice.order_id].corporate_account_id == account_id
    )
    return account.credit_limit_cents - owed


def has_credit(world: World, invoice: Invoice) -> bool:
    account_id = world.orders[invoice.order_id].corporate_account_id
    return account_id is None or credit_available(world, account_id) >= invoice.amount_due


def _open(invoice: Invoice, moment: datetime) -> None:
    invoice.status = "open"
    invoice.issued_at = invoice.opened_at = moment


def _issue_waiting(world: World, order: Order, moment: datetime) -> None:
    """Issue the order's pending invoices that asked to be issued (credit allowing)."""
    for invoice in invoices_of(world, order):
        if invoice.status == "pending" and invoice.issue_on_create and has_credit(world, invoice):
            _open(invoice, moment)


def _cancel_unpaid(world: World, order: Order, moment: datetime) -> None:
    for invoice in invoices_of(world, order):
        if invoice.status in ("pending", "open"):
            invoice.status = "canceled"
            invoice.final_state_at = moment


# ---- orders


def finalize(world: World, order: Order, moment: datetime) -> None:
    """new -> pending; issues waiting invoices, or creates one if `invoice_on_create`."""
    if order.status != "new":
        raise transition_refused("finalize", "an order", order.status)
    order.status = "pending"
    order.term_status = "pending"
    order.escalated_at = moment
    _issue_waiting(world, order, moment)
    if order.invoice_on_create and not order.invoice_ids:
        invoice = invoice_from_order(world, order, moment)
        world.invoices[invoice.id] = invoice
        order.invoice_ids.append(invoice.id)
        if has_credit(world, invoice):
            _open(invoice, moment)


def approve(world: World, order: Order, moment: datetime) -> None:
    """The buyer's approval (control route): pending -> accepted, waiting invoices issued."""
    if order.status != "pending":
        raise transition_refused("approve", "an order", order.status)
    order.status = "accepted"
    order.term_status = "approved"
    order.final_state_at = moment
    _issue_waiting(world, order, moment)


def reject(world: World, order: Order, moment: datetime) -> None:
    """The buyer's rejection (control route): pending -> canceled."""
    if order.status != "pending":
        raise transition_refused("reject", "an order", order.status)
    order.status = "canceled"
    order.term_status = "rejected"
    order.final_state_at = moment
    _cancel_unpaid(world, order, moment)


def cancel(world: World, order: Order, moment: datetime) -> None:
    """The seller cancels; refused once canceled or once money moved on one of its invoices."""
    if order.status == "canceled":
        raise transition_refused("cancel", "an order", order.status)
    if any(i.status in ("funded", "closed") for i in invoices_of(world, order)):
        raise refused("status", "cannot cancel an order with funded or closed invoices")
    order.status = "canceled"
    order.term_status = "canceled"
    order.final_state_at = moment
    _cancel_unpaid(world, order, moment)


def check_editable(order: Order) -> None:
    """Orders and their items change only before the order is finalized."""
    if order.status != "new":
        raise refused("status", f"cannot update an order that is {order.status}")


# ---- invoices


def add_invoice(world: World, order: Order, invoice: Invoice, moment: datetime) -> None:
    """Attach a new invoice; it is issued at once only if its order is already accepted."""
    if order.status == "canceled":
        raise refused("order_id", "cannot add an invoice to an order that is canceled")
    world.invoices[invoice.id] = invoice
    order.invoice_ids.append(invoice.id)
    if invoice.issue_on_create and order.status == "accepted" and has_credit(world, invoice):
        _open(invoice, moment)


def issue(world: World, invoice: Invoice, moment: datetime) -> None:
    if invoice.status != "pending":
        raise transition_refused("issue", "an invoice", invoice.status)
    order = world.orders[invoice.order_id]
    if order.status == "new":
        raise refused("status", "cannot issue an invoice before its order is finalized")
    if not has_credit(world, invoice):
        raise refused("amount_cents", "exceeds the credit available to the corporate account")
    _open(invoice, moment)


def close(invoice: Invoice, moment: datetime) -> None:
    if invoice.status not in ("open", "funded"):
        raise transition_refused("close", "an invoice", invoice.status)
    invoice.status = "closed"
    invoice.final_state_at = moment


def cancel_invoice(invoice: Invoice, moment: datetime) -> None:
    if invoice.status not in ("pending", "open"):
        raise transition_refused("cancel", "an invoice", invoice.status)
    invoice.status = "canceled"
    invoice.final_state_at = moment


def fund(invoice: Invoice) -> None:
    """The bank pays the merchant (control route): open -> funded."""
    if invoice.status != "open":
        raise transition_refused("fund", "an invoice", invoice.status)
    invoice.status = "funded"


def check_invoice_editable(invoice: Invoice) -> None:
    if invoice.status != "pending":
        raise refused("status", f"cannot update an invoice that is {invoice.status}")


def default_addresses(world: World, order: Order) -> dict[str, Address | None]:
    """An invoice's addresses when the request names none: the buyer's and the merchant's."""
    merchant = world.merchants[order.merchant_id]
    account = world.accounts.get(order.corporate_account_id or "")
    return {
        "bill_to_address": account.bill_to if account else None,
        "fiscal_representative": account.fiscal_representative if account else None,
        "remittance_address": merchant.remittance_address,
        "ship_to_address": account.ship_to if account else None,
        "sold_to_address": account.bill_to if account else None,
    }


def invoice_from_order(world: World, order: Order, moment: datetime) -> Invoice:
    """`invoice_on_create`: the order's amount and items, copied onto a new pending invoice."""
    account = world.accounts.get(order.corporate_account_id or "")
    merchant = world.merchants[order.merchant_id]
    items = [
        InvoiceItem(
            id=new_id(),
            title=item.title,
            price_ea_cents=item.price_ea_cents,
            quantity=item.quantity,
            price_total_cents=item.price_total_cents,
            currency=item.currency,
            merchant_notes=item.merchant_notes,
            description=item.description,
            sku=item.sku,
            variant_info=item.variant_info,
            vendor=item.vendor,
            view_product_url=item.product_url,
        )
        for item in order.items
    ]
    return Invoice(
        id=new_id(),
        order_id=order.id,
        merchant_id=order.merchant_id,
        status="pending",
        amount_cents=order.amount_cents,
        shipping_cents=order.shipping_cents,
        tax_cents=order.tax_cents,
        created_at=moment,
        due_at=moment + timedelta(days=account.term_days if account else 0),
        items=items,
        addresses=default_addresses(world, order),
        footer=FOOTERS[0],
        merchant_invoice_id=f"{merchant.invoice_prefix}{order.merchant_order_id or order.id[:8]}",
    )
