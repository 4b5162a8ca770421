"""Which orders can take a status: answered from rules learnt before, asking only within a share
of the rate budget.

ApprovePro decides from an order's tags which statuses it may move to, and tells it one order
at a time. A thousand orders hold a few hundred tag sets: asking for each spent the whole
minute's budget before anything was sent, and delayed the change and every refresh after it.
So each answer is kept as a rule of its tag set and status (`store.status_rules`), and a plan
asks only for the largest groups no rule answers, never more than `PROBE_SHARE` of the limit,
never waiting for the limiter, never longer than `PROBE_SECONDS`. Groups left unasked are sent
all the same: the server's queue skips an order that cannot take the status, and the run's
report says so.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from approval_console.connectors.base import Connector
from approval_console.connectors.ratelimit import Priority
from approval_console.core import errors
from approval_console.core.domain import Order
from approval_console.core.i18n import translate
from approval_console.services.change_desk import ChangeDesk
from approval_console.store.status_rules import StatusRule, tag_key

log = logging.getLogger(__name__)

PROBE_SHARE = 0.25  # of the rate limit's requests per window, at most, for one plan's probes
PROBE_SECONDS = 1.5  # a plan stops asking after this long: it answers within two seconds
RULE_MAX_AGE = 24 * 3600.0  # an older rule is asked again when the budget allows


@dataclass(frozen=True, slots=True)
class Viability:
    """What a plan knows of which orders can take the status, and what knowing it cost."""

    answers: dict[str, bool]
    requests: int = 0
    unchecked: int = 0  # orders no rule answers and no probe was spent on
    from_rules: int = 0  # orders answered by rules learnt before

    def describe(self) -> str:
        """What the plan spent on knowing, in the person's words ("" when nothing is asked)."""
        parts: list[str] = []
        requests, unchecked = self.requests, self.unchecked
        if requests:
            parts.append(
                translate(
                    "Bulk",
                    "Checking which orders can take this status used %n request(s) of the "
                    "API's rate budget.",
                    "",
                    requests,
                )
            )
        elif self.from_rules:
            parts.append(
                translate(
                    "Bulk",
                    "Which orders can take this status is known from earlier answers: no "
                    "request was needed.",
                )
            )
        if unchecked:
            parts.append(
                translate(
                    "Bulk",
                    "%n order(s) were not checked, to save the rate budget for the change; "
                    "the server skips any that cannot take this status and the report will "
                    "say so.",
                    "",
                    unchecked,
                )
            )
        return " ".join(parts)


def probe_allowance(service: ChangeDesk, connector: Connector) -> int:
    """Probes a plan may send now: what is left of the share of this window's limit that
    probes may take (plans one after the other share it), and only what is free now."""
    budget = connector.budget()
    share = int(budget.limit * PROBE_SHARE)
    if budget.window > 0:
        sent = service.probes.setdefault(connector.account.id, deque())
        horizon = time.monotonic() - budget.window
        while sent and sent[0] <= horizon:
            sent.popleft()
        share -= len(sent)
    return max(0, min(share, budget.remaining))


def _answer(rules: Sequence[StatusRule], target: str, now: float) -> tuple[bool | None, bool]:
    """The newest rule's answer about `target`, and whether that rule is fresh."""
    for rule in rules:
        if rule.answers(target):
            return rule.allows(target), now - rule.learnt_at <= RULE_MAX_AGE
    return None, False


