"""An order's expanded `customer` and addresses, with every field the admin SDK's types require.

Fields from `packages/admin-sdk/src/types/generated/Customer.ts` and `Address.ts` of each release
(v5.6.1 and main), values as `Admin::CustomerSerializer` and `Admin::AddressSerializer` compute
them: `orders_count`, `total_spent` and `last_order_completed_at` over the customer's completed
orders (`user.orders.complete`), `total_spent` shown in the store's currency whatever each
order's was. 5.6 has the Devise sign-in fields and `login`; 6.0 dropped them and added
`internal_note`, and for addresses `country_code`, `state_code`, `latitude` and `longitude`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .models import ZERO, Address, Customer, Order
from .money import amount, display
from .stamps import ts
from .versions import SpreeVersion

STORE_CURRENCY = "USD"
COUNTRIES = {"US": "United States", "DE": "Germany", "FR": "France", "GB": "United Kingdom"}
STATES = {"TX": "Texas", "OR": "Oregon", "CO": "Colorado"}


def customer(item: Customer, orders: Sequence[Order], version: SpreeVersion) -> dict[str, Any]:
    """`orders` are all of this customer's, oldest first; the newest address is the default."""
    complete = [order for order in orders if order.completed_at is not None]
    spent = sum((order.total for order in complete), ZERO)
    latest = orders[-1].billing_address if orders else None
    body: dict[str, Any] = {
        "id": item.id,
        "email": item.email,
        "first_name": item.first_name,
        "last_name": item.last_name,
        "phone": latest.phone if latest else None,
        "accepts_email_marketing": _marketing(item),
        "full_name": f"{item.first_name} {item.last_name}",
        "available_store_credit_total": amount(ZERO),
        "display_available_store_credit_total": display(ZERO, STORE_CURRENCY),
    }
    if version.has_state:
        body.update(
            login=item.email,
            metadata={},
            last_sign_in_at=None,
            current_sign_in_at=None,
            created_at=ts(item.created_at),
            updated_at=ts(item.created_at),
            sign_in_count=0,
            failed_attempts=0,
            last_sign_in_ip=None,
            current_sign_in_ip=None,
        )
    else:
        body.update(
            failed_attempts=0,
            metadata={},
            created_at=ts(item.created_at),
            updated_at=ts(item.created_at),
        )
    body["tags"] = []
    if not version.has_state:
        body["internal_note"] = None
    body.update(
        internal_note_html=None,
        default_billing_address_id=latest.id if latest else None,
        default_shipping_address_id=latest.id if latest else None,
        orders_count=len(complete),
        total_spent=amount(spent),
        display_total_spent=display(spent, STORE_CURRENCY),
        last_order_completed_at=_last_completed(complete),
        customer_group_ids=[],
    )
    return body


def address(
    item: Address, owner: Customer, default_id: str | None, version: SpreeVersion
) -> dict[str, Any]:
    is_default = item.id == default_id
    body: dict[str, Any] = {
        "id": item.id,
        "first_name": item.first_name,
        "last_name": item.last_name,
        "full_name": f"{item.first_name} {item.last_name}",
        "address1": item.address1,
        "address2": None,
        "postal_code": item.postal_code,
        "city": item.city,
        "phone": item.phone,
        "company": None,
        "country_name": COUNTRIES.get(item.country_iso, item.country_iso),
    }
    if not version.has_state:
        body.update(country_code=item.country_iso)
    else:
        body.update(country_iso=item.country_iso)
    # `Address#state_text`: the state's abbreviation, else its name, else the free text.
    body["state_text"] = item.state_abbr
    if not version.has_state:
        body["state_code"] = item.state_abbr
    body.update(
        quick_checkout=False,
        is_default_billing=is_default,
        is_default_shipping=is_default,
        state_abbr=item.state_abbr,
    )
    if not version.has_state:
        body["country_iso"] = item.country_iso
    body.update(
        state_name=STATES.get(item.state_abbr or ""),
        label=None,
        metadata={},
        created_at=ts(item.created_at),
        updated_at=ts(item.created_at),
    )
    if not version.has_state:
        body.update(latitude=None, longitude=None)
    body["customer_id"] = owner.id
    return body


def _marketing(item: Customer) -> bool:
    """About a third of the customers opted in (fixed by their id, so the data stays seeded)."""
    return sum(map(ord, item.id)) % 3 == 0


def _last_completed(complete: Sequence[Order]) -> str | None:
    """`value.iso8601` on a UTC time: whole seconds, `Z`."""
    moments = [order.completed_at for order in complete if order.completed_at is not None]
    if not moments:
        return None
    stamp = ts(max(moments))
    return None if stamp is None else stamp[:19] + "Z"
