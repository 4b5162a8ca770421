"""Values written by the generator of the files under `legacy/` and expected back from them.

`make_legacy_files.py` wrote those files with the journal and cache code of the time; the tests
read them with today's code and compare against these same values. Edit a value here only
together with a regenerated file from the same (old) code, never to make a test pass.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from store_samples import FULL_ORDER, make_order

from approval_console.core.billing import (
    Address,
    Invoice,
    InvoiceItem,
    InvoiceRecord,
    InvoiceState,
    LineItem,
    OrderBilling,
    OrderRecords,
    OrderState,
    Payment,
    PaymentMethod,
    PaymentTerm,
    PurchaseOrder,
    Refund,
    Return,
    ReturnReason,
    Shipment,
    ShipmentItem,
    ShipmentState,
)
from approval_console.core.changes import (
    Change,
    CommentChange,
    CreateInvoice,
    DueDateChange,
    InvoiceAction,
    InvoiceActionKind,
    OrderAction,
    OrderActionKind,
    RecordReturn,
    RecordShipment,
    StatusChange,
)
from approval_console.core.detail import OrderDetail
from approval_console.core.domain import Money, OrderStatus, Review
from approval_console.core.history import HistoryEvent, HistoryKind, MailLog, Progress, TimelineStep

ACCOUNT = "acct-legacy"
INDIA = timezone(timedelta(hours=5, minutes=30))
UTC_MOMENT = datetime(2026, 11, 2, 14, 30, 5, 123456, tzinfo=UTC)
OFFSET_MOMENT = datetime(2026, 11, 3, 9, 0, tzinfo=INDIA)
NAIVE_MOMENT = datetime(2026, 11, 4, 8, 15)

# Every change kind, once with every optional field set and once with the defaults (None).
CHANGES: tuple[Change, ...] = (
    StatusChange("approved"),
    StatusChange(
        "shipped",
        comment="Parcel left the warehouse — ünïcode",
        public=True,
        email_customer=False,
        email_additional=False,
        send_at=UTC_MOMENT,
        due_date=date(2026, 12, 31),
    ),
    StatusChange("on_hold", comment="", send_at=NAIVE_MOMENT),
    CommentChange("checked by phone"),
    CommentChange("visible note", public=True),
    DueDateChange(None),
    DueDateChange(date(2026, 2, 28), date(2026, 3, 1)),
    OrderAction(OrderActionKind.FINALIZE),
    OrderAction(OrderActionKind.APPROVE, notify=False, contact_id="contact-7"),
    OrderAction(OrderActionKind.CANCEL),
    CreateInvoice("NW-1-1"),
    CreateInvoice(
        "NW-1-2", item_ids=("a", "b"), issue=False, due_date=date(2027, 1, 5), notes="net 30"
    ),
    InvoiceAction("inv-1", InvoiceActionKind.ISSUE),
    InvoiceAction("inv-2", InvoiceActionKind.CLOSE),
    InvoiceAction("inv-3", InvoiceActionKind.CANCEL),
    RecordShipment("inv-1", UTC_MOMENT),
    RecordShipment(
        "inv-1",
        OFFSET_MOMENT,
        "UPS",
        "1Z999",
        complete=False,
        delivered_at=NAIVE_MOMENT,
        notes="left at door",
    ),
    RecordReturn("inv-1", 1250, "USD", "DAMAGED"),
    RecordReturn("inv-2", 0, "JPY", "OTHER"),
)

# Each change is written once per state a journal entry can be in, along an allowed path.
STATE_PATHS: dict[str, tuple[str, ...]] = {
    "pending": (),
    "sent": ("sent",),  # mid-flight: the app stopped after sending, before an answer
    "confirmed": ("sent", "confirmed"),
    "failed": ("failed",),
    "unknown": ("sent", "unknown"),
}

_MONEY = Money(Decimal("1234.50"), "EUR")
_ADDRESS = Address("1 Main St", "Springfield", "IL", "62701", "US", "+1 555", "Ann", "Acme",
                   fax_number=None, notes="ring twice")  # fmt: skip
_INVOICE = Invoice(
    id="inv-1",
    order_id="po-1",
    state=InvoiceState.OPEN,
    amount=_MONEY,
    amount_due=Money(Decimal("0.10"), "EUR"),
    number="NW-1-1",
    created_at=UTC_MOMENT,
    due_at=OFFSET_MOMENT,
    items=(InvoiceItem("Widget", 2, _MONEY, tax_rate_percentage=Decimal("19.000"), id="ii-1"),),
    bill_to=_ADDRESS,
)
_SHIPMENT = Shipment(
    id="sh-1",
    invoice_id="inv-1",
    status=ShipmentState.FULFILLED,
    shipper="UPS",
    shipped_at=NAIVE_MOMENT,
    items=(ShipmentItem("Widget", 1, shipping=Money(Decimal("-1E+3"), "JPY")),),
)
_PURCHASE_ORDER = PurchaseOrder(
    order=FULL_ORDER,
    state=OrderState.ACCEPTED,
    merchant_order_id=None,
    amount=_MONEY,
    tax=Money(Decimal("0"), "EUR"),
    shipping=Money(Decimal("5.00"), "EUR"),
    items=(LineItem("Widget", 2, _MONEY, sku="W-1", id="li-1"),),
    payment_term=PaymentTerm("ca-1", escalated_at=UTC_MOMENT),
    default_payment_method=PaymentMethod("card", nickname="Visa"),
    created_at=UTC_MOMENT,
)

DETAILS: tuple[OrderDetail, ...] = (
    OrderDetail(make_order(1)),
    OrderDetail(
        FULL_ORDER,
        history=(
            HistoryEvent(
                HistoryKind.STATUS_CHANGE,
                UTC_MOMENT,
                "approved",
                "Approved",
                mail=MailLog("shop@x", "zoe@x", "Approved", "delivered"),
            ),
            HistoryEvent(
                HistoryKind.COMMENT, NAIVE_MOMENT, comment="hi", comment_is_public=True, actor="ops"
            ),
        ),
        timeline=(
            TimelineStep("Ordered", None, Progress.COMPLETE, "2026-11-02"),
            TimelineStep("Shipped", "On its way", Progress.CURRENT),
        ),
    ),
    OrderDetail(
        make_order(2, review=None, amount=None, status=None),
        billing=OrderBilling(
            _PURCHASE_ORDER,
            (
                InvoiceRecord(
                    _INVOICE,
                    shipments=(_SHIPMENT,),
                    returns=(Return("ret-1", "inv-1", _MONEY, ReturnReason.DEFECTIVE),),
                ),
            ),
        ),
    ),
    OrderDetail(
        make_order(3),
        records=OrderRecords(
            items=(LineItem("Gadget"),),
            shipments=(_SHIPMENT,),
            payments=(Payment("pay-1", _MONEY, "captured", "card", OFFSET_MOMENT),),
            refunds=(Refund("ref-1", _MONEY), Refund("ref-2", _MONEY, "late", UTC_MOMENT)),
        ),
    ),
)


# Orders the schema-5 cache holds (`legacy/cache-v5.sqlite3`), each with whether it is still
# open: schema 6 stores that, and must fill it in for orders cached before.
DUE = date(2026, 11, 20)
V5_ORDERS = (
    make_order(101, due_date=DUE, status=OrderStatus("prod", "In Production")),
    make_order(102, due_date=DUE, status=OrderStatus("ship", "Shipped")),
    make_order(103, due_date=DUE, fulfillment_status="shipped"),
    make_order(104, due_date=DUE, fulfillment_status="partial"),
    make_order(105, due_date=DUE, canceled_at=UTC_MOMENT),
    make_order(106, due_date=DUE, status=OrderStatus("ps", "Partially shipped")),
    make_order(107, due_date=DUE, review=Review.CANCELED),
    make_order(108, status=OrderStatus("done", "Order Completed")),
)
V5_OPEN = ("#101", "#104", "#106")
