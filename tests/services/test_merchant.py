"""The merchant service against the real Apruve sandbox: reads every page of corporate
accounts, and carries webhook changes through the journal to the server and back.

A webhook change is settled in the journal as an order change is: applied, refused, or, when
its answer was lost, by what the endpoint list shows afterwards. The auth header a webhook
carries is a secret of the receiving system and never reaches the journal.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from approval_console.app import Console
from approval_console.core import errors
from approval_console.core.accounts import Account
from approval_console.core.billing import WebhookEndpoint
from approval_console.core.changes import (
    CreateWebhook,
    DeleteWebhook,
    change_from_json,
    change_to_json,
)
from approval_console.core.paths import Paths
from approval_console.core.settings import url_problem
from approval_console.services.merchant import (
    NoMerchantError,
    merchant_subject,
    webhook_url_problem,
)
from approval_console.store.journal import EntryState, JournalEntry
from tests.conftest import SandboxProcess, start_sandbox

ACCOUNT = "apruve-merchant"
KEY = "demo-apruve"
SECRET = "Bearer s3cr3t-0a1b2c3d"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = start_sandbox("--seed", "17", "--rate-window", "0")
    yield process
    process.stop()


class DropFirstAnswer(httpx.AsyncBaseTransport):
    """Forwards to the sandbox; the first change's answer is lost after the server applied it."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.dropped = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.method in ("POST", "DELETE") and self.dropped == 0:
            await response.aread()
            self.dropped += 1
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
def make_console(tmp_path: Path, memory_keyring: object) -> Iterator[Any]:
    consoles: list[Console] = []

    def make(url: str, transport: httpx.AsyncBaseTransport | None = None) -> Console:
        console = Console(Paths.in_profile(tmp_path / "profile"), transport=transport)
        account = Account(id=ACCOUNT, backend="apruve", name="Northwind", base_url=url, options={})
        console.add_account(account, KEY)
        consoles.append(console)
        return console

    yield make
    for console in consoles:
        console.close()


def run(console: Console, body: Any) -> Any:
    """`body()` on a fresh event loop; the console's connectors are closed on that loop."""

    async def main() -> Any:
        try:
            return await body()
        finally:
            await console.aclose()

    return asyncio.run(main())


def server(sandbox: SandboxProcess) -> dict[str, Any]:
    with sandbox.admin() as client:
        response = client.get("/_sandbox/apruve/overview")
        response.raise_for_status()
    merchant: dict[str, Any] = next(m for m in response.json()["merchants"] if m["api_key"] == KEY)
    return merchant


def server_webhooks(sandbox: SandboxProcess, merchant_id: str) -> list[str]:
    """The urls the server keeps, read apart from the console."""
    with httpx.Client(base_url=sandbox.url, headers={"Apruve-Api-Key": KEY}) as client:
        response = client.get(f"/api/v4/merchants/{merchant_id}/webhook_endpoints")
        response.raise_for_status()
    return [endpoint["url"] for endpoint in response.json()]


def history(console: Console, merchant_id: str) -> list[JournalEntry]:
    return console.db_thread.call(console.journal.history, ACCOUNT, merchant_subject(merchant_id))


# ---- the address rule ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://hooks.example.com/apruve", True),
        ("  https://hooks.example.com/apruve  ", True),
        ("http://localhost:8080/hook", True),
        ("http://127.0.0.1/hook", True),
        ("http://hooks.example.com/apruve", False),
        ("ftp://hooks.example.com", False),
        ("hooks.example.com/apruve", False),
        ("https://", False),
        ("https://exa mple.com", False),
        ("https://example.com:99999/", False),
        ("", False),
    ],
)
def test_webhook_url_rule(url: str, ok: bool) -> None:
    assert (webhook_url_problem(url) is None) is ok
    assert webhook_url_problem(url) == url_problem(url)  # one rule, one wording


