"""Undo after a change: a notice that offers it for a while, and what Undo does and says.

One offer at a time, shared by every window of a context (a decision taken in the review
queue can be undone from the main window too): the last change made, said in words ("Changed
240 orders to Shipped."), with Undo counting down its seconds. A new change replaces the offer;
Undo puts back what each order had through the journal (`AccountOps.undo`), publishes the
orders it put back on the change bus, and says per order what became of them. Only changes
the backend can set back are offered (`core.backends.can_reverse`): asked by the services,
never decided here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from approval_console.core.changes import OrderActionKind, StatusChange
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.services.meanwhile import said_where
from approval_console.services.outcomes import OrderResult, Outcome
from approval_console.services.undo import UndoRef, UndoReport
from approval_console.ui.language import follow_language
from approval_console.ui.operations import Operation
from approval_console.ui.runtime import explain
from approval_console.ui.tones import style_notice
from approval_console.ui.wording import number, with_number

if TYPE_CHECKING:
    from approval_console.services.account_ops import Decisions
    from approval_console.ui.context import UiContext

OFFER_SECONDS = 30  # how long Undo is offered after a change
RESULT_MS = 15_000  # how long the notice says what Undo did
NAMED = 3  # orders named in the line, per kind of trouble


def _names(results: Sequence[OrderResult], names: Mapping[str, str], why: bool) -> str:
    """ "R1001: now “In Production”, R1002: …" — a few named, then how many more."""
    shown = []
    for result in results[:NAMED]:
        name = names.get(result.order_id, result.order_id)
        reason = said_where(result.reason or "")
        shown.append(f"{name}: {reason}" if why and reason else name)
    more = len(results) - NAMED
    if more > 0:
        shown.append(with_number(translate("UndoNotice", "and %n more", None, more), more))
    return "; ".join(shown)


def describe_undo(reports: Sequence[UndoReport], names: Mapping[str, str]) -> str:
    """What Undo did, in one line: "Put back 238 of 240; 2 had changed since (…)."""
    total = sum(report.total for report in reports)
    if not total:
        return translate(
            "UndoNotice", "Nothing was put back: the change had not reached any order."
        )
    done = sum(report.put_back for report in reports)
    results = [result for report in reports for result in report.not_put_back().values()]
    moved = [r for r in results if r.outcome is Outcome.CHANGED_MEANWHILE]
    already = [r for r in results if r.outcome is Outcome.SKIPPED]
    failed = [r for r in results if r not in moved and r not in already]
    # One sentence: what was put back, then each kind of trouble, as clauses of their own.
    if done == total:
        clauses = [with_number(translate("UndoNotice", "Put back %n order(s)", None, total), total)]
    else:
        clauses = [
            translate("UndoNotice", "Put back {done} of {total}").format(
                done=number(done), total=number(total)
            )
        ]
    for found, clause, why in (
        (moved, QT_TRANSLATE_NOOP("UndoNotice", "%n had changed since ({orders})"), True),
        (
            already,
            QT_TRANSLATE_NOOP("UndoNotice", "%n already had its earlier status again ({orders})"),
            False,
        ),
        (failed, QT_TRANSLATE_NOOP("UndoNotice", "%n could not be put back ({orders})"), True),
    ):
        if found:
            text = with_number(translate("UndoNotice", clause, None, len(found)), len(found))
            clauses.append(text.format(orders=_names(found, names, why)))
    return "; ".join(clauses) + "."


