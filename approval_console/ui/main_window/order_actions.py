"""What the window does to orders: change a status (one order or many), set a due date, find an
order, finalize, approve or cancel (one or many), open the merchant's settings; and Undo the
last status change while its notice offers it.

Each opens its dialog through the window's `DialogHost` and hands the change to a view model,
which sends it through the journal; what changed is published on the change bus by whoever sent
it, never relayed from here.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from approval_console.core.changes import OrderActionKind
from approval_console.core.labels import status_label
from approval_console.services.outcomes import ChangeReport, OrderResult, Outcome
from approval_console.services.review import action_for, tells_customer
from approval_console.ui.context import UiContext
from approval_console.ui.dialog_host import DialogHost
from approval_console.ui.review_question import told_customer
from approval_console.ui.undo_notice import UndoNotice
from approval_console.ui.viewmodels.detail import DetailViewModel
from approval_console.ui.viewmodels.orders import OrderListViewModel
from approval_console.ui.viewmodels.session import SessionViewModel
from approval_console.ui.widgets.detail_pane import DetailPane
from approval_console.ui.widgets.order_table import OrderTableView
from approval_console.ui.wording import with_number

if TYPE_CHECKING:  # imported where used: each dialog's module loads when first opened
    from approval_console.ui.dialogs.change_status import ChangeStatusDialog
    from approval_console.ui.viewmodels.bulk import BulkChangeViewModel


class OrderHost(Protocol):
    """The window the actions work in (`MainWindow`)."""

    @property
    def context(self) -> UiContext: ...
    @property
    def session(self) -> SessionViewModel: ...
    @property
    def orders(self) -> OrderListViewModel: ...
    @property
    def detail(self) -> DetailViewModel: ...
    @property
    def table(self) -> OrderTableView: ...
    @property
    def pane(self) -> DetailPane: ...
    @property
    def dialogs(self) -> DialogHost: ...

    def say(self, message: str, timeout: int = ...) -> None: ...

    def select_ids(self, order_ids: list[str], account_id: str | None = None) -> None: ...


class OrderActions(QObject):
    def __init__(self, host: OrderHost, parent: QObject) -> None:
        super().__init__(parent)
        self._host = host
        # The last status change, offered to undo for a while; shared with the review queue.
        self.undo_offer = host.context.undo
        self.undo_notice = UndoNotice(
            self.undo_offer, host.dialogs.owner, shown_account=lambda: host.session.account_id
        )
        host.session.accountChanged.connect(self._account_shown)
        self._undo_action: QAction | None = None
        host.detail.actionFinished.connect(self._action_finished)

    # -- undo -----------------------------------------------------------------------------------

    def undo(self) -> None:
        """Edit ▸ Undo (Ctrl+Z): put back what the offered change changed."""
        self.undo_offer.undo()

    def follow_undo(self, action: QAction) -> None:
        """Keep the Undo action enabled while there is something to undo, and saying what."""
        self._undo_action = action
        self.undo_offer.changed.connect(self._show_undo)  # dropped with this object
        self._show_undo()

    def _show_undo(self) -> None:
        offer, action = self.undo_offer, self._undo_action
        if action is None:
            return
        action.setEnabled(offer.available)
        action.setText(
            self.tr("&Undo: {change}").format(
                change=offer.text_shown_with(self._host.session.account_id)
            )
            if offer.available
            else self.tr("&Undo")
        )

    def _account_shown(self, _account_id: object) -> None:
        """Another account's list: the offer names the account its change was made in."""
        self.undo_notice.refresh()
        self._show_undo()

    def _action_finished(self, kind: str, result: OrderResult) -> None:
        """A change of the order in the pane ended: a status change that took is offered to
        undo where the backend can set it back; an approve or cancel replaces the offer."""
        host = self._host
        account_id = host.detail.account_id
        if result.outcome is not Outcome.APPLIED or account_id is None:
            return
        if kind == "order_action":
            self.undo_offer.not_offered()
        if kind != "status":
            return
        order = host.context.reader.get(account_id, result.order_id)
        name = order.name if order is not None else result.order_id
        if order is not None and order.status:
            text = self.tr("Changed {order} to {status}.").format(
                order=name, status=status_label(order.status)
            )
        else:
            text = self.tr("Changed {order} to its new status.").format(order=name)
        self.undo_offer.offer_single(account_id, result.order_id, text)

    def _bulk_finished(self, vm: BulkChangeViewModel, report: ChangeReport) -> None:
        """A bulk status change ended: what took is offered to undo, where it can be."""
        applied = report.counts()[Outcome.APPLIED]
        sent = vm.sent
        if not applied or sent is None:
            return
        code = sent.change.status_code
        names = {status.code: status.name for status in self._host.orders.statuses}
        text = with_number(self.tr("Changed %n order(s) to {status}.", "", applied), applied)
        text = text.format(status=names.get(code, code))
        self.undo_offer.offer_batch(vm.account_id, report.batch_id, text)

    @property
    def _owner(self) -> QWidget:
        """The dialogs' parent: the window."""
        return self._host.dialogs.owner

    def change_status(self) -> None:
        host = self._host
        rows = host.table.selected_rows()
        if len(rows) > 1:
            self._open_bulk(rows)
            return
        detail = host.detail
        order = detail.order_id and host.context.reader.get(
            host.session.account_id or "", detail.order_id
        )
        if not order:
            host.say(self.tr("Select an order first."), 5000)
            return
        from approval_console.ui.dialogs.change_status import ChangeStatusDialog

        dialog = ChangeStatusDialog(order.name, self._owner)
        detail.viableChanged.connect(dialog.set_viable)
        detail.detailError.connect(dialog.show_error)
        dialog.finished.connect(lambda _result: self._disconnect_dialog(dialog))
        dialog.changeChosen.connect(detail.apply)
        host.dialogs.open(dialog)
        detail.load_viable()

    def _disconnect_dialog(self, dialog: ChangeStatusDialog) -> None:
        detail = self._host.detail
        for signal, slot in (
            (detail.viableChanged, dialog.set_viable),
            (detail.detailError, dialog.show_error),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    def _open_bulk(self, rows: list[int]) -> None:
        from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
        from approval_console.ui.viewmodels.bulk import BulkChangeViewModel

        host = self._host
        account_id = host.session.account_id
        if account_id is None:
            return
        ids = host.orders.ids_for_rows(rows)
        orders = host.context.reader.get_many(account_id, ids)
        # In the list's order: the report lists each outcome's orders as the person saw them.
        names = {order_id: orders[order_id].name for order_id in ids if order_id in orders}
        vm = BulkChangeViewModel(host.context, account_id, ids, self._owner)
        dialog = BulkChangeDialog(vm, host.orders.statuses, names, host.context.bus, self._owner)
        dialog.selectRequested.connect(lambda order_ids: host.select_ids(order_ids, account_id))
        vm.finished.connect(lambda report: self._bulk_finished(vm, report))
        host.dialogs.open_job(dialog, vm)

    def focus_comment(self) -> None:
        if self._host.detail.order_id is not None:
            self._host.pane.comment.setFocus()

    def open_due_date(self) -> None:
        host = self._host
        detail = host.detail
        if detail.order_id is None or host.session.account_id is None:
            return
        order = host.context.reader.get(host.session.account_id, detail.order_id)
        if order is None:
            return
        from approval_console.ui.dialogs.due_date import DueDateDialog

        ranges = detail.capabilities.due_date_ranges
        dialog = DueDateDialog(order.due_date, order.due_date_to, ranges, self._owner)
        dialog.changeChosen.connect(detail.apply)
        host.dialogs.open(dialog)

    def open_find(self) -> None:
        from approval_console.ui.dialogs.find_order import FindOrderDialog

        detail = self._host.detail
        dialog = FindOrderDialog(self._owner)

        def find(number: str, email: str) -> None:
            dialog.show_searching()
            detail.lookup(number, email)

        dialog.findRequested.connect(find)
        detail.lookupFailed.connect(dialog.show_error)
        detail.found.connect(lambda _id: dialog.accept())
        self._host.dialogs.open(dialog)

    def order_action(self, action: OrderActionKind) -> None:
        host = self._host
        rows = host.table.selected_rows()
        if len(rows) > 1:
            self._open_bulk_action(rows, action)
            return
        detail = host.detail
        order_id = detail.order_id
        account = host.session.account()
        if order_id is None or account is None:
            return
        capabilities = detail.capabilities
        # The notify and approver choices last made for this account in the review queue.
        change = action_for(account, capabilities, action)
        if action is not OrderActionKind.CANCEL:
            detail.apply(change)
            return
        name = self._order_name(order_id)
        question = self.tr("Cancel order {order}?").format(order=name)
        if capabilities.invoices:
            question += " " + self.tr("Its unpaid invoices are canceled with it.")
        told = told_customer(tells_customer(account, capabilities, action))
        host.dialogs.confirm(
            self.tr("Cancel order"),
            question + told,
            self.tr("Cancel order"),
            lambda: detail.apply(change),
        )

    def _order_name(self, order_id: str) -> str:
        host = self._host
        order = host.context.reader.get(host.session.account_id or "", order_id)
        return order.name if order else order_id

    def _open_bulk_action(self, rows: list[int], action: OrderActionKind) -> None:
        from approval_console.ui.dialogs.bulk_action import BulkActionDialog
        from approval_console.ui.viewmodels.bulk_action import BulkActionViewModel

        host = self._host
        account_id = host.session.account_id
        if account_id is None:
            return
        ids = host.orders.ids_for_rows(rows)
        vm = BulkActionViewModel(host.context, account_id, ids, action, self._owner)
        dialog = BulkActionDialog(vm, host.context.bus, self._owner)
        host.dialogs.open_job(dialog, vm)

    def open_merchant(self) -> None:
        host = self._host
        account_id = host.session.account_id
        if account_id is None or not host.detail.capabilities.merchant:
            return
        from approval_console.ui.dialogs.merchant import MerchantDialog

        # One per account: a second would only repeat the first.
        dialog = host.dialogs.find(MerchantDialog, lambda d: d.account_id == account_id)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return
        host.dialogs.open(MerchantDialog(host.context, account_id, self._owner))
