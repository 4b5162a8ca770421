"""The backends the console knows, and what each one can do: known before any connection.

The window and the services ask a backend's `Capabilities`, never its connector's class or
name, and read its title, default address and demo key here. This is metadata only: nothing
here imports a connector (`connectors.registry` builds them, from the `connector` name), so the
window, the services and each connector module read it without pulling in httpx or each other.
Adding a backend is an entry here and its connector module.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from approval_console.core.changes import Change, OrderAction, StatusChange
from approval_console.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a backend supports; the UI shows only what is true here."""

    read_only: bool = False
    status_changes: bool = False
    bulk_status: bool = False
    bulk_max: int = 1
    bulk_is_queued: bool = False
    comments: bool = False
    due_dates: bool = False
    due_date_ranges: bool = False
    history: bool = False
    progress_timeline: bool = False
    viable_statuses: bool = False
    lookup: bool = False
    max_page_size: int = 100
    invoices: bool = False
    shipments: bool = False
    returns: bool = False
    order_actions: bool = False  # finalize and cancel orders (B2B purchase orders)
    merchant: bool = False  # corporate accounts, buyers and webhook endpoints
    review: bool = False  # approve or cancel orders awaiting a decision (`Order.review`)
    review_options: bool = False  # ... choosing whether to notify, and the approving contact
    cancel_notify: bool = False  # a cancel can email the customer, when asked (approve cannot)
    order_records: bool = False  # items, shipments, payments, refunds in `OrderDetail.records`
    delta_sync: bool = False  # `list_changed`: only what changed since the last sync
    amounts: bool = False  # orders carry their amount (and the list shows it)
    payment_states: bool = False  # orders carry financial and fulfillment states
    # The changes this backend lets the console set back afterwards, by `reversal_key`: a
    # status another status request can put back, never a cancellation a server keeps for
    # good or an approval it cannot withdraw.
    reversible: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Backend:
    """A backend's name, its title for people, what it can do, and how an account of it is
    set up: the default address, the demo account's key and options, what the secret is."""

    key: str
    title: str
    capabilities: Capabilities
    connector: str  # "module:Class", imported only when an account of it first connects
    demo_key: str
    default_url: str
    demo_options: tuple[tuple[str, str], ...] = ()  # account options the demo account needs
    user_option: str | None = None  # the account option holding a user name, if one is asked
    secret_label: str = QT_TRANSLATE_NOOP("Backend", "API key")  # "Enter the API key."
    # The order's page in the vendor's own admin, from the account's address and the order's
    # number ("{base}", "{number}"); None where the vendor documents no such page.
    admin_link: str | None = None


BACKENDS: dict[str, Backend] = {
    "approvepro": Backend(
        key="approvepro",
        title="ApprovePro",
        capabilities=Capabilities(
            status_changes=True,
            bulk_status=True,
            bulk_max=50,
            bulk_is_queued=True,
            comments=True,
            due_dates=True,
            due_date_ranges=True,
            history=True,
            progress_timeline=True,
            viable_statuses=True,
            lookup=True,
            max_page_size=100,
            payment_states=True,
            reversible=frozenset({"status"}),  # any status can be set back by another
        ),
        connector="approval_console.connectors.approvepro:ApproveProConnector",
        demo_key="demo-approvepro",
        default_url="https://app.approvepro.com",
    ),
    "apruve": Backend(
        key="apruve",
        title="Apruve",
        capabilities=Capabilities(
            status_changes=False,  # states move by finalize, cancel and the buyer
            order_actions=True,
            max_page_size=100,
            invoices=True,
            shipments=True,
            returns=True,
            merchant=True,
            amounts=True,
        ),
        connector="approval_console.connectors.apruve:ApruveConnector",
        demo_key="demo-apruve",
        default_url="https://app.apruve.com",  # test.apruve.com: the test environment
    ),
    "wholesale": Backend(
        key="wholesale",
        title="Wholesale portal",
        capabilities=Capabilities(
            read_only=True,
            history=True,
            max_page_size=250,
            order_records=True,
            delta_sync=True,
            amounts=True,
        ),
        connector="approval_console.connectors.wholesale:WholesaleConnector",
        demo_key="demo-wholesale",
        default_url="https://portal.example.com",
    ),
    "arlo": Backend(
        key="arlo",
        title="Arlo",
        capabilities=Capabilities(
            review=True, review_options=True, max_page_size=100, amounts=True
        ),
        connector="approval_console.connectors.arlo:ArloConnector",
        demo_key="demo-arlo",
        default_url="https://yourorg.arlo.co",
        demo_options=(("username", "demo"),),
        user_option="username",  # HTTP Basic: a user name and its password
        secret_label=QT_TRANSLATE_NOOP("Backend", "password"),
    ),
    "spree": Backend(
        key="spree",
        title="Spree Commerce",
        capabilities=Capabilities(
            review=True,
            cancel_notify=True,
            order_records=True,
            max_page_size=100,
            amounts=True,
            payment_states=True,
        ),
        connector="approval_console.connectors.spree:SpreeConnector",
        demo_key="sk_demo_spree",
        default_url="https://shop.example.com",
        # Spree's admin edits an order at /admin/orders/<number>/edit. ApprovePro, Apruve,
        # Arlo and the wholesale portal document only their APIs, no page of an order in
        # their admin, so they offer no link.
        admin_link="{base}/admin/orders/{number}/edit",
    ),
}


def admin_link(backend: str, base_url: str, number: str) -> str | None:
    """The address of an order in its vendor's admin, or None where the vendor has none we
    know of. The base is the account's address as the person entered it."""
    known = BACKENDS.get(backend)
    if known is None or known.admin_link is None or not number:
        return None
    return known.admin_link.format(base=base_url.rstrip("/"), number=quote(number, safe=""))


def capabilities_of(backend: str) -> Capabilities | None:
    """What a backend can do; None for one this version does not know."""
    known = BACKENDS.get(backend)
    return known.capabilities if known is not None else None


def reversal_key(change: Change) -> str | None:
    """What kind of change this is for `Capabilities.reversible`: "status", or an order
    action's name ("approve", "cancel", "finalize"); None for changes nothing sets back
    (comments, invoices, shipments and returns add to an order)."""
    if isinstance(change, StatusChange):
        return "status"
    if isinstance(change, OrderAction):
        return change.action.value
    return None


def can_reverse(capabilities: Capabilities, change: Change) -> bool:
    """Whether this backend lets the console put an order back as it was before `change`:
    what decides that Undo is offered after it."""
    key = reversal_key(change)
    return key is not None and key in capabilities.reversible
