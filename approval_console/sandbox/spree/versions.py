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
- Fields: `packages/admin-sdk/src/types/generated/*.ts` of each. 5.6's Order lacks `cart_id`,
  `coupon_code`, the fee total, `company_location_id`, `seller_id`, `order_group_id`,
  `company_id` and `internal_note_html`; its LineItem `seller_id`; its Fulfillment the carrier,
  tracking-status, delivery-estimate, pickup and document fields; its Market says
  `country_isos` for `country_codes` and has no `tax_provider`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
    # Per record kind, the fields the sandbox renders (6.0's) that this release does not have,
    # and those it names otherwise (6.0 name -> this release's).
    absent_fields: dict[str, frozenset[str]] = field(default_factory=dict)
    renamed_fields: dict[str, dict[str, str]] = field(default_factory=dict)

    def column(self, name: str) -> str | None:
        """The column a Ransack attribute name reads, or None if it is not ransackable."""
        return self.attributes.get(name)

    def shape(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        """`body` (a record as 6.0 renders it) with this release's fields."""
        absent = self.absent_fields.get(kind, frozenset())
        renamed = self.renamed_fields.get(kind, {})
        if not absent and not renamed:
            return body
        return {renamed.get(k, k): v for k, v in body.items() if k not in absent}


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
    absent_fields={
        "order": frozenset(
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
        "line_item": frozenset({"seller_id"}),
        "fulfillment": frozenset(
            {
                "delivered_at",
                "documents",
                "estimated_delivery_at",
                "pickup_point_data",
                "provider_generates_labels",
                "selected_delivery_rate_id",
                "tracking_carrier",
                "tracking_carrier_name",
                "tracking_details",
                "tracking_status",
            }
        ),
        "market": frozenset({"tax_provider"}),
    },
    renamed_fields={"market": {"country_codes": "country_isos"}},
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
)

VERSIONS = {version.name: version for version in (SPREE_56, SPREE_60)}


def spree_version(name: str) -> SpreeVersion:
    """The release called `name` ("5.6" or "6.0"); ValueError for any other."""
    try:
        return VERSIONS[name]
    except KeyError:
        known = ", ".join(VERSIONS)
        raise ValueError(f"unknown Spree version {name!r} (known: {known})") from None