async def judge(
    service: ChangeDesk,
    connector: Connector,
    order_ids: Sequence[str],
    cached: Mapping[str, Order],
    status_code: str,
    limit: int,
) -> Viability:
    """Which of `order_ids` can take `status_code`: rules first, then at most `limit` probes,
    one per tag set, for the largest groups no fresh rule answers."""
    if not connector.capabilities.viable_statuses or not order_ids:
        return Viability({})
    account_id = connector.account.id
    groups: dict[str, list[str]] = {}
    for oid in order_ids:
        if oid in cached:
            groups.setdefault(tag_key(cached[oid].tags), []).append(oid)
    unknown_orders = sum(1 for oid in order_ids if oid not in cached)
    rules = await service.db.run(service.cache.rules.for_tags, account_id, list(groups))
    now = service.clock()
    answers: dict[str, bool] = {}
    stale: dict[str, bool] = {}
    to_ask: list[str] = []
    from_rules = 0
    for key, members in groups.items():
        answer, fresh = _answer(rules.get(key, ()), status_code, now)
        if answer is not None and fresh:
            answers.update(dict.fromkeys(members, answer))
            from_rules += len(members)
            continue
        if answer is not None:
            stale[key] = answer
        to_ask.append(key)
    to_ask.sort(key=lambda key: len(groups[key]), reverse=True)

    requests = 0
    loop = asyncio.get_running_loop()
    deadline = loop.time() + PROBE_SECONDS
    for key in to_ask:
        if requests >= limit or loop.time() > deadline:
            break
        members = groups[key]
        answer, spent = await _probe(
            service, connector, cached[members[0]], status_code, verify=requests + 2 <= limit
        )
        requests += spent
        service.probes.setdefault(account_id, deque()).extend([time.monotonic()] * spent)
        if answer is not None:
            answers.update(dict.fromkeys(members, answer))
            stale.pop(key, None)
    for key, answer in stale.items():  # better an old answer than none; asked again next time
        answers.update(dict.fromkeys(groups[key], answer))
        from_rules += len(groups[key])
    unchecked = unknown_orders + sum(
        len(members) for members in groups.values() if members[0] not in answers
    )
    return Viability(answers, requests, unchecked, from_rules)


async def _probe(
    service: ChangeDesk, connector: Connector, order: Order, status_code: str, *, verify: bool
) -> tuple[bool | None, int]:
    """Ask for one order of a tag set and learn the rule; the answer and the requests spent.
    A refusal is believed only after reading the order (see below), which `verify` allows."""
    account_id = connector.account.id
    try:
        statuses = await connector.viable_statuses(order.id)
    except errors.ApiError as error:
        log.info("viability probe failed: %s", error)
        return None, 1
    codes = {status.code for status in statuses}
    if status_code in codes:
        await service.db.run(
            service.cache.rules.learn,
            account_id,
            order.tags,
            order.status_code,
            codes,
            service.clock(),
        )
        return True, 1
    # The server lists the statuses an order may move to, never the one it has: an order our
    # own queued change (or someone else) has just moved to the target leaves it out. Read
    # the order: the rule is learnt for the status it really has, and only an order not in
    # the target proves its tags refuse it.
    if not verify:
        return None, 1
    try:
        detail = await connector.get_order(order.id, priority=Priority.INTERACTIVE)
    except errors.ApiError as error:
        log.info("could not check a viability probe: %s", error)
        return None, 2
    now_in = detail.order.status_code
    await service.db.run(
        service.cache.rules.learn, account_id, detail.order.tags, now_in, codes, service.clock()
    )
    if now_in == status_code:
        return None, 2
    return False, 2


async def forget_contradicted(
    service: ChangeDesk, account_id: str, orders: Sequence[Order]
) -> None:
    """The server did otherwise than the rules of these orders' tag sets said: drop them, so
    the next plan asks again."""
    keys = list(dict.fromkeys(tag_key(order.tags) for order in orders))
    if keys:
        await service.db.run(service.cache.rules.forget, account_id, keys)


async def prove(
    service: ChangeDesk,
    account_id: str,
    status_code: str,
    taken: Sequence[Order],
    refused: Sequence[Order],
) -> None:
    """Keep what a change proved: orders of these tag sets took the status, or the server's
    queue skipped them for it. The next plan answers from it without asking."""
    proofs: dict[str, tuple[set[str], set[str]]] = {}
    for order in taken:
        proofs.setdefault(tag_key(order.tags), (set(), set()))[0].add(status_code)
    for order in refused:
        proofs.setdefault(tag_key(order.tags), (set(), set()))[1].add(status_code)
    if proofs:
        await service.db.run(service.cache.rules.prove, account_id, proofs, service.clock())
