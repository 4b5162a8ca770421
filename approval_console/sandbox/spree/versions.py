"""What differs between the Spree releases the sandbox can play: 5.6 (the latest release) and 6.0.

Taken from Spree's source (`spree/spree`, tag v5.6.1 and main):

- `spree/core/app/models/spree/order.rb` whitelists the Ransack attributes; with
  `Spree::RansackableAttributes` adding `id name updated_at created_at position` to every model.
  5.6.1: `completed_at email number state status payment_state shipment_state total item_total
  item_count considered_risky channel_id currency`. main (6.0): `completed_at email number status
  payment_status payment_state fulfillment_status shipment_state delivery_total total item_total
  total_quantity considered_risky channel_id currency coupon_code seller_id order_group_id`.
  6.0 dropped the `state` column (no state machine), so `q[state_eq]` is an unknown condition
  there, which Ransack ignores. 6.0 keeps `payment_state`/`shipment_state` as `alias_attribute`s of
  the new columns (Arel resolves the alias), so those filters read 6.0's words there. In 5.6 the
  new names are aliases too, but not whitelisted: `q[payment_status_in][]` is ignored.
- Scopes (both): `complete incomplete refunded partially_refunded search multi_search`.
- Vocabularies: 5.6 `Order::PAYMENT_STATES` / `SHIPMENT_STATES`; 6.0 `Order::PAYMENT_STATUSES`
  and the fulfillment words `Orders::UpdateStatuses` derives. `status` is draft, placed, canceled
  in both (`Order::STATUSES`).
- Order fields: `packages/admin-sdk/src/types/generated/Order.ts` of each; 5.6's lacks `cart_id`,
  `coupon_code`, the fee total, `company_location_id`, `seller_id`, `order_group_id`,
  `company_id` and `internal_note_html`.
"""

from __future__ import annotations

from dataclasses import dataclass

LATEST_RELEASE = "5.6"
DEFAULT_ATTRIBUTES = ("id", "name", "updated_at", "created_at", "position")
SCOPES = frozenset(
    {"complete", "incomplete", "refunded", "partially_refunded", "search", "multi_search"}
)


@dataclass(frozen=True)
class SpreeVersion:
    name: str
    # Ransack name -> the sandbox's column it reads (aliases point at the real column).
    attributes: dict[str, str]
    payment_statuses: tuple[str, ...]
    fulfillment_statuses: tuple[str, ...]
    has_state: bool  # the checkout state machine and its `state` column (5.6)
    absent_order_fields: frozenset[str]  # admin order fields this release does not render

    def column(self, name: str) -> str | None:
        """The column a Ransack attribute name reads, or None if it is not ransackable."""
        return self.attributes.get(name)


def _columns(names: str, **aliases: str) -> dict[str, str]:
    table = {name: name for name in (*DEFAULT_ATTRIBUTES, *names.split())}
    table.update(aliases)
    return table


SPREE_56 = SpreeVersion(
    name="5.6",
    attributes=_columns(
        "completed_at email number state status total item_total considered_risky channel_id "
        "currency",
        # 5.6's columns are `payment_state`, `shipment_state` and `item_count`; the sandbox keeps
        # them under the 6.0 names, which 5.6 aliases but does not whitelist.
        payment_state="payment_status",
        shipment_state="fulfillment_status",
        item_count="total_quantity",
    ),
    payment_statuses=("balance_due", "credit_owed", "failed", "paid", "void"),
    fulfillment_statuses=("backorder", "canceled", "partial", "pending", "ready", "shipped"),
    has_state=True,
    absent_order_fields=frozenset(
        {
            "cart_id",
            "coupon_code",
            "fee_total",
            "display_fee_total",
            "company_location_id",
            "seller_id",
            "order_group_id",
            "company_id",
            "internal_note_html",
        }
    ),
)

SPREE_60 = SpreeVersion(
    name="6.0",
    attributes=_columns(
        "completed_at email number status payment_status fulfillment_status delivery_total total "
        "item_total total_quantity considered_risky channel_id currency coupon_code seller_id "
        "order_group_id",
        payment_state="payment_status",
        shipment_state="fulfillment_status",
    ),
    payment_statuses=(
        "none",
        "authorized",
        "partially_paid",
        "paid",
        "partially_refunded",
        "refunded",
        "overcharged",
        "voided",
    ),
    # Per fulfillment: unfulfilled, fulfilled, delivered, canceled; the order adds `partial`
    # (some handed over) and `backorder`.
    fulfillment_statuses=(
        "unfulfilled",
        "fulfilled",
        "delivered",
        "canceled",
        "partial",
        "backorder",
    ),
    has_state=False,
    absent_order_fields=frozenset(),
)

VERSIONS = {version.name: version for version in (SPREE_56, SPREE_60)}


def spree_version(name: str) -> SpreeVersion:
    """The release called `name` ("5.6" or "6.0"); ValueError for any other."""
    try:
        return VERSIONS[name]
    except KeyError:
        known = ", ".join(VERSIONS)
        raise ValueError(f"unknown Spree version {name!r} (known: {known})") from None
