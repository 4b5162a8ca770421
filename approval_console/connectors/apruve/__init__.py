"""Apruve v4: B2B purchase orders, their invoices, shipments and returns, and the merchant.

Written from the Apruve v4 document. Orders move new -> pending (finalize) -> accepted (the
buyer approves, outside this API) or canceled; invoices pending -> open (issue) -> funded (the
bank pays, outside this API) -> closed, or canceled. Amounts travel as integer cents and become
exact `Money` in the payload's currency.

Where the document is silent:
- Rate limits are not documented; a polite client-side limit (120 a minute, `rate_limit` and
  `rate_window` options) keeps a full sync from hammering the server.
- Listings are JSON arrays; `Total`, `Per-Page` and `Link` headers give the extent when present.
  Without them a full page is taken to mean there may be more.
- `GET /orders` filters only by `merchant_order_id` (exact). The console's search text is sent
  as that; a status filter (which the sync service uses) is applied here over every page.
- The merchant id needed by the merchant endpoints comes from the account option
  `merchant_id`, else from the merchant's orders (each names it).
- Every request that creates or changes something is sent once (`idempotent=False`): a lost
  answer means "outcome unknown", never a blind repeat that could bill a buyer twice.
- A real server sends more than the document's examples: what Apruve's own Ruby client
  (apruve-ruby, `lib/apruve/resources/`) reads, such as an order's `po_number` and
  `updated_at` or a corporate account's credit. Fields the console has no place for are read
  past; `merchant_shipment_id` is text (the document's table), read as text when it comes as
  a number (the document's examples).

`client` holds the REST calls, `parse` reads Apruve's JSON, `serialise` writes request bodies,
and `connector` is the adapter the console uses.
"""

from approval_console.connectors.apruve.client import (
    ACCEPT,
    API_KEY_HEADER,
    API_PREFIX,
    PAGE_MAX,
    ApruveClient,
    apruve_error_message,
)
from approval_console.connectors.apruve.connector import BACKEND, CAPABILITIES, ApruveConnector
from approval_console.connectors.apruve.parse import DEFAULT_CURRENCY, STATE_COLORS

__all__ = [
    "ACCEPT",
    "API_KEY_HEADER",
    "API_PREFIX",
    "BACKEND",
    "CAPABILITIES",
    "DEFAULT_CURRENCY",
    "PAGE_MAX",
    "STATE_COLORS",
    "ApruveClient",
    "ApruveConnector",
    "apruve_error_message",
]
