"""Naming a view: "Save as view…" (with where it applies) and "Rename…".

The name is checked as it is typed and the reason shown under it (empty, too long, taken), so
Save is only offered for a name that will be accepted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.views import NAME_LIMIT, ViewScope
from approval_console.ui.dialogs.live_text import grow_to_fit
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, set_tone


class SaveViewDialog(QDialog):
    """Asks a view's name and, for a new view, which orders it looks at."""

    def __init__(
        self,
        problem: Callable[[str], str | None],
        parent: QWidget | None = None,
        *,
        name: str = "",
        account_name: str | None = None,
        renaming: bool = False,
    ) -> None:
        super().__init__(parent)
        self._problem = problem
        self._renaming = renaming
        self._account_name = account_name
        self.name = QLineEdit(name)
        self.name.setMaxLength(NAME_LIMIT + 20)  # typed past the limit, the reason says so
        self.name.selectAll()
        self.scope = QComboBox()
        self.scope.addItem("", ViewScope.OPEN)
        if account_name is not None:
            self.scope.addItem("", ViewScope.ACCOUNT)
        self.scope.addItem("", ViewScope.ALL)
        self.reason = QLabel()
        self.reason.setObjectName("viewNameProblem")
        set_tone(self.reason, Tone.ERROR)
        self.reason.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.scope_label = QLabel()
        self.scope_label.setBuddy(self.scope)
        form.addRow(self.name_label, self.name)
        if not renaming:
            form.addRow(self.scope_label, self.scope)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        follow_language(self, self._retranslate)
        self.resize(420, self.sizeHint().height())

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rename view") if self._renaming else self.tr("Save as view"))
        self.name.setPlaceholderText(self.tr("For example: Rush orders to approve"))
        words = {
            ViewScope.OPEN: self.tr("Whichever account is open"),
            ViewScope.ACCOUNT: self.tr("Only {account}").format(account=self._account_name),
            ViewScope.ALL: self.tr("All accounts"),
        }
        for index in range(self.scope.count()):
            self.scope.setItemText(index, words[ViewScope(self.scope.itemData(index))])
        self.name_label.setText(self.tr("&Name:"))
        self.scope_label.setText(self.tr("&Shows:"))
        self._check()  # the reason shown, in the new language
        grow_to_fit(self)

    def chosen_scope(self) -> ViewScope:
        return ViewScope(self.scope.currentData())

    def _check(self) -> bool:
        text = self.name.text()
        problem = self._problem(text)
        # An empty field is where everyone starts: it says nothing until something was typed.
        self.reason.setText(problem if problem and text else "")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(problem is None)
        return problem is None

    def _accept(self) -> None:
        if self._check():
            self.accept()
