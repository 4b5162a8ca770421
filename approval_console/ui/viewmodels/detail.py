"""The current order: shown from the cache at once, refreshed from the server behind it."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from approval_console.core.backends import Capabilities
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
from approval_console.core.detail import OrderDetail
from approval_console.core.domain import Order, Status
from approval_console.core.errors import ApiConnectionError, NotFoundError
from approval_console.services.changes import SingleResult
from approval_console.services.outcomes import OrderResult, Outcome
from approval_console.ui.context import UiContext
from approval_console.ui.operations import Operation
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

# Orders shown less than this apart are being passed over (a held arrow key, J pressed
# repeatedly): each shows from the cache at once, and only the one the person stops on is read
# from the server, instead of one request of the rate budget per order passed.
SETTLE_MS = 250


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
        self._row_shown: Order | None = None  # the cached row when last shown or read
        self.held: tuple[str, str, Change] | None = None  # kind, order id, change held back
        self.orderShown.connect(self._remember_shown)
        self._shown_at = 0.0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._fetch_settled)

    @property
    def capabilities(self) -> Capabilities:
        if self.account_id is None:
            return Capabilities()
        return self._context.console.ops.capabilities(self.account_id)

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
        self._settle.stop()
        runner = self._context.runner
        runner.cancel("detail")
        runner.cancel("viable")
        if order_id is None or self.account_id is None:
            self.orderShown.emit(None)
            self.detailChanged.emit(None, False)
            return
        reader = self._context.reader
        self._row_shown = reader.get(self.account_id, order_id)
        self.orderShown.emit(self._row_shown)
        cached = reader.detail(self.account_id, order_id)
        if cached is not None:
            self.detail = cached
        self.detailChanged.emit(cached, False)
        now = time.monotonic()
        passing = now - self._shown_at < SETTLE_MS / 1000
        self._shown_at = now
        if passing and not force:
            self._settle.start(SETTLE_MS)
        else:
            self._settle.stop()
            self._fetch(order_id)

    def stop(self) -> None:
        """The window is closing: the order stopped on is not read any more."""
        self._settle.stop()

    def _fetch_settled(self) -> None:
        if self.order_id is not None and self.account_id is not None:
            self._fetch(self.order_id)

    def follow_cache(self) -> None:
        """Show the order again if its cached row moved from what the pane shows.

        For a change that names no orders ("any of the account's orders"), as a bulk change
        says while it runs: showing again only when the row differs keeps the pane true
        without a detail request each time it is said.
        """
        if self.order_id is None or self.account_id is None:
            return
        if self._context.reader.get(self.account_id, self.order_id) != self._row_shown:
            self.show(self.order_id, force=True)

    def _fetch(self, order_id: str) -> None:
        account_id = self.account_id
        assert account_id is not None
        ops = self._context.console.ops

        def done(detail: OrderDetail) -> None:
            if order_id != self.order_id:
                return
            self.detail = detail
            # The row as the read left it in the cache (which keeps what a read omits).
            self._row_shown = self._context.reader.get(account_id, order_id)
            self.orderShown.emit(detail.order)
            self.detailChanged.emit(detail, True)

        def failed(error: BaseException) -> None:
            if order_id != self.order_id:
                return
            if isinstance(error, ApiConnectionError):
                self.detailError.emit(
                    self.tr("Offline: showing the saved history. ({reason})").format(
                        reason=error.message
                    )
                )
            elif isinstance(error, NotFoundError):
                self.detailError.emit(self.tr("This order no longer exists on the server."))
            else:
                self.detailError.emit(explain(error))

        (
            Operation(
                self._context,
                lambda _op: ops.order_detail(account_id, order_id),
                key="detail",
                context="order",
            )
            .publishes(account_id, lambda _detail: self._if_shown(order_id), source=self)
            .success(done)
            .failure(failed)
            .run()
        )

    def _if_shown(self, order_id: str) -> set[str] | None:
        """The order, while it is still the one shown: a read the person moved on from
        refreshes nothing."""
        return {order_id} if order_id == self.order_id else None

    def load_viable(self) -> None:
        order_id, account_id = self.order_id, self.account_id
        if order_id is None or account_id is None:
            return
        ops = self._context.console.ops

        def done(statuses: list[Status]) -> None:
            if order_id == self.order_id:
                self.viableChanged.emit(statuses)

        def failed(error: BaseException) -> None:
            self.detailError.emit(
                self.tr("Could not read the statuses this order can take: {reason}").format(
                    reason=explain(error)
                )
            )

        Operation(
            self._context, lambda _op: ops.viable_statuses(account_id, order_id), key="viable"
        ).success(done).failure(failed).run()

    def apply(self, change: Change, *, check: bool = True) -> None:
        """Send one change on the current order through the journal.

        It is decided on the order as the pane shows it: where the server's order moved on
        since (another operator), the change is held back and `apply_anyway` can send it.
        """
        order_id, account_id = self.order_id, self.account_id
        if order_id is None or account_id is None:
            return
        kind = ACTION_NAMES[type(change)]
        ops = self._context.console.ops
        seen = self.shown if self.shown is not None and self.shown.id == order_id else None
        self._hold(None)

        def done(outcome: SingleResult) -> None:
            self.actionFinished.emit(kind, outcome.result)
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
        # The orders are published before the outcome is shown, as one change of the cache.
        Operation(
            self._context,
            lambda _op: ops.apply(account_id, order_id, change, seen=seen, check=check),
            key=f"action-{order_id}-{kind}",
            context=kind,
        ).publishes(account_id, lambda _outcome: {order_id}, source=self).success(done).failure(
            failed
        ).run()

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
        ops = self._context.console.ops

        def done(merchant: Merchant) -> None:
            self._merchants[account_id] = merchant
            then(merchant)

        def failed(error: BaseException) -> None:
            self.detailError.emit(
                self.tr("The seller's details could not be read: {reason}").format(
                    reason=explain(error)
                )
            )
            then(None)

        Operation(self._context, lambda _op: ops.merchant(account_id), key="merchant").success(
            done
        ).failure(failed).run()

    def lookup(self, number: str, email: str) -> None:
        account_id = self.account_id
        if account_id is None:
            return
        ops = self._context.console.ops

        def failed(error: BaseException) -> None:
            if isinstance(error, NotFoundError):
                self.lookupFailed.emit(self.tr("No order with that number and email."))
            else:
                self.lookupFailed.emit(explain(error))

        (
            Operation(
                self._context, lambda _op: ops.lookup(account_id, number, email), key="lookup"
            )
            .publishes(account_id, lambda detail: {detail.order.id}, source=self)
            .success(lambda detail: self.found.emit(detail.order.id))
            .failure(failed)
            .run()
        )
