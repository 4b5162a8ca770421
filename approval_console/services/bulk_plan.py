"""A bulk status change before it runs: which orders already have the status, which can take
it, how many requests and how long; and its progress once running.

The plan is what the person confirms, and what `services.bulk.BulkRun` sends. Whether an order
can take the status comes from rules learnt per tag set and status (`services.viability`):
the second plan of the same orders asks the server nothing.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from approval_console.connectors.base import Connector
from approval_console.core.changes import StatusChange
from approval_console.core.domain import Order
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.services import meanwhile
from approval_console.services.change_desk import ChangeDesk
from approval_console.services.viability import Viability, judge, probe_allowance
from approval_console.store.journal import JournalEntry
from approval_console.store.orders import OrderFilter

log = logging.getLogger(__name__)

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
    viability: Viability | None = None  # what knowing which orders can take it cost

    def budget_words(self) -> str:
        """What the plan spent of the rate budget on asking which orders can take the status,
        and how many it left unasked, in the person's words ("" when it asked nothing)."""
        return self.viability.describe() if self.viability is not None else ""

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


def _newest_first(ids: Sequence[str]) -> list[str]:
    """Numeric ids highest first, as a newest-first listing shows them; others keep their order."""
    if not all(oid.isdigit() for oid in ids):
        return list(ids)
    return sorted(ids, key=int, reverse=True)


def _balanced(total: int, parts: int) -> list[int]:
    """`total` split into `parts` counts differing by one at most, the larger ones first."""
    base, extra = divmod(total, parts)
    return [base + (1 if index < extra else 0) for index in range(parts)]


def _interleave(viable: list[str], doubtful: list[str], size: int) -> list[str]:
    """Orders in chunks of `size` (as the run cuts them), newest first, each chunk with orders
    expected to apply (one that shows proves the chunk ran) and its share of those expected to
    be skipped.

    Each chunk holds a run of neighbouring ids, so the chunks of one burst fill a few
    neighbouring pages of the target's newest-first listing and their confirmation reads those
    pages, not the whole listing again.
    """
    viable, doubtful = _newest_first(viable), _newest_first(doubtful)
    total = len(viable) + len(doubtful)
    chunk_count = max(1, math.ceil(total / size))
    sizes = [size] * (chunk_count - 1) + [total - size * (chunk_count - 1)]
    skipped = _balanced(len(doubtful), chunk_count)
    overflow = max(0, skipped[-1] - sizes[-1])
    skipped[-1] -= overflow
    index = 0
    while overflow and chunk_count > 1:
        if skipped[index] < sizes[index]:
            skipped[index] += 1
            overflow -= 1
        index = (index + 1) % (chunk_count - 1)
    ordered: list[str] = []
    taken_viable = taken_doubtful = 0
    for chunk_size, rest in zip(sizes, skipped, strict=True):
        share = chunk_size - rest
        ordered += viable[taken_viable : taken_viable + share]
        ordered += doubtful[taken_doubtful : taken_doubtful + rest]
        taken_viable += share
        taken_doubtful += rest
    return ordered


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

    viability = await judge(
        service, connector, rest, cached, change.status_code, probe_allowance(service, connector)
    )
    viable, requests = viability.answers, viability.requests
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
    check = await meanwhile.plan_check(service, connector, cached, to_send)
    if check.source is not None:
        # The source's listing, read before each burst, both checks and confirms (by the
        # orders leaving it); the target's listing gets what is left, a page at least.
        confirm_requests = check.pages + 1
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
        check=check,
        viability=viability,
    )