def test_webhook_changes_survive_the_journal_round_trip() -> None:
    for change in (
        CreateWebhook("https://hooks.example.com/a", "v4", with_auth_header=True),
        DeleteWebhook("w1", "https://hooks.example.com/a"),
    ):
        assert change_from_json(change.kind, change_to_json(change)) == change


# ---- reading -----------------------------------------------------------------------------------


def test_overview_reads_every_page_of_corporate_accounts(sandbox, make_console):
    console = make_console(sandbox.url)
    console.merchant.accounts_page_size = 3
    truth = server(sandbox)
    overview = run(console, lambda: console.merchant.overview(ACCOUNT))
    assert overview.merchant.id == truth["id"] and overview.merchant.name == truth["name"]
    assert len(truth["corporate_accounts"]) > 3  # more than one page
    assert [a.id for a in overview.accounts] == [a["id"] for a in truth["corporate_accounts"]]
    assert [w.url for w in overview.webhooks] == server_webhooks(sandbox, truth["id"])


def test_an_account_without_a_merchant_is_refused_in_words(tmp_path, memory_keyring):
    console = Console(Paths.in_profile(tmp_path / "other"))
    try:
        account = Account(
            id="ap",
            backend="approvepro",
            name="Workshop",
            base_url="https://ap.example",
            options={},
        )
        console.add_account(account, "key")
        with pytest.raises(NoMerchantError) as refused:
            run(console, lambda: console.merchant.overview("ap"))
        assert "“Workshop” has no merchant settings" in refused.value.message
    finally:
        console.close()


# ---- webhook changes through the journal ----------------------------------------------------


def test_add_and_remove_are_journaled_applied_and_keep_no_secret(sandbox, make_console):
    console = make_console(sandbox.url)
    merchant_id = server(sandbox)["id"]
    url = "https://hooks.example.com/service-added"

    async def walk():
        added = await console.merchant.add_webhook(ACCOUNT, f"  {url} ", f" {SECRET} ")
        assert added.failure is None and added.result is not None
        api, _merchant = await console.merchant.backend(ACCOUNT)
        listed = await api.list_webhook_endpoints()
        removed = await console.merchant.remove_webhook(ACCOUNT, added.result)
        return added, listed, removed

    added, listed, removed = run(console, walk)
    assert added.result is not None
    assert [(e.url, e.auth_header) for e in listed if e.id == added.result.id] == [(url, SECRET)]
    assert added.endpoints is not None and url in [e.url for e in added.endpoints]
    assert removed.failure is None
    assert removed.endpoints is not None and url not in [e.url for e in removed.endpoints]
    assert url not in server_webhooks(sandbox, merchant_id)

    entries = history(console, merchant_id)
    assert [(e.change, e.state) for e in entries] == [
        (CreateWebhook(url, "v4", with_auth_header=True), EntryState.CONFIRMED),
        (DeleteWebhook(added.result.id, url), EntryState.CONFIRMED),
    ]
    assert all(e.attempts == 1 for e in entries)
    raw = console.db_thread.call(
        lambda: console.journal_db.connection.execute("SELECT payload FROM journal").fetchall()
    )
    assert raw and all("s3cr3t" not in payload for (payload,) in raw)


def test_a_refused_address_is_neither_journaled_nor_sent(sandbox, make_console):
    console = make_console(sandbox.url)
    merchant_id = server(sandbox)["id"]
    before = server_webhooks(sandbox, merchant_id)
    url = "http://hooks.example.com/apruve"
    with pytest.raises(errors.InsecureAddressError) as refused:
        run(console, lambda: console.merchant.add_webhook(ACCOUNT, url))
    assert refused.value.message == url_problem(url)
    assert history(console, merchant_id) == []
    assert server_webhooks(sandbox, merchant_id) == before


