"""Spree 5.6 and 6.0 side by side: each release's Ransack whitelist and status words.

Real Spree drops a `q[...]` condition its whitelist does not name (Ransack's
`ignore_unknown_conditions`): the filter returns every order instead of failing. So a client
filtering on `state` against 6.0 silently gets canceled orders too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import httpx
import pytest

from tests.conftest import SandboxProcess, start_sandbox

KEY = {"X-Spree-Api-Key": "sk_demo_spree"}
STATUSES = {"draft", "placed", "canceled"}
PAYMENT_56 = {"balance_due", "credit_owed", "failed", "paid", "void"}
FULFILLMENT_56 = {"backorder", "canceled", "partial", "pending", "ready", "shipped"}
PAYMENT_60 = {
    "none",
    "authorized",
    "partially_paid",
    "paid",
    "partially_refunded",
    "refunded",
    "overcharged",
    "voided",
}
FULFILLMENT_60 = {"unfulfilled", "fulfilled", "delivered", "canceled", "partial", "backorder"}


def _start(version: str | None) -> Iterator[SandboxProcess]:
    extra = ("--spree-version", version) if version else ()
    process = start_sandbox("--orders", "10", "--seed", "7", "--rate-window", "0", *extra)
    yield process
    process.stop()


@pytest.fixture(scope="module")
def v56() -> Iterator[SandboxProcess]:
    yield from _start(None)  # the default is the latest release


@pytest.fixture(scope="module")
def v60() -> Iterator[SandboxProcess]:
    yield from _start("6.0")


def every(sandbox: SandboxProcess, **params: object) -> list[dict]:
    rows: list[dict] = []
    page = 1
    with httpx.Client(base_url=sandbox.url + "/api/v3/admin", headers=KEY, timeout=10) as c:
        while page:
            response = c.get("/orders", params={"limit": 100, "page": page, **params})
            assert response.status_code == 200, response.text
            rows += response.json()["data"]
            page = response.json()["meta"]["next"]
    return rows


def ids(rows: Iterable[dict]) -> set[str]:
    return {row["id"] for row in rows}


def test_status_filters_narrow_on_both(v56, v60) -> None:
    for sandbox in (v56, v60):
        everything = every(sandbox)
        canceled = every(sandbox, **{"q[status_eq]": "canceled"})
        assert canceled and ids(canceled) == ids(o for o in everything if o["status"] == "canceled")
        open_ones = every(sandbox, **{"q[status_in][]": ["draft", "placed"]})
        assert ids(open_ones) == ids(everything) - ids(canceled)
        hidden = every(sandbox, **{"q[status_not_eq]": "canceled"})
        assert ids(hidden) == ids(open_ones)


def test_state_filters_work_on_56_and_are_ignored_on_60(v56, v60) -> None:
    everything = every(v56)
    canceled = every(v56, **{"q[state_eq]": "canceled"})
    assert canceled and {o["status"] for o in canceled} == {"canceled"}
    assert len(every(v56, **{"q[state_not_eq]": "canceled"})) == len(everything) - len(canceled)
    complete = every(v56, **{"q[state_in][]": ["complete"]})
    assert complete and {o["status"] for o in complete} == {"placed"}
    # 6.0 has no `state`: each of these returns every order, canceled ones included.
    all_60 = ids(every(v60))
    for condition in (
        {"q[state_eq]": "canceled"},
        {"q[state_in][]": ["complete"]},
        {"q[state_not_eq]": "canceled"},
    ):
        assert ids(every(v60, **condition)) == all_60, condition


def test_payment_and_fulfillment_filters_by_release(v56, v60) -> None:
    all_56, all_60 = every(v56), every(v60)
    # 5.6 whitelists the old names only; its `*_status` fields are unfilterable aliases.
    paid = every(v56, **{"q[payment_state_eq]": "paid"})
    assert paid and {o["payment_status"] for o in paid} == {"paid"}
    assert ids(every(v56, **{"q[payment_status_eq]": "paid"})) == ids(all_56)
    shipped = every(v56, **{"q[shipment_state_in][]": ["shipped"]})
    assert shipped and {o["fulfillment_status"] for o in shipped} == {"shipped"}
    assert ids(every(v56, **{"q[fulfillment_status_eq]": "shipped"})) == ids(all_56)
    # 6.0 names them `payment_status` / `fulfillment_status`; the old names are aliases of them.
    waiting = every(v60, **{"q[fulfillment_status_in][]": ["unfulfilled", "backorder"]})
    assert waiting and {o["fulfillment_status"] for o in waiting} <= {"unfulfilled", "backorder"}
    assert ids(every(v60, **{"q[shipment_state_in][]": ["unfulfilled", "backorder"]})) == ids(
        waiting
    )
    voided = every(v60, **{"q[payment_status_eq]": "voided"})
    assert voided and {o["status"] for o in voided} == {"canceled"}
    # A 5.6 word filters 6.0's column, where no order carries it.
    assert every(v60, **{"q[payment_state_eq]": "balance_due"}) == []
    assert len(all_60) == len(all_56)


def test_only_the_whitelist_filters(v56, v60) -> None:
    for sandbox in (v56, v60):
        total = len(every(sandbox))
        risky = every(sandbox, **{"q[considered_risky_eq]": "true"})
        assert 0 < len(risky) < total
        # Real columns outside `ransackable_attributes` are ignored like unknown names.
        for name in ("approved_at_null", "canceler_id_null", "customer_id_eq", "secret_eq"):
            assert len(every(sandbox, **{f"q[{name}]": "1"})) == total, name
        # Whitelisted scopes apply; a false value skips an argument-less one.
        drafts = every(sandbox, **{"q[incomplete]": "1"})
        assert drafts and {o["status"] for o in drafts} == {"draft"}
        assert len(every(sandbox, **{"q[incomplete]": "false"})) == total
        some = every(sandbox)[3]
        assert some["id"] in ids(every(sandbox, **{"q[search]": some["number"][2:8]}))


def test_vocabularies(v56, v60) -> None:
    rows_56, rows_60 = every(v56), every(v60)
    assert {o["status"] for o in rows_56} == STATUSES == {o["status"] for o in rows_60}
    assert {o["payment_status"] for o in rows_56} - {None} <= PAYMENT_56
    assert {o["fulfillment_status"] for o in rows_56} - {None} <= FULFILLMENT_56
    words_60 = {o["payment_status"] for o in rows_60} - {None}
    assert words_60 <= PAYMENT_60
    assert {"paid", "authorized", "voided", "refunded", "partially_refunded"} <= words_60
    fulfillment_60 = {o["fulfillment_status"] for o in rows_60} - {None}
    assert fulfillment_60 <= FULFILLMENT_60
    assert {"unfulfilled", "fulfilled", "delivered", "canceled"} <= fulfillment_60


def test_sort_follows_the_whitelist(v56, v60) -> None:
    by_status = [o["status"] for o in every(v60, sort="status")]
    assert by_status == sorted(by_status)
    # `state` is not sortable on 6.0: the default order (newest first) stands.
    default = [o["id"] for o in every(v60)]
    assert [o["id"] for o in every(v60, sort="state")] == default
    quantities = [o["total_quantity"] for o in every(v60, sort="-total_quantity")]
    assert quantities == sorted(quantities, reverse=True)
    counted = [o["total_quantity"] for o in every(v56, sort="item_count")]
    assert counted == sorted(counted)
