"""The current order: who and what, its actions, progress stepper, history and backend tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.backends import Capabilities
from approval_console.core.changes import CommentChange, OrderActionKind
from approval_console.core.detail import OrderDetail
from approval_console.core.domain import Order, Review, Status
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.core.labels import FINANCIAL, FULFILLMENT, status_label
from approval_console.services.outcomes import OrderResult, Outcome
from approval_console.ui.dates import format_date_range
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, set_tone
from approval_console.ui.widgets.billing_tabs import BillingTabs
from approval_console.ui.widgets.comment_box import CommentEditor
from approval_console.ui.widgets.status_chip import StatusChip
from approval_console.ui.widgets.stepper import ProgressStepper
from approval_console.ui.widgets.timeline import HistoryTimeline
from approval_console.ui.widgets.transient import show_toned

ACTION_TITLES = {
    "status": QT_TRANSLATE_NOOP("DetailPane", "Status change"),
    "comment": QT_TRANSLATE_NOOP("DetailPane", "Comment"),
    "due_date": QT_TRANSLATE_NOOP("DetailPane", "Due date"),
    "order_action": QT_TRANSLATE_NOOP("DetailPane", "Order change"),
    "create_invoice": QT_TRANSLATE_NOOP("DetailPane", "Invoice"),
    "invoice_action": QT_TRANSLATE_NOOP("DetailPane", "Invoice change"),
    "shipment": QT_TRANSLATE_NOOP("DetailPane", "Shipment"),
    "return": QT_TRANSLATE_NOOP("DetailPane", "Return"),
}
LOADING_HISTORY = QT_TRANSLATE_NOOP("DetailPane", "Loading history…")
NO_HISTORY = QT_TRANSLATE_NOOP("DetailPane", "No history yet")


class DetailPane(QWidget):
    """Shows one order; asks the window for actions through signals."""

    changeStatusRequested = Signal()
    dueDateRequested = Signal()
    commentSubmitted = Signal(object)  # CommentChange
    orderActionRequested = Signal(object)  # OrderActionKind
    createInvoiceRequested = Signal()
    applyAnywayRequested = Signal()  # send the change held back as changed meanwhile

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statuses: dict[str, Status] = {}
        self._capabilities = Capabilities()
        self._order: Order | None = None
        self._history_note = ""  # the timeline's placeholder, in English (translated when shown)
        self._result: tuple[str, OrderResult] | None = None  # the error line shown, if any

        self.title = QLabel()
        self.title.setObjectName("orderTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chip = StatusChip()
        self.customer = QLabel()
        self.email = QLabel()
        self.language = QLabel()
        self.due = QLabel()
        self.tags = QLabel()
        self.states = QLabel()  # payment and fulfillment, where the backend's orders say them
        self.states.setObjectName("orderStates")
        for label in (self.customer, self.email, self.due, self.tags, self.states):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.change_status = QPushButton()
        self.change_status.clicked.connect(self.changeStatusRequested)
        self.set_due = QPushButton()
        self.set_due.clicked.connect(self.dueDateRequested)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("detailMessage")
        self.message.hide()
        self.apply_anyway = QPushButton()
        self.apply_anyway.clicked.connect(self.applyAnywayRequested)
        self.apply_anyway.hide()

        self.stepper = ProgressStepper()
        self.timeline = HistoryTimeline()
        self.timeline.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.comment = CommentEditor()
        self.comment.setMaximumHeight(130)  # the history, not the comment box, gets the room
        self.add_comment = QPushButton()
        self.add_comment.setEnabled(False)
        self.comment.validityChanged.connect(self.add_comment.setEnabled)
        self.add_comment.clicked.connect(self._submit_comment)

        self.finalize = QPushButton()
        self.finalize.clicked.connect(
            lambda: self.orderActionRequested.emit(OrderActionKind.FINALIZE)
        )
        self.approve = QPushButton()
        self.approve.clicked.connect(
            lambda: self.orderActionRequested.emit(OrderActionKind.APPROVE)
        )
        self.cancel_order = QPushButton()
        self.cancel_order.clicked.connect(
            lambda: self.orderActionRequested.emit(OrderActionKind.CANCEL)
        )
        # What approving or cancelling tells the customer, as last chosen in the review queue.
        self.decision_note = QLabel()
        self.decision_note.setWordWrap(True)
        set_tone(self.decision_note, Tone.CAPTION)
        self.decision_note.hide()
        self.create_invoice = QPushButton()
        self.create_invoice.clicked.connect(self.createInvoiceRequested)
        self.billing = BillingTabs()
        self.billing.hide()
        self._billing_mode = False
        self._records_mode = False

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyDetail")

        header = QGridLayout()
        header.addWidget(self.title, 0, 0)
        header.addWidget(self.chip, 0, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.customer, 1, 0)
        header.addWidget(self.language, 1, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.email, 2, 0)
        header.addWidget(self.due, 2, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.states, 3, 0, 1, 2)
        header.addWidget(self.tags, 4, 0, 1, 2)
        actions = QHBoxLayout()
        for button in (
            self.change_status,
            self.set_due,
            self.finalize,
            self.approve,
            self.cancel_order,
            self.create_invoice,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.add_comment, 0, Qt.AlignmentFlag.AlignBottom)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(header)
        body.addLayout(actions)
        body.addWidget(self.decision_note)
        body.addWidget(self.message)
        body.addWidget(self.apply_anyway, 0, Qt.AlignmentFlag.AlignLeft)
        self._progress_title = _section("")
        self._history_title = _section("")
        body.addWidget(self._progress_title)
        body.addWidget(self.stepper)
        body.addWidget(self._history_title)
        body.addWidget(self.timeline, 1)
        body.addLayout(comment_row)
        body.addWidget(self.billing, 1)
        body.addStretch(0)  # takes the room only when no history or tabs are shown

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)
        self.body.hide()
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.change_status.setText(self.tr("Change status…"))
        self.set_due.setText(self.tr("Due date…"))
        self.apply_anyway.setText(self.tr("Apply anyway"))
        self.apply_anyway.setToolTip(self.tr("Send the change to the order as it is now"))
        self.add_comment.setText(self.tr("Add comment"))
        self.finalize.setText(self.tr("Finalize"))
        self.finalize.setToolTip(self.tr("Present the order to the buyer for approval"))
        self.approve.setText(self.tr("Approve"))
        self.approve.setToolTip(self.tr("Let the order go ahead (it awaits a decision)"))
        self.cancel_order.setText(self.tr("Cancel order…"))
        self.create_invoice.setText(self.tr("Create invoice…"))
        self.empty.setText(self.tr("Select an order to see its history and progress."))
        # Captions are written in capitals, in every language (upper() knows "é" → "É").
        self._progress_title.setText(self.tr("Progress the customer sees").upper())
        self._history_title.setText(self.tr("History").upper())
        if self._history_note:
            self.timeline.set_placeholder(translate("DetailPane", self._history_note))
        if self._order is not None:
            self.show_order(self._order)
        if self._result is not None and not self.message.isHidden():
            self.show_result(*self._result)

    # -- state from the view model -----------------------------------------------------------

    def set_capabilities(self, capabilities: Capabilities) -> None:
        self._capabilities = capabilities
        self.change_status.setVisible(capabilities.status_changes)
        self.set_due.setVisible(capabilities.due_dates)
        self.comment.setVisible(capabilities.comments)
        self.add_comment.setVisible(capabilities.comments)
        # A billing backend has no history or customer timeline: its tabs take that room.
        billing = capabilities.invoices
        records = capabilities.order_records and not billing
        self._billing_mode = billing
        self._records_mode = records
        progress = capabilities.progress_timeline and not billing
        self._progress_title.setVisible(progress)
        self.stepper.setVisible(progress)
        history = capabilities.history and not billing
        self._history_title.setVisible(history)
        self.timeline.setVisible(history)
        self.billing.setVisible(billing or records)
        self.billing.set_records_mode(records)
        self.finalize.setVisible(capabilities.order_actions)
        self.approve.setVisible(capabilities.review)
        self.cancel_order.setVisible(capabilities.order_actions or capabilities.review)
        self.create_invoice.setVisible(billing)
        self._update_actions()

    def set_decision_note(self, text: str) -> None:
        self.decision_note.setText(text)
        self.decision_note.setVisible(bool(text))

    def set_statuses(self, statuses: list[Status]) -> None:
        self._statuses = {status.code: status for status in statuses}

    def show_order(self, order: Order | None) -> None:
        previous, self._order = self._order, order
        self.empty.setVisible(order is None)
        self.body.setVisible(order is not None)
        if order is None or previous is None or previous.id != order.id:
            # A result or error belongs to the order it was about, not to the next one shown.
            self.show_message("")
        if order is None:
            return
        self.title.setText(
            self.tr("{number}  (canceled)").format(number=order.name)
            if order.is_canceled
            else order.name
        )
        status = order.status
        color = status.color if status else None
        if status and not color and status.code in self._statuses:
            color = self._statuses[status.code].color
        self.chip.set_status(status_label(status) if status else None, color)
        self.customer.setText(order.customer.name)
        self.email.setText(order.customer.email)
        language = language_name(order.customer.locale)
        self.language.setText(
            self.tr("Language: {language}").format(language=language) if language else ""
        )
        if not self._capabilities.due_dates:
            self.due.setText(
                self.tr("Amount {amount}").format(amount=order.amount) if order.amount else ""
            )
        elif order.due_date is None:
            self.due.setText(self.tr("No due date"))
        else:
            overdue = order.is_overdue(date.today())
            dates = format_date_range(order.due_date, order.due_date_to)
            text = self.tr("Due {dates} · overdue") if overdue else self.tr("Due {dates}")
            self.due.setText(text.format(dates=dates))
            set_tone(self.due, Tone.ERROR if overdue else None)
        self._show_states(order)
        self.tags.setText(
            self.tr("Tags: {tags}").format(tags=", ".join(order.tags)) if order.tags else ""
        )
        self.tags.setVisible(bool(order.tags))
        self._update_actions()

    def _show_states(self, order: Order) -> None:
        """ "Payment: Balance due · Fulfillment: Backordered", in people's words; the server's
        own words in the tooltip."""
        shown = [
            (line.format(state=vocabulary.text(word)), sent.format(word=word))
            for line, sent, vocabulary, word in (
                (
                    self.tr("Payment: {state}"),
                    self.tr("Payment: sent as \u201c{word}\u201d"),
                    FINANCIAL,
                    order.financial_status,
                ),
                (
                    self.tr("Fulfillment: {state}"),
                    self.tr("Fulfillment: sent as \u201c{word}\u201d"),
                    FULFILLMENT,
                    order.fulfillment_status,
                ),
            )
            if word and self._capabilities.payment_states
        ]
        self.states.setText(" · ".join(text for text, _sent in shown))
        self.states.setToolTip("\n".join(sent for _text, sent in shown))
        self.states.setVisible(bool(shown))

    def show_detail(self, detail: OrderDetail | None, fresh: bool) -> None:
        if self._billing_mode:
            self.billing.set_billing(detail.billing if detail else None)
            self._update_actions()
            return
        if self._records_mode:
            self.billing.set_records(detail.records if detail else None)
        if detail is None:
            self.stepper.set_steps([])
            self.timeline.clear()
            self._show_history_note(LOADING_HISTORY)
            return
        self.stepper.set_steps(list(detail.timeline))
        self.timeline.set_events(list(detail.history), self._statuses)
        if not detail.history:
            self._show_history_note(NO_HISTORY)

    def _show_history_note(self, text: str) -> None:
        self._history_note = text
        self.timeline.set_placeholder(translate("DetailPane", text))

    def _update_actions(self) -> None:
        """Order actions only where the order's state allows them, and not before it is known."""
        billing = self.billing.billing if self._billing_mode else None
        state = billing.purchase_order.state if billing else None
        order = self._order
        review = order.review if order else None
        self.finalize.setEnabled(state is not None and state.can_finalize)
        self.create_invoice.setEnabled(state is not None and state.can_add_invoice)
        self.approve.setEnabled(review is Review.AWAITING)
        if self._billing_mode:
            self.cancel_order.setEnabled(billing is not None and billing.can_cancel)
        else:
            self.cancel_order.setEnabled(
                order is not None and review is not Review.CANCELED and not order.is_canceled
            )

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A success line fades after a few seconds; an error stays until the next message."""
        self._result = None
        self.message.setProperty("error", error)
        show_toned(self.message, text, Tone.ERROR if error else Tone.SUCCESS)

    def show_result(self, kind: str, result: OrderResult) -> None:
        title = translate("DetailPane", ACTION_TITLES.get(kind, kind))
        if result.outcome is Outcome.APPLIED:
            self.show_message(self.tr("{action} saved.").format(action=title))
            if kind == "comment":
                self.comment.clear()
        elif result.outcome is Outcome.CHANGED_MEANWHILE:
            self.show_message(
                self.tr(
                    "{action} not sent: {reason}. Look at the order as it is now, then "
                    "apply anyway if it still should be."
                ).format(action=title, reason=result.reason),
                error=True,
            )
        elif result.outcome is Outcome.UNKNOWN:
            self.show_message(
                self.tr(
                    "{action}: the server did not confirm it yet ({reason}). It will be "
                    "checked again before anything is resent."
                ).format(action=title, reason=result.reason),
                error=True,
            )
        else:
            reason = result.reason or self.tr("refused")
            self.show_message(
                self.tr("{action} not saved: {reason}").format(action=title, reason=reason),
                error=True,
            )
            if kind == "comment":
                self.comment.set_server_error(reason)
        self.add_comment.setEnabled(self.comment.is_valid())
        # An error line stays until the next message: it is written again in a new language.
        self._result = None if result.outcome is Outcome.APPLIED else (kind, result)

    def submit_comment(self) -> None:
        """Send the comment as Add comment does (Ctrl+Enter in the box comes here too)."""
        if self._order is not None and self.comment.isVisible():
            self._submit_comment()

    def _submit_comment(self) -> None:
        if not self.comment.is_valid():
            self.comment.show_problem()
            return
        self.add_comment.setEnabled(False)
        self.commentSubmitted.emit(
            CommentChange(self.comment.text().strip(), public=self.comment.is_public())
        )


def language_name(code: str | None) -> str:
    """ "en" as people read it ("English"); a code Qt does not know is shown as it is."""
    if not code:
        return ""
    language = QLocale(code.replace("-", "_")).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(language)


def _section(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 0.85)
    label.setFont(font)
    label.setContentsMargins(0, 6, 0, 0)
    set_tone(label, Tone.CAPTION)
    label.setFrameShape(QFrame.Shape.NoFrame)
    return label