def test_a_server_refusal_is_journaled_failed_with_its_reason(sandbox, make_console):
    console = make_console(sandbox.url)
    merchant_id = server(sandbox)["id"]
    gone = WebhookEndpoint(id="0" * 32, url="https://gone.example.com/hook")
    outcome = run(console, lambda: console.merchant.remove_webhook(ACCOUNT, gone))
    assert isinstance(outcome.failure, errors.NotFoundError)
    assert outcome.endpoints is not None  # the list is read again after a refusal too
    [entry] = history(console, merchant_id)
    assert entry.state is EntryState.FAILED and entry.reason and "Not found" in entry.reason


def test_a_lost_answer_is_settled_by_the_list_read_after_it(sandbox, make_console):
    console = make_console(sandbox.url, transport=DropFirstAnswer())
    merchant_id = server(sandbox)["id"]
    url = "https://hooks.example.com/answer-lost"
    outcome = run(console, lambda: console.merchant.add_webhook(ACCOUNT, url))
    assert isinstance(outcome.failure, errors.ApiConnectionError)
    assert outcome.failure.maybe_applied
    assert server_webhooks(sandbox, merchant_id).count(url) == 1  # sent once
    [entry] = history(console, merchant_id)
    assert entry.state is EntryState.CONFIRMED and entry.attempts == 1
    assert outcome.entry == entry


def test_changes_left_in_doubt_are_settled_by_the_list(sandbox, make_console):
    console = make_console(sandbox.url)
    merchant_id = server(sandbox)["id"]
    kept = "https://hooks.example.com/kept-in-doubt"
    subject = [merchant_subject(merchant_id)]

    async def walk():
        added = await console.merchant.add_webhook(ACCOUNT, kept)
        journal = console.journal
        record, move = journal.record, journal.transition
        # As a crash would leave them: one sent whose endpoint exists, one never applied.
        [applied] = await console.db_thread.run(record, ACCOUNT, subject, CreateWebhook(kept))
        [lost] = await console.db_thread.run(
            record, ACCOUNT, subject, CreateWebhook("https://hooks.example.com/never-arrived")
        )
        await console.db_thread.run(move, [applied.id, lost.id], EntryState.SENT)
        settled = await console.merchant.settle_unfinished(ACCOUNT)
        again = await console.merchant.settle_unfinished(ACCOUNT)
        return added, applied, lost, settled, again

    added, applied, lost, settled, again = run(console, walk)
    assert added.entry is not None and added.entry.state is EntryState.CONFIRMED
    assert [(e.id, e.state) for e in settled] == [
        (applied.id, EntryState.CONFIRMED),
        (lost.id, EntryState.FAILED),
    ]
    assert again == []
    assert console.db_thread.call(console.journal.unfinished, ACCOUNT) == []


def test_coming_back_to_the_account_settles_webhook_changes_and_offers_none(sandbox, make_console):
    """What the window does on opening an account: interrupted webhook changes are settled
    from the endpoint list there, never offered to resume as order changes, never resent."""
    console = make_console(sandbox.url)
    merchant_id = server(sandbox)["id"]
    url = "https://hooks.example.com/interrupted"
    subject = [merchant_subject(merchant_id)]

    async def walk():
        journal = console.journal
        [sent] = await console.db_thread.run(journal.record, ACCOUNT, subject, CreateWebhook(url))
        [pending] = await console.db_thread.run(
            journal.record, ACCOUNT, subject, CreateWebhook(url + "-pending")
        )
        await console.db_thread.run(journal.transition, [sent.id], EntryState.SENT)
        return sent, pending, await console.ops.interrupted(ACCOUNT)

    sent, pending, found = run(console, walk)
    assert found.pending == []  # nothing to resume: a webhook is never resent blindly
    assert not found.report.results  # and no order outcome is made up for it
    states = {e.id: e.state for e in history(console, merchant_id)}
    assert states[sent.id] is EntryState.FAILED  # the list does not show it
    assert states[pending.id] is EntryState.FAILED
    assert url not in server_webhooks(sandbox, merchant_id)