class UndoOffer(QObject):
    """The change Undo would put back, while it is offered; and Undo itself."""

    changed = Signal()  # offered, a second passed, running, done, withdrawn: show it again
    undone = Signal(str)  # what Undo did, in words

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._refs: list[UndoRef] = []
        self.text = ""  # what the notice says now
        self.accounts: frozenset[str] = frozenset()  # where the change it speaks of was made
        self.remaining = 0  # seconds Undo is still offered
        self.running = False
        self.showing = False  # the notice has something to say
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._second)
        self._result_timer = QTimer(self)
        self._result_timer.setSingleShot(True)
        self._result_timer.timeout.connect(self.withdraw)

    @property
    def available(self) -> bool:
        """Undo would do something now (what Ctrl+Z and the button follow)."""
        return bool(self._refs) and self.remaining > 0 and not self.running

    # -- offering -------------------------------------------------------------------------

    def offer(self, refs: Sequence[UndoRef], text: str) -> None:
        """Offer to undo the change `refs` names, saying `text` (what the change did)."""
        if not refs or self.running:
            return
        self._refs = list(refs)
        self.text = text
        self.accounts = frozenset(ref.account_id for ref in refs)
        self.remaining = OFFER_SECONDS
        self.showing = True
        self._result_timer.stop()
        self._tick.start()
        self.changed.emit()

    def offer_single(self, account_id: str, order_id: str, change_text: str) -> None:
        """A status change of one order, applied: offered when its backend can set it back."""
        if self._status_reversible(account_id):
            self.offer([UndoRef(account_id, order_ids=(order_id,))], change_text)
        else:
            self.not_offered()

    def offer_batch(self, account_id: str, batch_id: str | None, change_text: str) -> None:
        """A bulk status change, finished: offered when its backend can set it back."""
        if batch_id is not None and self._status_reversible(account_id):
            self.offer([UndoRef(account_id, batch_ids=(batch_id,))], change_text)
        else:
            self.not_offered()

    def offer_decisions(self, decisions: Decisions) -> None:
        """Review decisions, across accounts: those of accounts whose decision is a status that
        can be set back are offered; a cancel or approval kept for good is not."""
        ops = self._context.console.ops
        refs: list[UndoRef] = []
        applied = 0
        for account_id, batch_id in decisions.batches.items():
            if ops.can_undo_decision(account_id, decisions.action):
                refs.append(UndoRef(account_id, batch_ids=(batch_id,)))
                applied += sum(
                    1
                    for (account, _order), result in decisions.results.items()
                    if account == account_id and result.outcome is Outcome.APPLIED
                )
        if not applied:
            self.not_offered()
            return
        if decisions.action is OrderActionKind.APPROVE:
            text = self.tr("Approved %n order(s).", "", applied)
        elif decisions.action is OrderActionKind.CANCEL:
            text = self.tr("Canceled %n order(s).", "", applied)
        else:
            text = self.tr("Changed %n order(s).", "", applied)
        self.offer(refs, with_number(text, applied))

    def _status_reversible(self, account_id: str) -> bool:
        return self._context.console.ops.can_undo(account_id, StatusChange(""))

    def not_offered(self) -> None:
        """A change that cannot be undone replaces the offer of an earlier one: Undo must
        never reach past the change a person just made."""
        if not self.running:
            self.withdraw()

    def withdraw(self) -> None:
        self._refs = []
        self.accounts = frozenset()
        self.remaining = 0
        self.showing = False
        self._tick.stop()
        self._result_timer.stop()
        self.changed.emit()

    def text_shown_with(self, account_id: str | None) -> str:
        """What the offer says beside a list of `account_id` (None: of no one account): the
        account the change was made in is named when the list is another one's, so that
        Undo is never taken for a change of the orders in view."""
        if account_id is None or not self.accounts or account_id in self.accounts:
            return self.text
        settings = self._context.console.settings
        names = []
        for made_in in sorted(self.accounts):
            account = settings.account(made_in)
            names.append(account.name if account is not None else made_in)
        return self.tr("In {accounts}: {change}").format(
            accounts=", ".join(names), change=self.text
        )

    def _second(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.withdraw()
            return
        self.changed.emit()

    # -- undoing --------------------------------------------------------------------------

    def undo(self) -> None:
        """Put back what the offered change changed; the notice then says what became of it."""
        if not self.available:
            return
        refs, context = self._refs, self._context
        ops = context.console.ops
        self._tick.stop()
        self.running = True
        self.text = self.tr("Putting back…")
        self.changed.emit()

        async def work(_op: Operation[list[UndoReport]]) -> list[UndoReport]:
            return [await ops.undo(ref) for ref in refs]

        Operation(context, work, key="undo", context=self.tr("Undo")).success(self._done).failure(
            self._failed
        ).run()

    def _done(self, reports: list[UndoReport]) -> None:
        names: dict[str, str] = {}
        for report in reports:
            ids = list(report.report.results)
            orders = self._context.reader.get_many(report.account_id, ids)
            names.update({oid: order.name for oid, order in orders.items()})
            # The list, the pane and the counts show the orders as they are now.
            self._context.bus.publish(
                report.account_id, set(ids) | report.report.changed_ids, source=self
            )
        self._finish(describe_undo(reports, names))

    def _failed(self, error: BaseException) -> None:
        self._finish(self.tr("Undo did not finish: {reason}").format(reason=explain(error)))

    def _finish(self, text: str) -> None:
        self.running = False
        self._refs = []
        self.remaining = 0
        self.text = text
        self.showing = True
        self._result_timer.start(RESULT_MS)
        self.changed.emit()
        self.undone.emit(text)


class UndoNotice(QFrame):
    """The offer, floating over the bottom of a window: what the change did, and Undo with
    the seconds left. It takes no room from the list, and goes once the offer does."""

    MARGIN = 12

    def __init__(
        self,
        offer: UndoOffer,
        window: QWidget,
        *,
        shortcut: bool = False,
        shown_account: Callable[[], str | None] = lambda: None,
    ) -> None:
        """`shown_account` tells which account's orders the window lists, if one's."""
        super().__init__(window)
        self.setObjectName("undoNotice")
        style_notice(self)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.offer = offer
        self._window = window
        self._shown_account = shown_account
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.dismiss = QPushButton("✕")
        self.dismiss.setObjectName("undoDismiss")
        self.dismiss.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.dismiss)
        self.undo_button.clicked.connect(offer.undo)
        self.dismiss.clicked.connect(offer.withdraw)
        offer.changed.connect(self.refresh)
        if shortcut:  # a window without an Edit menu: Ctrl+Z here too
            key = QShortcut(QKeySequence("Ctrl+Z"), window)
            key.setContext(Qt.ShortcutContext.WindowShortcut)
            key.activated.connect(offer.undo)
        window.installEventFilter(self)
        self.hide()
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.undo_button.setToolTip(self.tr("Put back what this change changed (Ctrl+Z)"))
        self.dismiss.setToolTip(self.tr("Dismiss"))
        self.refresh()

    def refresh(self) -> None:
        offer = self.offer
        self.text.setText(offer.text_shown_with(self._shown_account()))
        self.undo_button.setVisible(offer.available)
        self.undo_button.setText(self.tr("Undo ({seconds} s)").format(seconds=offer.remaining))
        self.dismiss.setVisible(not offer.running)
        if offer.showing:
            self._place()
            self.show()
            self.raise_()
        else:
            self.hide()

    def _place(self) -> None:
        """Bottom left of the window's content, above its status bar, never wider than it."""
        window = self._window
        area = window.rect()
        central = window.centralWidget() if isinstance(window, QMainWindow) else None
        if central is not None:
            area = central.geometry()
        width = min(max(area.width() - 2 * self.MARGIN, 200), 760)
        self.setFixedWidth(width)
        self.adjustSize()
        height = (
            self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        )
        height = max(height, self.sizeHint().height())
        self.setFixedHeight(height)
        self.move(area.left() + self.MARGIN, area.bottom() - height - self.MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


def attach_undo_notice(window: QWidget, offer: UndoOffer, *, shortcut: bool = False) -> UndoNotice:
    """The window's undo notice, made the first time it is asked for."""
    notice = window.findChild(UndoNotice, "undoNotice", Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(notice, UndoNotice):
        return notice
    return UndoNotice(offer, window, shortcut=shortcut)
