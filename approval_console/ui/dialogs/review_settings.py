"""Mark, per status-based account, which statuses need review and where a decision moves an
order: ApprovePro has no notion of "awaiting approval", so the person says what it means."""

from __future__ import annotations

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
from approval_console.services.review import (
    APPROVE_STATUS,
    CANCEL_STATUS,
    REVIEW_STATUSES,
    review_statuses,
    with_review_options,
)
from approval_console.ui.context import UiContext


class _AccountMarks(QGroupBox):
    def __init__(self, context: UiContext, account_id: str) -> None:
        account = context.console.settings.account(account_id)
        assert account is not None
        super().__init__(account.name)
        self.account_id = account_id
        statuses = context.reader.statuses(account_id)
        marked = set(review_statuses(account))
        self.needs_review = QListWidget()
        self.needs_review.setMaximumHeight(150)
        for status in statuses:
            item = QListWidgetItem(status.name)
            item.setData(Qt.ItemDataRole.UserRole, status.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = status.code in marked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.needs_review.addItem(item)
        self.approve_to = QComboBox()
        self.cancel_to = QComboBox()
        for combo, option in ((self.approve_to, APPROVE_STATUS), (self.cancel_to, CANCEL_STATUS)):
            combo.addItem("Not set", "")
            for status in statuses:
                combo.addItem(status.name, status.code)
            combo.setCurrentIndex(max(0, combo.findData(account.options.get(option, ""))))
        form = QFormLayout(self)
        if not statuses:
            form.addRow(QLabel("Refresh this account once to see its statuses."))
        form.addRow("Needs review:", self.needs_review)
        form.addRow("Approving moves to:", self.approve_to)
        form.addRow("Cancelling moves to:", self.cancel_to)

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


class ReviewSettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Review settings")
        self.setMinimumWidth(440)
        self._context = context
        settings = context.console.settings
        self.groups = [
            _AccountMarks(context, account.id)
            for account in settings.accounts
            if (capabilities_of(account.backend) or Capabilities()).status_changes
        ]
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Orders of these accounts join the review queue when they are in a status marked "
            "here. Other accounts' orders join it when their system says they await approval."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for group in self.groups:
            layout.addWidget(group)
        if not self.groups:
            layout.addWidget(QLabel("No account here uses statuses of its own."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        console = self._context.console
        changed = {group.account_id: group.options() for group in self.groups}
        console.settings.accounts = [
            with_review_options(account, changed[account.id]) if account.id in changed else account
            for account in console.settings.accounts
        ]
        console.save_settings()
        self.saved.emit()
        self.accept()
