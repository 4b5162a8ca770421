"""A bulk status change before it runs: which orders already have the status, which can take
it, how many requests and how long; and its progress once running.

The plan is what the person confirms, and what `services.bulk.BulkRun` sends. Whether an order
can take the status is asked once per distinct tag set (the server's rule), for the largest
groups, so planning a thousand orders costs a few dozen requests.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from approval_console.connectors.base import Connector
from approval_console.connectors.ratelimit import Priority
from approval_console.core import errors
from approval_console.core.changes import StatusChange
from approval_console.core.domain import Order
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.services import meanwhile
from approval_console.services.change_desk import ChangeDesk
from approval_console.store.journal import JournalEntry
from approval_console.store.orders import OrderFilter

log = logging.getLogger(__name__)

VIABILITY_PROBES = 25
NOT_VIABLE = QT_TRANSLATE_NOOP("Bulk", "This status is not available for this order.")


@dataclass(frozen=True)
class BulkPlan:
    """What a bulk change will do, shown before it runs."""

    account_id: str
    change: StatusChange
    order_ids: tuple[str, ...]
    to_send: tuple[str, ...]
    already: tuple[str, ...] = ()
    not_viable: dict[str, str] = field(default_factory=dict)
    viable: dict[str, bool] = field(default_factory=dict)
    bulk_requests: int = 0
    estimated_requests: int = 0
    eta_seconds: float = 0.0
    before: dict[str, str | None] = field(default_factory=dict)
    entries: tuple[JournalEntry, ...] = ()
    check: meanwhile.BulkCheck | None = None  # None: sent as it is (resumed, or applied anyway)

    @property
    def total(self) -> int:
        return len(self.order_ids)

    def sending(self, change: StatusChange) -> BulkPlan:
        """This plan, sending `change` instead.

        A plan depends on the orders and the target status only: which orders already have it,
        which can take it, how many requests and how long. The comment, the emails, the send
        time and the due date ride along in each request and change none of that (the queue
        skips an order already in the status whatever else is asked), so choosing them never
        needs a new plan. Another status does.
        """
        if change.status_code != self.change.status_code:
            raise ValueError(
                f"a plan for {self.change.status_code} cannot send {change.status_code}"
            )
        return replace(self, change=change)

    def anyway(self, order_ids: Sequence[str]) -> BulkPlan:
        """The plan for orders held back as changed meanwhile, sent as they are now and
        unchecked: the person chose to apply it anyway."""
        ids = tuple(order_ids)
        return replace(
            self,
            order_ids=ids,
            to_send=ids,
            already=(),
            not_viable={oid: why for oid, why in self.not_viable.items() if oid in ids},
            viable={oid: ok for oid, ok in self.viable.items() if oid in ids},
            before={oid: self.before.get(oid) for oid in ids},
            entries=(),
            check=None,
        )

    @classmethod
    def from_entries(
        cls, account_id: str, change: StatusChange, entries: Sequence[JournalEntry]
    ) -> BulkPlan:
        ids = tuple(entry.order_id for entry in entries)
        return cls(account_id, change, ids, ids, entries=tuple(entries))


@dataclass(frozen=True, slots=True)
class BulkProgress:
    total: int
    sent: int
    applied: int
    not_applied: int
    unknown: int
    skipped: int
    eta_seconds: float
    done: bool = False

    @property
    def resolved(self) -> int:
        return self.applied + self.not_applied + self.unknown + self.skipped


def _interleave(viable: list[str], doubtful: list[str], size: int) -> list[str]:
    """Spread orders expected to be skipped across chunks, so each chunk has one that shows."""
    chunk_count = max(1, math.ceil((len(viable) + len(doubtful)) / size))
    chunks: list[list[str]] = [[] for _ in range(chunk_count)]
    for index, order_id in enumerate([*viable, *doubtful]):
        chunks[index % chunk_count].append(order_id)
    return [order_id for chunk in chunks for order_id in chunk]


async def probe_viability(
    connector: Connector,
    order_ids: Sequence[str],
    cached: dict[str, Order],
    status_code: str,
    limit: int,
) -> tuple[dict[str, bool], int]:
    """Which orders can take the status, asking once per distinct tag set (the server's rule).

    Orders of the `limit` largest tag groups get an answer; the rest stay unknown, as do
    those whose probe failed or was unclear (see `_refusal_stands`). Also returns how many
    requests the asking took.
    """
    if not connector.capabilities.viable_statuses:
        return {}, 0
    groups: dict[tuple[str, ...], list[str]] = {}
    for oid in order_ids:
        if oid in cached:
            groups.setdefault(tuple(sorted(cached[oid].tags)), []).append(oid)
    answers: dict[str, bool] = {}
    asked = sorted(groups.values(), key=len, reverse=True)[:limit]
    requests = 0
    for members in asked:
        requests += 1
        try:
            statuses = await connector.viable_statuses(members[0])
        except errors.ApiError as error:
            log.info("viability probe failed: %s", error)
            continue
        ok = status_code in {status.code for status in statuses}
        if not ok:
            requests += 1
            if not await _refusal_stands(connector, members[0], status_code):
                continue
        answers.update(dict.fromkeys(members, ok))
    return answers, requests


async def _refusal_stands(connector: Connector, order_id: str, status_code: str) -> bool:
    """Whether a probe's "not available" speaks for the order's tags.

    The server lists the statuses an order may move to, never the one it has: asked about an
    order our own queued change has just reached, it leaves the target out. Read after the
    probe, an order not in the target status was not in it when probed either; one in it, or
    one that cannot be read, proves nothing, and a person is never told "not available" on
    the strength of it.
    """
    try:
        detail = await connector.get_order(order_id, priority=Priority.INTERACTIVE)
    except errors.ApiError as error:
        log.info("could not check a viability probe: %s", error)
        return False
    return detail.order.status_code != status_code


async def plan_bulk(
    service: ChangeDesk,
    connector: Connector,
    order_ids: Sequence[str],
    change: StatusChange,
) -> BulkPlan:
    """Split the selection: already there (skipped), expected to apply, expected to be refused."""
    account_id = connector.account.id
    ids = list(dict.fromkeys(order_ids))
    cached: dict[str, Order] = await service.db.run(service.cache.get_many, account_id, ids)
    already = [
        oid for oid in ids if oid in cached and cached[oid].status_code == change.status_code
    ]
    skipped = set(already)
    rest = [oid for oid in ids if oid not in skipped]

    viable, requests = await probe_viability(
        connector, rest, cached, change.status_code, VIABILITY_PROBES
    )
    not_viable = {oid: translate("Bulk", NOT_VIABLE) for oid, ok in viable.items() if not ok}

    # Orders known to take the status first, so each chunk holds one whose change will show.
    known = [oid for oid in rest if viable.get(oid) is True]
    unprobed = [oid for oid in rest if oid not in viable]
    doubtful = [oid for oid in rest if viable.get(oid) is False]
    to_send = _interleave([*known, *unprobed], doubtful, connector.capabilities.bulk_max)
    bulk_requests = math.ceil(len(to_send) / connector.capabilities.bulk_max)
    in_target = await service.db.run(
        service.cache.count, account_id, OrderFilter(status_codes=(change.status_code,))
    )
    pages = math.ceil((in_target + len(to_send)) / connector.capabilities.max_page_size) or 1
    budget = connector.budget()
    sending = connector.estimate_seconds(0, bulk_requests)
    bursts = 1 + int(sending // budget.window) if budget.window > 0 else 1
    confirm_requests = bursts * pages
    eta = connector.estimate_seconds(confirm_requests, bulk_requests) + service.first_check_delay
    return BulkPlan(
        account_id=account_id,
        change=change,
        order_ids=tuple(ids),
        to_send=tuple(to_send),
        already=tuple(already),
        not_viable=not_viable,
        viable=viable,
        bulk_requests=bulk_requests,
        estimated_requests=requests + bulk_requests + confirm_requests,
        eta_seconds=eta,
        before={oid: cached[oid].status_code if oid in cached else None for oid in ids},
        check=await meanwhile.plan_check(service, connector, cached, to_send),
    )
