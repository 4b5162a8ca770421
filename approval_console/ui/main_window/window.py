"""The console window: the filters, the order list, the detail pane, and where they go.

It lays out its parts, wires them to their view models and closes them. Each part lives in its
own module: the actions and menus (`actions`), the status bar (`status_bar`), the notice banner
(`notice_banner`), the account in use (`accounts`), where the list goes (`list_area`), the list
and pane following each other (`list_follow`), the saved layout (`layout_state`), the dialogs
(`DialogHost`) and what is done to orders (`order_actions`, `InvoiceActions`). Nothing here
talks to the network or waits on the database; what changed arrives on the change bus.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QMoveEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from approval_console.services.account_ops import PendingChange
from approval_console.services.outcomes import ChangeReport
from approval_console.services.sync import SyncResult
from approval_console.ui.change_bus import OrderChanges
from approval_console.ui.color_scheme import follow_preferences
from approval_console.ui.context import UiContext
from approval_console.ui.dialog_host import DialogHost
from approval_console.ui.dialogs.confirm import KEEP
from approval_console.ui.export_actions import Exports
from approval_console.ui.invoice_actions import InvoiceActions
from approval_console.ui.language import follow_language
from approval_console.ui.main_window.accounts import AccountView
from approval_console.ui.main_window.actions import WindowActions
from approval_console.ui.main_window.layout_state import LayoutKeeper
from approval_console.ui.main_window.list_area import ListArea
from approval_console.ui.main_window.list_follow import ListFollower
from approval_console.ui.main_window.notice_banner import NoticeBanner
from approval_console.ui.main_window.order_actions import OrderActions
from approval_console.ui.main_window.row_menu import RowMenu
from approval_console.ui.main_window.saved_views import SavedViews
from approval_console.ui.main_window.status_bar import MESSAGE_MS, WindowStatusBar
from approval_console.ui.main_window.sync_follow import SyncFollower
from approval_console.ui.screen_fit import WINDOW_SIZE, fit_default_size, fit_on_show
from approval_console.ui.tray import ConsoleTray
from approval_console.ui.viewmodels.detail import DetailViewModel
from approval_console.ui.viewmodels.orders import OrderListViewModel
from approval_console.ui.viewmodels.review import QueueMode
from approval_console.ui.viewmodels.session import SessionViewModel
from approval_console.ui.widgets.detail_pane import DetailPane
from approval_console.ui.widgets.filter_bar import FilterBar
from approval_console.ui.widgets.order_table import OrderTableView
from approval_console.ui.wording import number

if TYPE_CHECKING:
    from approval_console.ui.activity_window import ActivityWindow
    from approval_console.ui.preview import CachedListPreview
    from approval_console.ui.review_window import ReviewWindow


class MainWindow(WindowActions):
    closed = Signal()

    def __init__(
        self, context: UiContext, *, demo: bool = False, preview: CachedListPreview | None = None
    ) -> None:
        super().__init__()
        self._preview = preview
        self.context = context
        self.demo = demo
        self.setObjectName("mainWindow")
        fit_default_size(self, WINDOW_SIZE)
        fit_on_show(self)
        self.session = SessionViewModel(context, self)
        self.orders = OrderListViewModel(
            context, self, model=preview.model if preview is not None else None
        )
        self.detail = DetailViewModel(context, self)
        self.dialogs = DialogHost(self)
        self.invoices = InvoiceActions(self, self)
        self.order_actions = OrderActions(self, self)
        self.exports = Exports(context, self)
        self._quit_confirmed = False  # a close already agreed to, or one that must not ask
        self._review: ReviewWindow | None = None
        self._activity: ActivityWindow | None = None
        self._select_when_listed: tuple[str, list[str]] | None = None  # after a switch

        self._build_widgets()
        self.follower = ListFollower(self, self)
        self.sync_follower = SyncFollower(self, self)  # the list grows as a first sync reads
        self._search_timer = self.follower.search_timer
        self._server_name = ""  # the server its answers named, once they have
        self.layout_keeper = LayoutKeeper(self, self)
        self.column_layouts = self.layout_keeper.columns  # `switch(account, view)` for views
        self.row_menu = RowMenu(self, self)
        self.account_view = AccountView(self, self)
        self._build_actions()
        self._connect()
        self.layout_keeper.restore()
        self.saved_views.wire()
        # The tray and desktop notices; Quit quits even when closing keeps the console there
        # (were Quit still to close first, the window would hide, then the tray's quit end it).
        self.tray = ConsoleTray(self, self)
        with contextlib.suppress(RuntimeError, TypeError, RuntimeWarning):
            self.act_quit.triggered.disconnect(self.close)
        self.act_quit.triggered.connect(self.tray.quit)
        # Light or dark as the person chose in Preferences, followed live.
        follow_preferences(context)

    # -- construction --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.accounts_combo = QComboBox()
        self.accounts_combo.setMinimumWidth(220)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)

        self.filter_bar = FilterBar()
        preview = self._preview
        self.table = preview.table if preview is not None else OrderTableView(self.orders.model)
        self.pane = DetailPane()
        self.list_area = ListArea(self.table)
        self.welcome = self.list_area.welcome
        self.list_page = self.list_area.list_page
        self.problem_banner = self.list_area.problem_banner
        self.problem_panel = self.list_area.problem_panel
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_area)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 540])
        self.saved_views = SavedViews(self, self)  # the views, a row above the list

        self.banner = NoticeBanner()
        self.banner_text = self.banner.banner_text
        self.resume_button = self.banner.resume_button
        self.discard_button = self.banner.discard_button

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.saved_views.place(self.splitter), 1)
        # On a screen smaller than the window's least size (a laptop at 200 %), the window
        # still fits its screen and what does not fit scrolls, instead of running off it.
        room = QScrollArea()
        room.setObjectName("centralRoom")
        room.setFrameShape(QFrame.Shape.NoFrame)
        room.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        room.setWidgetResizable(True)
        room.setWidget(central)
        self.setCentralWidget(room)

        self.status = WindowStatusBar(self.context.jobs)  # never says a key
        self.setStatusBar(self.status)
        self.sync_label = self.status.sync_label
        self.count_label = self.status.count_label
        self.selection_label = self.status.selection_label
        self.refreshed_label = self.status.refreshed_label
        self.offline_label = self.status.offline_label
        self.budget_label = self.status.budget_label
        self.jobs_indicator = self.status.jobs_indicator
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        """The window's own words, again in the language chosen; the session's lines too."""
        self.accounts_combo.setToolTip(self.tr("Account"))
        self.search.setPlaceholderText(self.tr("Search number, customer or email  (Ctrl+F)"))
        self.session.tell_refresh_line()
        self.session.tell_sync_state()
        self.session.tell_problem()

    def _connect(self) -> None:
        self.accountsRequested.connect(self.open_accounts)
        self.reviewRequested.connect(self.open_review)
        self.activityRequested.connect(self.open_activity)
        self.orders.countChanged.connect(self._listed)
        self.layout_keeper.follow()
        self.row_menu.wire()
        self.account_view.wire()

        session, status = self.session, self.status
        session.syncState.connect(status.show_sync_state)
        session.syncProgress.connect(status.show_sync_progress)
        session.syncPassed.connect(status.show_sync_pass)
        self.sync_follower.wire()
        session.synced.connect(self._synced)
        session.awaitingCounted.connect(self.show_awaiting)
        session.offlineChanged.connect(self.offline_label.setVisible)
        session.refreshLineChanged.connect(self.refreshed_label.setText)
        session.budgetChanged.connect(status.show_budget)
        session.serverChanged.connect(self._server_known)
        session.interrupted.connect(self._interrupted)
        session.resumed.connect(self._resumed)
        session.error.connect(status.say)
        self.banner.resumeRequested.connect(session.resume)
        self.banner.discardRequested.connect(session.discard)

        self.orders.countChanged.connect(status.show_count)
        self.orders.countPending.connect(status.show_counting)
        self.follower.wire()
        self.orders.statusesChanged.connect(self.filter_bar.set_statuses)
        self.orders.tagsChanged.connect(self.filter_bar.set_tags)
        self.orders.statusesChanged.connect(self.pane.set_statuses)
        self.table.selectionCountChanged.connect(status.show_selection)
        self.table.selectionCountChanged.connect(self.show_selection_count)
        self.context.bus.changed.connect(self._orders_published)

        detail, pane, invoices = self.detail, self.pane, self.invoices
        detail.orderShown.connect(pane.show_order)
        detail.detailChanged.connect(pane.show_detail)
        detail.detailError.connect(lambda message: pane.show_message(message, error=True))
        detail.actionFinished.connect(pane.show_result)
        detail.heldChanged.connect(pane.apply_anyway.setVisible)
        pane.applyAnywayRequested.connect(detail.apply_anyway)
        detail.found.connect(lambda order_id: self.select_ids([order_id]))
        pane.changeStatusRequested.connect(self.order_actions.change_status)
        pane.dueDateRequested.connect(self.order_actions.open_due_date)
        pane.commentSubmitted.connect(detail.apply)
        pane.orderActionRequested.connect(self.order_actions.order_action)
        pane.createInvoiceRequested.connect(invoices.create_invoice)
        billing = pane.billing
        billing.invoiceActionRequested.connect(invoices.invoice_action)
        billing.shipmentRequested.connect(invoices.record_shipment)
        billing.returnRequested.connect(invoices.record_return)
        billing.exportRequested.connect(invoices.export_pdf)
        billing.printRequested.connect(invoices.print)
        self.context.runner.failed.connect(status.show_failure)

    # -- accounts --------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the last account from the cache, then refresh it in the background."""
        self.account_view.start()

    def open_accounts(self, *, adding: bool = False, edit: str | None = None) -> None:
        """File → Accounts…; `adding` opens on a new account's form, `edit` on that account's."""
        self.account_view.open_accounts(adding=adding, edit=edit)

    # -- what changed ------------------------------------------------------------------------------

    def _synced(self, result: SyncResult) -> None:
        """The account was read again: said once on the bus, for every window."""
        ids = result.changed_ids | result.removed_ids
        self.context.bus.publish(self.session.account_id, ids, refreshed=True, source=self)

    def _orders_published(self, changes: OrderChanges) -> None:
        """The detail pane shows again an order a change names (unless it sent that change
        itself and showed it already), or one whose cached row moved when the change names no
        orders; the Needs review count is counted again."""
        detail = self.detail
        if changes.source is not detail and changes.names(detail.account_id, detail.order_id):
            detail.show(detail.order_id, force=True)
        elif not changes.ids and changes.concerns(detail.account_id):
            detail.follow_cache()
        self.session.count_awaiting()

    def _interrupted(self, report: ChangeReport, pending: list[PendingChange]) -> None:
        self.banner.show_interrupted(report, pending)
        self.context.bus.publish(self.session.account_id, source=self)

    def _resumed(self, report: ChangeReport) -> None:
        self.banner.show_resumed(report)
        self.context.bus.publish(self.session.account_id, source=self)

    # -- the list ------------------------------------------------------------------------------

    # The search debounce, the search and the count as the window's own (the start-up
    # benchmark skips the debounce and follows the count through them).
    def _apply_search(self) -> None:
        self.follower.apply_search()

    def _count_changed(self, shown: int, total: int) -> None:
        self.follower.count_changed(shown, total)

    def select_ids(self, order_ids: list[str], account_id: str | None = None) -> None:
        """Select these orders of `account_id` (the one in use by default) in the list."""
        if account_id is not None and account_id != self.session.account_id:
            if self.context.console.settings.account(account_id) is None:
                self.say(self.tr("Those orders' account no longer exists."))
                return
            # Switched to their account first; selected once its list is there.
            self._select_when_listed = (account_id, list(order_ids))
            self.session.switch(account_id)
            return
        self._select_when_listed = None
        self.follower.select_ids(order_ids)

    def _listed(self, _shown: int, _total: int) -> None:
        waiting = self._select_when_listed
        if waiting is not None and waiting[0] == self.session.account_id:
            self._select_when_listed = None
            self.follower.select_ids(waiting[1])

    # -- other windows and dialogs ---------------------------------------------------------------

    def _server_known(self, name: str) -> None:
        """The account's server, once its answers tell it ("Spree 5.6"): shown, and what the
        account offers follows what that server can do."""
        self.status.show_server(name)
        if name != self._server_name:
            self._server_name = name
            self.account_view.apply_capabilities()

    def say(self, message: str, timeout: int = MESSAGE_MS) -> None:
        """A line in the status bar, for a while."""
        self.status.say(message, timeout)

    def confirm(
        self,
        title: str,
        text: str,
        button: str,
        then: Callable[[], None],
        *,
        keep: str = KEEP,
        details: str = "",
    ) -> None:
        """Ask before what cannot be undone (see `DialogHost.confirm`); Enter always keeps."""
        self.dialogs.confirm(title, text, button, then, keep=keep, details=details)

    def open_review(self, mode: QueueMode) -> None:
        """The cross-account window: one, raised again when asked for again."""
        from approval_console.ui.review_window import ReviewWindow

        if self._review is None:
            self._review = ReviewWindow(self.context, self)
            self._review.use_keys(self.review_keys)  # as changed in Preferences → Keyboard
            fit_on_show(self._review)
            self._review.choicesChanged.connect(self.account_view.show_decision_note)
        window = self._review
        index = window.mode.findData(mode)
        if window.mode.currentIndex() != index:
            window.mode.setCurrentIndex(index)
        else:
            window.vm.requery()
        window.show()
        window.raise_()
        window.activateWindow()
        window.table.setFocus()

    def open_activity(self) -> None:
        """View → Activity log…: one window, raised again when asked for again."""
        from approval_console.ui.activity_window import ActivityWindow

        if self._activity is None:
            self._activity = ActivityWindow(self.context, self)
            fit_on_show(self._activity)
            self._activity.showRequested.connect(self._show_from_activity)
        window = self._activity
        window.show()
        window.raise_()
        window.activateWindow()
        window.table.setFocus()

    def _show_from_activity(self, account_id: str, order_ids: list[str]) -> None:
        self.select_ids(order_ids, account_id)
        self.raise_()
        self.activateWindow()

    # -- persistence and closing -----------------------------------------------------------------

    def save_state(self) -> None:
        self.layout_keeper.save()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.layout_keeper.changed()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self.layout_keeper.changed()

    def close_now(self) -> None:
        """Close without asking, even mid-job: for a signal from the system, which must end."""
        self._quit_confirmed = True
        self.close()

    def _ask_before_quitting(self) -> None:
        """A bulk run still sending when the person quits: say what happens to it, and let
        them keep working. Quitting loses nothing: what was sent is checked with the server at
        the next start, and what was not is offered again (the journal holds both)."""
        running = self.context.jobs.running
        done, total = sum(job.done for job in running), sum(job.total for job in running)
        names = ", ".join(job.title for job in running)
        question = (
            self.tr("{names} is still running ({done} of {total} done). Quit anyway?")
            if len(running) == 1
            else self.tr("{names} are still running ({done} of {total} done). Quit anyway?")
        )
        self.dialogs.confirm(
            self.tr("Quit while changes are running"),
            question.format(names=names, done=number(done), total=number(total)),
            self.tr("Quit"),
            self.close_now,
            keep=self.tr("Keep working"),
            details=self.tr(
                "What was already sent is checked with the server when you start again, "
                "and what was not is offered to send then."
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quit_confirmed and self.tray.keeps_on_close():
            event.ignore()  # kept in the tray: refreshing, telling of new orders
            self.hide()
            return
        if self.context.jobs.running and not self._quit_confirmed:
            event.ignore()
            self._ask_before_quitting()
            return
        self.layout_keeper.stop()
        self.saved_views.stop()
        self.session.stop()
        self.follower.stop()
        self.detail.stop()
        self.sync_follower.stop()
        # What changes from now on (a bulk run finishing) is no longer this window's concern.
        self.orders.unsubscribe()
        with contextlib.suppress(RuntimeError, TypeError):
            self.context.bus.changed.disconnect(self._orders_published)
        self.dialogs.close_all()
        if self._review is not None:
            self._review.close()
        if self._activity is not None:
            self._activity.close()
        self.tray.stop()
        super().closeEvent(event)
        self.closed.emit()
