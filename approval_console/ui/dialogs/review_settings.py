"""Mark, per status-based account, which statuses need review and where a decision moves an
order: ApprovePro has no notion of "awaiting approval", so the person says what it means.

The choices live in each account's options (`with_review_options`). They are shown in two
places: the Review page of Preferences, where each change applies at once, and the review
queue's own "Review settings…" dialog, which saves them when asked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.backends import Capabilities, capabilities_of
from approval_console.core.labels import status_label
from approval_console.services.review import (
    APPROVE_STATUS,
    CANCEL_STATUS,
    REVIEW_STATUSES,
    review_statuses,
    with_review_options,
)
from approval_console.ui.context import UiContext
from approval_console.ui.language import follow_language


class _AccountMarks(QGroupBox):
    changed = Signal()  # a status marked or unmarked, or a destination chosen

    def __init__(self, context: UiContext, account_id: str) -> None:
        account = context.console.settings.account(account_id)
        assert account is not None
        super().__init__(account.name)  # the account's name: data, not translated
        self.account_id = account_id
        statuses = context.reader.statuses(account_id)
        marked = set(review_statuses(account))
        self.needs_review = QListWidget()
        self.needs_review.setMaximumHeight(150)
        for status in statuses:
            item = QListWidgetItem(status.name)  # as the server names it
            item.setData(Qt.ItemDataRole.UserRole, status.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = status.code in marked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.needs_review.addItem(item)
        self.approve_to = QComboBox()
        self.cancel_to = QComboBox()
        for combo, option in ((self.approve_to, APPROVE_STATUS), (self.cancel_to, CANCEL_STATUS)):
            combo.addItem("", "")  # "Not set", in the person's language
            for status in statuses:
                combo.addItem(status_label(status), status.code)
            combo.setCurrentIndex(max(0, combo.findData(account.options.get(option, ""))))
        self.no_statuses = QLabel()
        form = QFormLayout(self)
        if not statuses:
            form.addRow(self.no_statuses)
        self._labels: list[QLabel] = []  # their words are set by _retranslate
        for field in (self.needs_review, self.approve_to, self.cancel_to):
            label = QLabel()
            label.setBuddy(field)
            form.addRow(label, field)
            self._labels.append(label)
        follow_language(self, self._retranslate)
        self.needs_review.itemChanged.connect(lambda _item: self.changed.emit())
        self.approve_to.currentIndexChanged.connect(lambda _row: self.changed.emit())
        self.cancel_to.currentIndexChanged.connect(lambda _row: self.changed.emit())

    def _retranslate(self) -> None:
        self.no_statuses.setText(self.tr("Refresh this account once to see its statuses."))
        for combo in (self.approve_to, self.cancel_to):
            combo.setItemText(0, self.tr("Not set", "destination status"))
        texts = (
            self.tr("Needs review:"),
            self.tr("Approving moves to:"),
            self.tr("Cancelling moves to:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)

    def options(self) -> dict[str, str]:
        rows = [self.needs_review.item(i) for i in range(self.needs_review.count())]
        codes = [
            row.data(Qt.ItemDataRole.UserRole)
            for row in rows
            if row.checkState() == Qt.CheckState.Checked
        ]
        return {
            REVIEW_STATUSES: ",".join(codes),
            APPROVE_STATUS: self.approve_to.currentData() or "",
            CANCEL_STATUS: self.cancel_to.currentData() or "",
        }


class ReviewChoices(QWidget):
    """Every status-based account's review marks, one group each."""

    changed = Signal()  # any account's marks, as shown, differ from a moment ago

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.groups = [
            _AccountMarks(context, account.id)
            for account in context.console.settings.accounts
            if (capabilities_of(account.backend) or Capabilities()).status_changes
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        for group in self.groups:
            layout.addWidget(group)
            group.changed.connect(self.changed)
        self.none = QLabel()
        if not self.groups:
            layout.addWidget(self.none)
        layout.addStretch(1)  # groups keep their height; the room left stays below them
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Orders of these accounts join the review queue when they are in a status "
                "marked here. Other accounts' orders join it when their system says they "
                "await approval."
            )
        )
        self.none.setText(self.tr("No account here uses statuses of its own."))

    def apply(self) -> None:
        """Write the marks shown into the accounts (the settings file is the caller's)."""
        console = self._context.console
        changed = {group.account_id: group.options() for group in self.groups}
        console.settings.accounts = [
            with_review_options(account, changed[account.id]) if account.id in changed else account
            for account in console.settings.accounts
        ]


class ReviewPage(ReviewChoices):
    """The Review page of Preferences: each mark applies at once, and is saved with the rest.

    Which orders await a decision depends on the marks, so every window that shows the queue
    or its count is told that any account's orders may have changed.
    """

    def __init__(
        self, context: UiContext, changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("reviewPreferences")
        self._saved_later = changed
        self.changed.connect(self._apply_now)

    def _apply_now(self) -> None:
        self.apply()
        self._context.bus.publish(None, source=self)
        self._saved_later()


class ReviewSettingsDialog(QDialog):
    """The review queue's "Review settings…": the same choices, saved when the person says."""

    saved = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(440)
        self._context = context
        self.choices = ReviewChoices(context)
        self.groups = self.choices.groups
        layout = QVBoxLayout(self)
        layout.addWidget(self.choices)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review settings"))

    def _save(self) -> None:
        self.choices.apply()
        self._context.console.save_settings()
        self.saved.emit()
        self.accept()
