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
        self.setWindowTitle("Rename view" if renaming else "Save as view")
        self.name = QLineEdit(name)
        self.name.setMaxLength(NAME_LIMIT + 20)  # typed past the limit, the reason says so
        self.name.setPlaceholderText("For example: Rush orders to approve")
        self.name.selectAll()
        self.scope = QComboBox()
        self.scope.addItem("Whichever account is open", ViewScope.OPEN)
        if account_name is not None:
            self.scope.addItem(f"Only {account_name}", ViewScope.ACCOUNT)
        self.scope.addItem("All accounts", ViewScope.ALL)
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
        form.addRow("&Name:", self.name)
        if not renaming:
            form.addRow("&Shows:", self.scope)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()
        self.resize(420, self.sizeHint().height())

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
