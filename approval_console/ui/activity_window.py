"""The activity log: every change made from this profile, with the jobs still running on top.

Each row says when, which account and order, what was asked, how it ended and why. From here a
person retries what was not applied, finds those orders in the main list, or exports what the
filters show. The log follows changes as they are made, from any window.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.services.activity import (
    OUTCOME_TEXT,
    Activity,
    ActivityFilter,
    ActivityOutcome,
    DayRange,
    RetryReport,
)
from approval_console.services.outcomes import Outcome
from approval_console.ui.context import UiContext
from approval_console.ui.dates import date_edit
from approval_console.ui.dialog_host import DialogHost
from approval_console.ui.jobs import JobList
from approval_console.ui.language import follow_language
from approval_console.ui.models.activity import CHANGE, COLUMNS, ORDER, WHEN, WHY
from approval_console.ui.tones import Tone, set_tone
from approval_console.ui.viewmodels.activity import ActivityViewModel
from approval_console.ui.widgets.plain_table import read_only_rows
from approval_console.ui.wording import number, with_number

SEARCH_DEBOUNCE_MS = 250
# The file dialog's filters, translated where shown ("ActivityWindow").
CSV = QT_TRANSLATE_NOOP("ActivityWindow", "CSV files (*.csv)")
CSV_EXCEL = QT_TRANSLATE_NOOP(
    "ActivityWindow", "CSV files for Excel, UTF-8 with a byte order mark (*.csv)"
)
PICK_DAY = "pick"
DAY_CHOICES: tuple[tuple[str, DayRange | str | None], ...] = (
    (QT_TRANSLATE_NOOP("ActivityWindow", "Any day"), None),
    (QT_TRANSLATE_NOOP("ActivityWindow", "Today"), DayRange.TODAY),
    (QT_TRANSLATE_NOOP("ActivityWindow", "Yesterday"), DayRange.YESTERDAY),
    (QT_TRANSLATE_NOOP("ActivityWindow", "Last 7 days"), DayRange.LAST_7_DAYS),
    (QT_TRANSLATE_NOOP("ActivityWindow", "On a day…"), PICK_DAY),
)
OUTCOME_WORDS = {  # how many retried changes ended each way: "%n applied"
    Outcome.APPLIED: QT_TRANSLATE_NOOP("ActivityWindow", "%n applied"),
    Outcome.NOT_APPLIED: QT_TRANSLATE_NOOP("ActivityWindow", "%n not applied"),
    Outcome.NOT_SENT: QT_TRANSLATE_NOOP("ActivityWindow", "%n not sent"),
    Outcome.UNKNOWN: QT_TRANSLATE_NOOP("ActivityWindow", "%n still in doubt"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("ActivityWindow", "%n left as they were"),
    Outcome.CHANGED_MEANWHILE: QT_TRANSLATE_NOOP(
        "ActivityWindow", "%n held back: changed meanwhile"
    ),
}


class JobsPanel(QWidget):
    """The jobs running now, each with its progress; hidden while none runs."""

    def __init__(self, jobs: JobList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 6)
        self.title = QLabel()
        self.bars: list[QProgressBar] = []
        jobs.changed.connect(self.refresh)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.title.setText("<b>{}</b>".format(self.tr("Running")))
        self.refresh()

    def refresh(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.title:
                widget.deleteLater()
        self.bars = []
        running = self._jobs.running
        self._grid.addWidget(self.title, 0, 0, 1, 3)
        for row, job in enumerate(running, 1):
            name = job.title + (f" · {job.subtitle}" if job.subtitle else "")
            bar = QProgressBar()
            bar.setRange(0, max(job.total, 1))
            bar.setValue(min(job.done, max(job.total, 1)))
            bar.setFormat(job.state_text())
            bar.setAccessibleName(name)
            self.bars.append(bar)
            self._grid.addWidget(QLabel(name), row, 0)
            self._grid.addWidget(bar, row, 1)
            self._grid.addWidget(QLabel(job.detail), row, 2)
        self._grid.setColumnStretch(1, 1)
        self.setVisible(bool(running))


class ActivityWindow(QWidget):
    """View → Activity log…: one window, raised again when asked for again."""

    showRequested = Signal(str, list)  # account id, order ids: select them in the list

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("activityWindow")
        self.resize(1200, 700)
        self.context = context
        self.vm = ActivityViewModel(context, self)
        self.dialogs = DialogHost(self)

        self.jobs = JobsPanel(context.jobs)
        self.account = QComboBox()
        self.outcome = QComboBox()
        self.outcome.addItem("", None)
        for outcome in OUTCOME_TEXT:
            self.outcome.addItem("", outcome)
        self.day = QComboBox()
        for _text, choice in DAY_CHOICES:
            self.day.addItem("", choice)
        self.picked_day = date_edit(QDate.currentDate())
        self.picked_day.hide()
        self.number = QLineEdit()
        self.number.setClearButtonEnabled(True)
        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(SEARCH_DEBOUNCE_MS)
        self._search.timeout.connect(self._filters_changed)

        self.table = read_only_rows(QTableView(), several=True)
        self.table.setObjectName("activityTable")
        self.table.setModel(self.vm.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        for column, sample in ((WHEN, "00 May 0000 00:00"), (ORDER, "R000000000")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.resizeSection(CHANGE, 260)
        for column in range(len(COLUMNS)):
            if column not in (WHEN, ORDER, CHANGE, WHY):
                header.resizeSection(column, 150)

        self.count = QLabel()
        self._total: int | None = None  # the count shown, said again after a language change
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.retry = QPushButton()
        self.show_in_list = QPushButton()
        self.export = QPushButton()
        self.close_button = QPushButton()

        filters = QHBoxLayout()
        filters.addWidget(self.account)
        filters.addWidget(self.outcome)
        filters.addWidget(self.day)
        filters.addWidget(self.picked_day)
        filters.addWidget(self.number, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addWidget(self.message, 1)
        for button in (self.retry, self.show_in_list, self.export, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.jobs)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self._keep_selected: list[int] = []
        follow_language(self, self._retranslate)
        self._connect()
        self._selection_changed()
        self.vm.requery()

    # -- construction --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        """The window's words in the language chosen: set at start and after each change."""
        self.setWindowTitle(self.tr("Activity log — Approval Console"))
        self.account.setToolTip(self.tr("Account"))
        self.outcome.setToolTip(self.tr("Outcome"))
        self.outcome.setItemText(0, self.tr("Any outcome"))
        for index, text in enumerate(OUTCOME_TEXT.values(), start=1):
            self.outcome.setItemText(index, translate("Activity", text))
        self.day.setToolTip(self.tr("Day"))
        for index, (text, _choice) in enumerate(DAY_CHOICES):
            self.day.setItemText(index, self.tr(text))
        self.number.setPlaceholderText(self.tr("Order number"))
        self.retry.setText(self.tr("&Retry"))
        self.retry.setToolTip(self.tr("Send again what was not applied"))
        self.show_in_list.setText(self.tr("&Show in list"))
        self._name_export()
        self.close_button.setText(self.tr("Close"))
        self._fill_accounts()
        if self._total is not None:
            self._show_count(self._total)

    def _name_export(self) -> None:
        """Export…, or Cancel export while one runs (the same button)."""
        self.export.setText(self.tr("Cancel e&xport") if self.vm.exporting else self.tr("&Export…"))

    def _connect(self) -> None:
        for combo in (self.account, self.outcome, self.day):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.day.currentIndexChanged.connect(self._day_chosen)
        self.picked_day.dateChanged.connect(self._filters_changed)
        self.number.textChanged.connect(lambda _text: self._search.start())
        self.number.returnPressed.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.show_selected())
        model = self.vm.model
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        model.modelReset.connect(self._selection_changed)
        model.dataChanged.connect(self._selection_changed)
        self.vm.counted.connect(self._show_count)
        self.vm.retried.connect(self._show_retried)
        self.vm.retryFailed.connect(lambda text: self.say(text, Tone.ERROR))
        self.vm.exported.connect(self._show_exported)
        self.vm.exportFailed.connect(lambda text: self._export_ended(text, Tone.ERROR))
        self.vm.exportCanceled.connect(
            lambda: self._export_ended(self.tr("Export canceled; no file was written."), None)
        )
        self.vm.exportProgress.connect(
            lambda done, total: self.say(
                self.tr("Exporting… {done} of {total}").format(
                    done=number(done), total=number(total)
                )
            )
        )
        self.retry.clicked.connect(self.retry_selected)
        self.show_in_list.clicked.connect(self.show_selected)
        self.export.clicked.connect(self._export_clicked)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence("Esc"), self, self.close)

    def _fill_accounts(self) -> None:
        self.account.blockSignals(True)
        chosen = self.account.currentData()
        self.account.clear()
        self.account.addItem(self.tr("All accounts"), None)
        for account in self.context.console.settings.accounts:
            self.account.addItem(account.name, account.id)
        index = self.account.findData(chosen)
        self.account.setCurrentIndex(max(index, 0))
        self.account.blockSignals(False)

    # -- filters -------------------------------------------------------------------------------

    def current_filter(self) -> ActivityFilter:
        choice = self.day.currentData()
        picked = self.picked_day.date()
        day: DayRange | date | None = None
        if choice == PICK_DAY:
            day = date(picked.year(), picked.month(), picked.day())
        elif choice:  # a combo gives back its data as plain text
            day = DayRange(choice)
        outcome = self.outcome.currentData()
        return ActivityFilter(
            account_id=self.account.currentData(),
            outcome=ActivityOutcome(outcome) if outcome else None,
            day=day,
            number=self.number.text().strip(),
        )

    def _day_chosen(self) -> None:
        picking = self.day.currentData() == PICK_DAY
        self.picked_day.setVisible(picking)
        if picking:
            self.picked_day.setFocus()

    def _filters_changed(self) -> None:
        self.vm.set_filter(self.current_filter())

    def _show_count(self, total: int) -> None:
        self._total = total
        self.count.setText(with_number(self.tr("%n change(s)", "", total), total))

    # -- the selection -------------------------------------------------------------------------

    def selected(self) -> list[Activity]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        model = self.vm.model
        return [model.activity_at(row) for row in rows if row < model.rowCount()]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.retry.setEnabled(any(activity.retryable for activity in chosen))
        self.show_in_list.setEnabled(any(activity.of_order for activity in chosen))
        self.export.setEnabled(self.vm.model.rowCount() > 0)

    def _remember_selection(self) -> None:
        self._keep_selected = [activity.id for activity in self.selected()]

    def _restore_selection(self) -> None:
        rows = self.vm.model.rows_of(self._keep_selected)
        if not rows:
            return
        model, selection = self.vm.model, QItemSelection()
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, len(COLUMNS) - 1))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    # -- acting --------------------------------------------------------------------------------

    def retry_selected(self) -> None:
        chosen = [activity for activity in self.selected() if activity.retryable]
        if not chosen:
            return
        count = len(chosen)
        self.say(with_number(self.tr("Retrying %n change(s)…", "", count), count))
        self.retry.setEnabled(False)
        self.vm.retry(chosen)

    def _show_retried(self, report: RetryReport) -> None:
        tally = Counter(result.outcome for result in report.results)
        parts = [
            with_number(self.tr(OUTCOME_WORDS[outcome], "", count), count)
            for outcome, count in tally.items()
        ]
        retried = len(report.results)
        text = with_number(self.tr("Retried %n change(s): {outcomes}.", "", retried), retried)
        text = text.format(outcomes=", ".join(parts))
        trouble = [r for r in report.results if r.outcome is not Outcome.APPLIED and r.reason]
        if trouble:
            first = trouble[0]
            text += " " + self.tr("{change} on {order}: {reason}").format(
                change=first.activity.what, order=first.activity.order, reason=first.reason
            )
        tone = Tone.SUCCESS if tally[Outcome.APPLIED] == len(report.results) else Tone.WARNING
        self.say(text, tone)
        self._selection_changed()

    def show_selected(self) -> None:
        """Select the chosen orders in the main list: those of one account (the one with most
        of them), switching to it there if need be."""
        by_account: dict[str, list[str]] = {}
        for activity in self.selected():
            if activity.of_order:
                ids = by_account.setdefault(activity.entry.account_id, [])
                if activity.entry.order_id not in ids:
                    ids.append(activity.entry.order_id)
        if not by_account:
            return
        account_id = max(by_account, key=lambda key: len(by_account[key]))
        order_ids = by_account[account_id]
        others = len(by_account) - 1
        count = len(order_ids)
        text = with_number(self.tr("%n order(s) selected in the list.", "", count), count)
        if others:
            text += " " + self.tr("Orders of %n other account(s) are not shown there.", "", others)
        self.say(text)
        self.showRequested.emit(account_id, order_ids)

    def _export_clicked(self) -> None:
        if self.vm.exporting:
            self.vm.cancel_export()
        else:
            self.choose_export()

    def choose_export(self) -> None:
        dialog = QFileDialog(self, self.tr("Export the activity log as CSV"))
        dialog.setObjectName("exportActivityDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        csv, csv_excel = self.tr(CSV), self.tr(CSV_EXCEL)
        dialog.setNameFilters([csv, csv_excel])
        dialog.setDefaultSuffix("csv")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = Path(folder) if folder and Path(folder).is_dir() else Path.home()
        dialog.setDirectory(str(start))
        dialog.selectFile(str(start / f"activity-{date.today().isoformat()}.csv"))
        dialog.fileSelected.connect(
            lambda path: self.export_to(Path(path), bom=dialog.selectedNameFilter() == csv_excel)
        )
        self.dialogs.open(dialog)

    def export_to(self, path: Path, *, bom: bool = False) -> None:
        """Export what the filters show; the button stops it while it runs."""
        total = self.vm.total
        self.say(with_number(self.tr("Exporting %n change(s)…", "", total), total))
        self.vm.export(path, bom=bom)
        self._name_export()

    def _show_exported(self, path: str, count: int) -> None:
        text = with_number(self.tr("%n change(s) exported to {path}", "", count), count)
        self._export_ended(text.format(path=path), Tone.SUCCESS)

    def _export_ended(self, text: str, tone: Tone | None) -> None:
        self.export.setText(self.tr("&Export…"))
        self.say(text, tone)

    def say(self, text: str, tone: Tone | None = None) -> None:
        self.message.setText(text)
        set_tone(self.message, tone)

    # -- showing and closing -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again after a close: it follows changes again, from what the journal says."""
        super().showEvent(event)
        if not self.vm.subscribed:
            self.vm.subscribe()
            self._fill_accounts()
            self.vm.requery(keep=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed, it stops following changes (an export under way still ends)."""
        self.dialogs.close_all()
        self.vm.unsubscribe()
        super().closeEvent(event)
