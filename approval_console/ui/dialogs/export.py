"""Export to CSV: what to export, to which file, and whether Excel will read it.

Small on purpose: the list already says what is shown and what is selected, so the only
questions are which of the two (the selection when there is one, as that is what a person
usually means), where the file goes, and the byte order mark Excel needs to read UTF-8. The
export itself runs in the background once the dialog closes (`ui.export_actions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from approval_console.ui.dialogs.live_text import LiveText, grow_to_fit
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, set_tone
from approval_console.ui.wording import with_number


class Scope(StrEnum):
    VIEW = "view"  # every order the list shows, with its filters, search and sort
    SELECTION = "selection"


@dataclass(frozen=True)
class ExportChoice:
    scope: Scope
    path: Path
    bom: bool


class ExportDialog(QDialog):
    """Emits `exportRequested(ExportChoice)` when the person clicks Export.

    Without `view_count` (a report, which has no view or selection) only the file and the
    mark are asked.
    """

    exportRequested = Signal(object)  # ExportChoice

    def __init__(
        self,
        title: str,
        default_path: Path,
        *,
        bom: bool,
        view_count: int | None = None,
        selection_count: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._view_count = view_count or 0
        self._selection_count = selection_count

        self.view_choice = QRadioButton()
        self.selection_choice = QRadioButton()
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.view_choice)
        self._scope.addButton(self.selection_choice)
        self.selection_choice.setEnabled(selection_count > 0)
        # Several orders selected on purpose are what a person means, most often. One is
        # usually just the current order (the list always has one): then the whole list.
        (self.selection_choice if selection_count > 1 else self.view_choice).setChecked(True)

        self.path = QLineEdit(str(default_path))
        self.path.setObjectName("exportPath")
        self.path.setMinimumWidth(320)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_file)
        self.bom = QCheckBox()
        self.bom.setChecked(bom)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_tone(self.problem, Tone.ERROR)
        self.problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Our own button, not a standard one: the box would set a standard button's text back
        # to Qt's own word on every language change.
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(self._validate)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        self.scope_label = QLabel()
        self.file_label = QLabel()
        if view_count is not None:
            scope = QVBoxLayout()
            scope.addWidget(self.selection_choice)
            scope.addWidget(self.view_choice)
            form.addRow(self.scope_label, scope)
        else:
            self.view_choice.hide()
            self.selection_choice.hide()
        form.addRow(self.file_label, file_row)
        form.addRow("", self.bom)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        follow_language(self, self._retranslate)
        self.live = LiveText(self)  # the problem line
        self._validate()

    def _retranslate(self) -> None:
        views, selected = self._view_count, self._selection_count
        self.view_choice.setText(
            with_number(
                self.tr("All %n order(s) in the list (its filters, search and sort)", "", views),
                views,
            )
        )
        self.selection_choice.setText(
            with_number(self.tr("The %n selected order(s)", "", selected), selected)
            if selected > 1
            else self.tr("The selected order")
        )
        self.browse.setText(self.tr("Choose…"))
        self.bom.setText(self.tr("Add a BOM for Excel"))
        self.bom.setToolTip(
            self.tr(
                "Excel reads a CSV file's accents and symbols correctly only when it starts with "
                "this mark; LibreOffice and other programs do not need it."
            )
        )
        self.export_button.setText(self.tr("Export"))
        self.scope_label.setText(self.tr("Export:"))
        self.file_label.setText(self.tr("File:"))
        grow_to_fit(self)

    def scope(self) -> Scope:
        return Scope.SELECTION if self.selection_choice.isChecked() else Scope.VIEW

    def chosen_path(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix or not path.name else path.with_suffix(".csv")

    def _why_not(self) -> str:
        path = self.chosen_path()
        if path is None:
            return self.tr("Choose a file to export to.")
        if path.is_dir():
            return self.tr("{path} is a folder: choose a file name in it.").format(path=path)
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        return ""

    def _validate(self) -> None:
        problem = self._why_not()
        # Said only once something was typed: an empty field needs no scolding.
        self.live.say(self.problem, lambda: self.problem.setText(self._why_not()))
        self.problem.setVisible(bool(problem) and bool(self.path.text().strip()))
        self.export_button.setEnabled(not problem)

    def _choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Export to CSV"))
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        current = self.chosen_path()
        if current is not None:
            dialog.setDirectory(str(current.parent))
            dialog.selectFile(current.name)
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    def _export(self) -> None:
        path = self.chosen_path()
        if path is None or self._why_not():
            self._validate()
            return
        self.exportRequested.emit(ExportChoice(self.scope(), path, self.bom.isChecked()))
        self.accept()
