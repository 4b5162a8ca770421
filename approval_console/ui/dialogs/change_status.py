"""Change the status of the current order, offering only the statuses it can take."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.changes import StatusChange
from approval_console.core.domain import Status
from approval_console.core.labels import status_label
from approval_console.ui.dialogs.live_text import LiveText, grow_to_fit
from approval_console.ui.language import follow_language
from approval_console.ui.widgets.comment_box import CommentEditor


class StatusOptions(QWidget):
    """Target status, optional comment, and who gets told: shared by single and bulk changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox()
        self.status.setMinimumWidth(240)
        self.comment = CommentEditor()
        self.email_customer = QCheckBox()
        self.email_customer.setChecked(True)
        self.email_additional = QCheckBox()
        self.email_additional.setChecked(True)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel()
        self.comment_label = QLabel()
        self.form.addRow(self.status_label, self.status)
        self.form.addRow(self.comment_label, self.comment)
        self.form.addRow("", self.email_customer)
        self.form.addRow("", self.email_additional)
        follow_language(self, self._retranslate)
        self.status.currentIndexChanged.connect(self.changed)
        # Each edit: an empty comment is fine to send, and "ok" is not, with no validity change.
        self.comment.text_edit().textChanged.connect(self.changed)
        self.comment.validityChanged.connect(lambda _valid: self.changed.emit())

    def _retranslate(self) -> None:
        self.email_customer.setText(self.tr("Email the customer"))
        self.email_additional.setText(self.tr("Email additional recipients"))
        self.status_label.setText(self.tr("New status"))
        self.comment_label.setText(self.tr("Comment (optional)"))

    def set_statuses(self, statuses: list[Status], placeholder: str = "") -> None:
        """Offer `statuses`. With a placeholder, nothing is chosen until the person chooses
        (Qt then leaves the field on the placeholder); without one, the first is chosen."""
        self.status.clear()
        if placeholder:
            self.status.setPlaceholderText(placeholder)  # replaces what was said before
        for status in statuses:
            self.status.addItem(status_label(status), status.code)
            self.status.setItemData(
                self.status.count() - 1, status.description, Qt.ItemDataRole.ToolTipRole
            )
        self.changed.emit()

    def status_code(self) -> str | None:
        return self.status.currentData()

    def comment_ok(self) -> bool:
        return not self.comment.text().strip() or self.comment.is_valid()

    def is_valid(self) -> bool:
        return self.status_code() is not None and self.comment_ok()

    def change(self, **extra: object) -> StatusChange:
        code = self.status_code()
        assert code is not None
        text = self.comment.text().strip()
        return StatusChange(
            code,
            comment=text or None,
            public=self.comment.is_public(),
            email_customer=self.email_customer.isChecked(),
            email_additional=self.email_additional.isChecked(),
            **extra,  # type: ignore[arg-type]
        )


class ChangeStatusDialog(QDialog):
    """Opened with `open()`; emits `changeChosen(StatusChange)` when the person applies."""

    changeChosen = Signal(object)

    def __init__(self, order_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order_name = order_name
        self.options = StatusOptions()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Our own button, not a standard one: the box would set a standard button's text back
        # to Qt's own word on every language change.
        self.apply = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply.setEnabled(False)
        self.apply.clicked.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        self.options.comment.submitRequested.connect(self._apply)  # Ctrl+Enter in the comment
        self.options.changed.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.options)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        # Enter applies the chosen status (and does nothing while none is chosen): left to
        # the button box, Cancel would be the default and Enter would throw the choice away.
        # Set once the button is in the dialog: only then does the dialog know its default.
        self.apply.setDefault(True)
        follow_language(self, self._retranslate)
        self.live = LiveText(self)  # the placeholder and the note, as the statuses arrive
        self.live.say(self.options.status, self._say_loading)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change status of {order}").format(order=self._order_name))
        self.apply.setText(self.tr("Change status"))
        grow_to_fit(self)

    def _say_loading(self) -> None:
        self.options.status.setPlaceholderText(self.tr("Loading the statuses this order can take…"))

    def set_viable(self, statuses: list[Status]) -> None:
        """The statuses arrived: the loading message goes, and the person chooses one (none is
        chosen for them: Enter must not apply a status nobody picked)."""
        self.options.set_statuses(statuses)
        self.live.say(self.options.status, lambda: self._say_viable(bool(statuses)))
        self._validate()

    def _say_viable(self, any_status: bool) -> None:
        self.options.status.setPlaceholderText(
            self.tr("Choose the new status") if any_status else self.tr("No other status")
        )
        self.live.say(
            self.note,
            lambda: self.note.setText(
                "" if any_status else self.tr("This order cannot move to any other status.")
            ),
        )

    def show_error(self, message: str) -> None:
        self.live.say(self.note, lambda: self.note.setText(message))  # the server's words

    def _validate(self) -> None:
        self.apply.setEnabled(self.options.is_valid())

    def _apply(self) -> None:
        if not self.options.comment_ok():
            self.options.comment.show_problem()
            return
        if self.options.is_valid():
            self.changeChosen.emit(self.options.change())
            self.accept()
