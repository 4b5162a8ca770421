"""The current order: shown from the cache at once, refreshed from the server behind it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from approval_console.connectors.base import Capabilities
from approval_console.connectors.registry import capabilities_of
from approval_console.core.billing import Merchant
from approval_console.core.changes import (
    Change,
    CommentChange,
    CreateInvoice,
    DueDateChange,
    InvoiceAction,
    OrderAction,
    RecordReturn,
    RecordShipment,
    StatusChange,
)
from approval_console.core.domain import Order, OrderDetail
from approval_console.core.errors import ApiConnectionError, NotFoundError
from approval_console.services.changes import SingleResult
from approval_console.services.outcomes import OrderResult, Outcome
from approval_console.ui.context import UiContext
from approval_console.ui.runtime import explain

ACTION_NAMES: dict[type, str] = {
    StatusChange: "status",
    CommentChange: "comment",
    DueDateChange: "due_date",
    OrderAction: "order_action",
    CreateInvoice: "create_invoice",
    InvoiceAction: "invoice_action",
    RecordShipment: "shipment",
    RecordReturn: "return",
}


class DetailViewModel(QObject):
    orderShown = Signal(object)  # Order | None, from the cache
    detailChanged = Signal(object, bool)  # OrderDetail | None, fresh from the server
    detailError = Signal(str)
    viableChanged = Signal(list)  # list[Status]
    actionStarted = Signal(str)  # kind
    actionFinished = Signal(str, object)  # kind, OrderResult
    found = Signal(str)  # order id
    lookupFailed = Signal(str)
    heldChanged = Signal(bool)  # a change was held back (changed meanwhile); Apply anyway offered

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.account_id: str | None = None
        self.order_id: str | None = None
        self.detail: OrderDetail | None = None
        self._merchants: dict[str, Merchant] = {}
        # The order as the pane shows it: what a change is decided on, and checked against.
        self.shown: Order | None = None
        self.held: tuple[str, str, Change] | None = None  # kind, order id, change held back
        self.orderShown.connect(self._remember_shown)

    @property
    def capabilities(self) -> Capabilities:
        account = self._context.console.settings.account(self.account_id or "")
        known = capabilities_of(account.backend) if account is not None else None
        return known or Capabilities()

    def _remember_shown(self, order: Order | None) -> None:
        self.shown = order

    def _hold(self, held: tuple[str, str, Change] | None) -> None:
        if held != self.held:
            self.held = held
            self.heldChanged.emit(held is not None)

    def set_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self.show(None)

    def show(self, order_id: str | None, *, force: bool = False) -> None:
        if order_id == self.order_id and not force:
            return
        self.order_id = order_id
        self.detail = None
        self._hold(None)
        runner = self._context.runner
        runner.cancel("detail")
        runner.cancel("viable")
        if order_id is None or self.account_id is None:
            self.orderShown.emit(None)
            self.detailChanged.emit(None, False)
            return
        reader = self._context.reader
        self.orderShown.emit(reader.get(self.account_id, order_id))
        cached = reader.detail(self.account_id, order_id)
        if cached is not None:
            self.detail = cached
        self.detailChanged.emit(cached, False)
        self._fetch(order_id)

    def _fetch(self, order_id: str) -> None:
        account_id = self.account_id
        assert account_id is not None
        console = self._context.console

        async def fetch() -> OrderDetail:
            connector = await console.connector_async(account_id)
            detail = await connector.get_order(order_id)
            await console.db_thread.run(console.cache.save_detail, account_id, detail)
            return detail

        def done(detail: OrderDetail) -> None:
            if order_id != self.order_id:
                return
            self.detail = detail
            self.orderShown.emit(detail.order)
            self.detailChanged.emit(detail, True)
            self._context.bus.publish(account_id, {order_id}, source=self)

        def failed(error: BaseException) -> None:
            if order_id != self.order_id:
                return
            if isinstance(error, ApiConnectionError):
                self.detailError.emit(f"Offline: showing the saved history. ({error.message})")
            elif isinstance(error, NotFoundError):
                self.detailError.emit("This order no longer exists on the server.")
            else:
                self.detailError.emit(explain(error))

        self._context.runner.start(
            fetch(), key="detail", context="order", on_done=done, on_error=failed
        )

    def load_viable(self) -> None:
        order_id, account_id = self.order_id, self.account_id
        if order_id is None or account_id is None:
            return
        console = self._context.console

        async def viable() -> list:
            connector = await console.connector_async(account_id)
            return await connector.viable_statuses(order_id)

        def done(statuses: list) -> None:
            if order_id == self.order_id:
                self.viableChanged.emit(statuses)

        def failed(error: BaseException) -> None:
            self.detailError.emit(
                f"Could not read the statuses this order can take: {explain(error)}"
            )

        self._context.runner.start(viable(), key="viable", on_done=done, on_error=failed)

    def apply(self, change: Change, *, check: bool = True) -> None:
        """Send one change on the current order through the journal.

        It is decided on the order as the pane shows it: where the server's order moved on
        since (another operator), the change is held back and `apply_anyway` can send it.
        """
        order_id, account_id = self.order_id, self.account_id
        if order_id is None or account_id is None:
            return
        kind = ACTION_NAMES[type(change)]
        console = self._context.console
        seen = self.shown if self.shown is not None and self.shown.id == order_id else None
        self._hold(None)

        async def send() -> SingleResult:
            connector = await console.connector_async(account_id)
            return await console.changes.apply(connector, order_id, change, seen=seen, check=check)

        def done(outcome: SingleResult) -> None:
            self.actionFinished.emit(kind, outcome.result)
            self._context.bus.publish(account_id, {order_id}, source=self)
            if order_id == self.order_id:
                if outcome.detail is not None:
                    self.detail = outcome.detail
                    self.orderShown.emit(outcome.detail.order)
                    self.detailChanged.emit(outcome.detail, True)
                else:
                    self.show(order_id, force=True)
                if outcome.result.outcome is Outcome.CHANGED_MEANWHILE:
                    self._hold((kind, order_id, change))

        def failed(error: BaseException) -> None:
            self.actionFinished.emit(kind, OrderResult(order_id, Outcome.UNKNOWN, explain(error)))

        self.actionStarted.emit(kind)
        self._context.runner.start(
            send(), key=f"action-{order_id}-{kind}", context=kind, on_done=done, on_error=failed
        )

    def apply_anyway(self) -> None:
        """Send the change held back as changed meanwhile, now that the person has seen the
        order as it is: with the check off, for this order only."""
        if self.held is None or self.held[1] != self.order_id:
            return
        _kind, _order_id, change = self.held
        self.apply(change, check=False)

    def with_merchant(self, then: Callable[[Merchant | None], None]) -> None:
        """Call `then` with the account's merchant (the seller on an invoice), read once per
        account; None when it cannot be read, so an invoice still prints without it."""
        account_id = self.account_id
        if account_id is None:
            return
        if account_id in self._merchants:
            then(self._merchants[account_id])
            return
        console = self._context.console

        async def fetch() -> Merchant:
            connector = await console.connector_async(account_id)
            return await connector.get_merchant()  # type: ignore[attr-defined]

        def done(merchant: Merchant) -> None:
            self._merchants[account_id] = merchant
            then(merchant)

        def failed(error: BaseException) -> None:
            self.detailError.emit(f"The seller's details could not be read: {explain(error)}")
            then(None)

        self._context.runner.start(fetch(), key="merchant", on_done=done, on_error=failed)

    def lookup(self, number: str, email: str) -> None:
        account_id = self.account_id
        if account_id is None:
            return
        console = self._context.console

        async def find() -> str:
            connector = await console.connector_async(account_id)
            detail = await connector.lookup(number, email)
            await console.db_thread.run(console.cache.save_detail, account_id, detail)
            return detail.order.id

        def done(order_id: str) -> None:
            self._context.bus.publish(account_id, {order_id}, source=self)
            self.found.emit(order_id)

        def failed(error: BaseException) -> None:
            if isinstance(error, NotFoundError):
                self.lookupFailed.emit("No order with that number and email.")
            else:
                self.lookupFailed.emit(explain(error))

        self._context.runner.start(find(), key="lookup", on_done=done, on_error=failed)
