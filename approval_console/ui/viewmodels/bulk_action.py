"""Finalize, approve or cancel many orders: one journaled request per order.

Apruve, Arlo and Spree have no bulk endpoint, so a bulk action is a batch of single changes.
Orders whose state does not allow the action are left out before anything is sent, and said so
in the preview.
"""

from __future__ import annotations

from collections.abc import Coroutine, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from approval_console.core.billing import OrderState
from approval_console.core.changes import OrderAction, OrderActionKind
from approval_console.core.domain import Order, Review
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.services.outcomes import ChangeReport, Outcome
from approval_console.services.review import action_for, tells_customer
from approval_console.ui.context import UiContext
from approval_console.ui.operations import Operation
from approval_console.ui.viewmodels.bulk import BackgroundChanges, merged
from approval_console.ui.wording import with_number

VERBS = {  # translated where shown, in the "BulkAction" context
    OrderActionKind.FINALIZE: QT_TRANSLATE_NOOP("BulkAction", "Finalize"),
    OrderActionKind.APPROVE: QT_TRANSLATE_NOOP("BulkAction", "Approve"),
    OrderActionKind.CANCEL: QT_TRANSLATE_NOOP("BulkAction", "Cancel"),
}


def allows(action: OrderActionKind, order: Order) -> bool:
    """May this order take the action? What the cache cannot tell is left to the server."""
    if action is OrderActionKind.APPROVE:
        return order.review is Review.AWAITING
    if action is OrderActionKind.CANCEL and (order.review is Review.CANCELED or order.is_canceled):
        return False
    try:
        state = OrderState(order.status_code or "")
    except ValueError:
        return True
    return state.can_finalize if action is OrderActionKind.FINALIZE else state.can_cancel


class BulkActionViewModel(BackgroundChanges):
    progress = Signal(int, int)  # done, total

    def __init__(
        self,
        context: UiContext,
        account_id: str,
        order_ids: Sequence[str],
        action: OrderActionKind,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(context, account_id, parent)
        self.action = action
        account = context.console.settings.account(account_id)
        known = context.console.ops.capabilities(account_id) if account is not None else None
        self.billing = bool(known and known.invoices)  # cancelling takes invoices with it
        # With the notify and approver choices last made for the account in the review queue.
        self.change = (
            action_for(account, known, action) if account and known else OrderAction(action)
        )
        self.tells_customer = tells_customer(account, known, action) if account and known else None
        orders = context.reader.get_many(account_id, list(order_ids))
        self.eligible = [i for i in order_ids if i in orders and allows(action, orders[i])]
        self.left_out = len(order_ids) - len(self.eligible)
        self.names = {i: orders[i].name for i in order_ids if i in orders}

    @property
    def verb(self) -> str:
        """The action's verb ("Approve"), in the person's language."""
        return translate("BulkAction", VERBS[self.action])

    def _title(self, count: int, *, anyway: bool = False) -> str:
        """The job's title: "Approve 3 orders", "Cancel 2 orders anyway"."""
        action = self.action
        if action is OrderActionKind.FINALIZE:
            text = (
                self.tr("Finalize %n order(s) anyway", "", count)
                if anyway
                else self.tr("Finalize %n order(s)", "", count)
            )
        elif action is OrderActionKind.APPROVE:
            text = (
                self.tr("Approve %n order(s) anyway", "", count)
                if anyway
                else self.tr("Approve %n order(s)", "", count)
            )
        else:
            text = (
                self.tr("Cancel %n order(s) anyway", "", count)
                if anyway
                else self.tr("Cancel %n order(s)", "", count)
            )
        return with_number(text, count)

    def run(self) -> None:
        if self.job is not None or not self.eligible:
            return
        ops = self._context.console.ops
        ids, account_id, change = list(self.eligible), self.account_id, self.change
        title = self._title(len(ids))

        def progressed(done: int, total: int) -> None:
            if self.job is not None:
                self.job.progress(done, total)
            self.progress.emit(done, total)

        def run(op: Operation[ChangeReport]) -> Coroutine[Any, Any, ChangeReport]:
            return ops.apply_many(
                account_id,
                ids,
                change,
                description=title,
                on_progress=op.report,
                cancel=self._cancel,
            )

        self._start(run, title=title, total=len(ids), progress=progressed)

    def apply_anyway(self) -> None:
        """Send the action to the orders held back as changed meanwhile, for them only and
        unchecked; the report then covers the whole batch, their new results included."""
        first = self.report
        held = first.ids(Outcome.CHANGED_MEANWHILE) if first is not None else []
        if first is None or not held:
            return
        ops, account_id, change = self._context.console.ops, self.account_id, self.change
        title = self._title(len(held), anyway=True)

        async def again(_op: Operation[ChangeReport]) -> ChangeReport:
            report = await ops.apply_many(
                account_id, held, change, description=title, cancel=self._cancel, check=False
            )
            return merged(first, report)

        self._start(again, title=title, total=len(held))
