"""Exporting to CSV from the window: ask what and where, then write it in the background.

An export of 100,000 orders takes seconds; the window stays usable meanwhile. The rows are
read and written on a thread of the export's own (never the GUI thread, never the list's query
thread, which would hold up filtering), and the run is a job: its progress shows in the status
bar with a Cancel, and in the jobs panel with Stop. Success says how many orders went where,
with a button to open the folder; a failure says why in a message, and the file that had that
name before is untouched (the writer replaces it only once the new one is complete).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QTableView,
    QWidget,
)

from approval_console.services.csv_export import ExportCanceled, write_csv
from approval_console.services.export_process import can_run_in_process, run_in_process
from approval_console.services.order_export import (
    REPORT_HEADER,
    Field,
    OrderRows,
    export_orders,
    export_orders_at,
    fields_for,
    report_rows,
)
from approval_console.services.outcomes import ChangeReport, Outcome
from approval_console.ui.context import UiContext
from approval_console.ui.dialogs.export import ExportChoice, ExportDialog, Scope
from approval_console.ui.jobs import Job
from approval_console.ui.language import follow_language
from approval_console.ui.models.across import AcrossAccountsModel
from approval_console.ui.models.orders import COLUMNS, OrderTableModel
from approval_console.ui.notifications import EXPORT_JOB
from approval_console.ui.runtime import explain
from approval_console.ui.viewmodels.bulk import BackgroundChanges
from approval_console.ui.wording import with_number

CSV_BOM = "csv_bom"  # settings.ui: whether the last export added a BOM for Excel
CSV_FOLDER = "csv_folder"  # settings.ui: the folder the last CSV file went to
OPEN_FOLDER_MS = 10_000  # how long "Open folder" stays beside the success line
PROGRESS_SECONDS = 0.25  # the job's progress is shown this often at most

Write = Callable[[Callable[[int], None], Callable[[], bool]], int]


def file_stem(text: str) -> str:
    """An account's name as part of a file name: "Northwind Workshop" -> "northwind-workshop"."""
    return re.sub(r"[^\w]+", "-", text.strip().lower()).strip("-_") or "orders"


def default_name(kind: str, where: str, day: date | None = None) -> str:
    """ "orders-northwind-workshop-2026-12-03.csv" """
    return f"{kind}-{file_stem(where)}-{(day or date.today()).isoformat()}.csv"


def shown_columns(view: QTableView) -> list[str]:
    """The titles of the columns `view` shows, in the order a person arranged them (the
    header's visual order), hidden ones left out."""
    header = view.horizontalHeader()
    model = view.model()
    titles: list[str] = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if header.isSectionHidden(logical):
            continue
        title = model.headerData(logical, Qt.Orientation.Horizontal)
        if isinstance(title, str) and title:
            titles.append(title)
    return titles


def selected_rows(view: QTableView) -> list[int]:
    """The selected rows, from the selection's ranges: cheap with 100,000 selected, where
    `selectedRows()` would make an index per row."""
    rows: set[int] = set()
    selection = view.selectionModel().selection()
    for index in range(selection.size()):
        selected = selection.at(index)
        rows.update(range(selected.top(), selected.bottom() + 1))
    return sorted(rows)


def list_text(title: str) -> Field | None:
    """A column the export has no typed value for: its text as the list writes it."""
    column = next((c for c in COLUMNS if c.title == title), None)
    if column is None:
        return None
    text = column.text
    return Field(title, lambda listed: text(listed.order))


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def status_bar_of(widget: QWidget | None) -> QStatusBar | None:
    """The status bar of the window `widget` is in (a dialog's owner), if it has one."""
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget.statusBar()
        widget = widget.parentWidget()
    return None


class ExportStatus(QWidget):
    """In the status bar while an export runs: where it goes, how far, and Cancel; then,
    for a while, the button that opens the folder it went to."""

    def __init__(self, job: Job, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportStatus")
        self.job = job
        self.path = path
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setRange(0, max(1, job.total))
        self.cancel = QPushButton()
        self.cancel.clicked.connect(job.stop)
        self.open_button = QPushButton()
        self.open_button.setToolTip(str(path.parent))
        self.open_button.clicked.connect(lambda: open_folder(path))
        self.open_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        layout.addWidget(self.open_button)
        job.changed.connect(self._progress)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        name = self.path.name
        self.label.setText(self.tr("Exporting to {file}…").format(file=name))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(
            self.tr("Stop the export; {file} is left as it was").format(file=name)
        )
        self.open_button.setText(self.tr("Open folder"))

    def _progress(self) -> None:
        self.bar.setMaximum(max(1, self.job.total))
        self.bar.setValue(self.job.done)
        self.cancel.setEnabled(self.job.can_stop)

    def written(self) -> None:
        """Done: only the way to the folder stays, for a while."""
        self.label.hide()
        self.bar.hide()
        self.cancel.hide()
        self.open_button.show()
        QTimer.singleShot(OPEN_FOLDER_MS, self.deleteLater)


class ExportRun(QObject):
    """One export, as a job of the window: `write(progress, cancelled)` runs on a thread of
    its own and returns how many rows it wrote."""

    def __init__(
        self,
        context: UiContext,
        owner: QWidget,
        *,
        title: str,
        subtitle: str,
        path: Path,
        total: int,
        write: Write,
    ) -> None:
        super().__init__(owner)
        self._context = context
        self._owner = owner
        self.path = path
        self._write = write
        self._cancel = threading.Event()
        self._existed = path.exists()
        self.job = context.jobs.add(
            Job(title, total, subtitle=subtitle, stop=self._cancel.set, kind=EXPORT_JOB)
        )
        self.job.showRequested.connect(lambda: open_folder(path))
        bar = status_bar_of(owner)
        self.status: ExportStatus | None = None
        if bar is not None:
            self.status = ExportStatus(self.job, path)
            bar.addPermanentWidget(self.status)
        self._bar = bar
        self.error: str | None = None  # why it failed, once it has
        context.runner.start(
            self._run(),
            key=f"export-{id(self)}",
            context=self.tr("Export"),
            on_done=self._written,
            on_error=self._failed,
        )

    async def _run(self) -> int | None:
        """How many rows were written; None when the person cancelled."""
        loop = asyncio.get_running_loop()

        last = [0.0]

        def progress(done: int) -> None:
            # A few times a second is all a person reads; each update relays the status bar.
            now = time.monotonic()
            if now - last[0] >= PROGRESS_SECONDS:
                last[0] = now
                loop.call_soon_threadsafe(self._progress, done)

        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-export")
        try:
            return await loop.run_in_executor(executor, self._write, progress, self._cancel.is_set)
        except ExportCanceled:
            return None
        except asyncio.CancelledError:
            self._cancel.set()  # the window is closing: the thread stops at its next check
            raise
        finally:
            executor.shutdown(wait=False)

    def _progress(self, done: int) -> None:
        with contextlib.suppress(RuntimeError):  # the job was dismissed meanwhile
            self.job.progress(done)

    def _say(self, message: str) -> None:
        if self._bar is not None:
            self._bar.showMessage(message, OPEN_FOLDER_MS)

    def _written(self, count: int | None) -> None:
        name = self.path.name
        if count is None:
            self._canceled()
            return
        written = with_number(self.tr("%n order(s) written to {file}", "", count), count)
        self.job.finish(written.format(file=name))
        exported = with_number(self.tr("Exported %n order(s) to {file}", "", count), count)
        self._say(exported.format(file=name))
        if self.status is not None:
            self.status.written()

    def _kept(self) -> str:
        """What became of the file a failed or cancelled export was to replace."""
        name = self.path.name
        if self._existed:
            return self.tr("{file} was left as it was.").format(file=name)
        return self.tr("{file} was not written.").format(file=name)

    def _drop_status(self) -> None:
        if self.status is not None:
            self.status.deleteLater()
            self.status = None

    def _canceled(self) -> None:
        self._drop_status()
        kept = self._kept()
        self.job.finish(self.tr("Canceled: {what}").format(what=kept))
        self._say(self.tr("Export canceled: {what}").format(what=kept))

    def _failed(self, error: BaseException) -> None:
        self._drop_status()
        name, kept = self.path.name, self._kept()
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            self.error = self.tr("{file} could not be written: {reason}. {what}").format(
                file=name, reason=reason, what=kept
            )
        else:
            self.error = self.tr("{file} could not be written. {reason} {what}").format(
                file=name, reason=explain(error), what=kept
            )
        self.job.fail(self.error)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Export failed"), self.error, parent=self._owner
        )
        box.setObjectName("exportFailed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


SAVE_CHOICE_MS = 1000  # like the layout: the file follows a choice a second later


class Exports(QObject):
    """Where the window's exports start: remembered choices, the dialog, the runs."""

    def __init__(self, context: UiContext, owner: QWidget) -> None:
        super().__init__(owner)
        self._context = context
        self._owner = owner
        # Orders are exported by a process of their own where one can be started: on a thread
        # the export's Python work holds up the window's (see `services.export_process`).
        self.in_process = can_run_in_process()
        self._save = QTimer(self)
        self._save.setSingleShot(True)
        self._save.setInterval(SAVE_CHOICE_MS)
        self._save.timeout.connect(context.console.save_settings)

    # -- remembered choices --------------------------------------------------------------------

    @property
    def bom(self) -> bool:
        return bool(self._context.console.settings.ui.get(CSV_BOM, False))

    def folder(self) -> Path:
        """Where the last CSV file went, else Documents, else home: never the folder the app
        happened to be started from."""
        last = self._context.console.settings.ui.get(CSV_FOLDER)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        for candidate in (last, documents):
            if isinstance(candidate, str) and candidate and Path(candidate).is_dir():
                return Path(candidate)
        return Path.home()

    def remember(self, choice: ExportChoice) -> None:
        """Kept at once for the next export; written to the settings file a moment later.
        Writing it (two synced files) on the click that starts the export would add to the
        one pause a person can feel then, the window repainting as the dialog closes."""
        console = self._context.console
        console.settings.ui[CSV_BOM] = choice.bom
        console.settings.ui[CSV_FOLDER] = str(choice.path.parent)
        self._save.start()

    # -- what is exported ------------------------------------------------------------------------

    def ask(
        self,
        title: str,
        name: str,
        then: Callable[[ExportChoice], None],
        *,
        view_count: int | None = None,
        selection_count: int = 0,
    ) -> ExportDialog:
        dialog = ExportDialog(
            title,
            self.folder() / name,
            bom=self.bom,
            view_count=view_count,
            selection_count=selection_count,
            parent=self._owner,
        )

        def chosen(choice: ExportChoice) -> None:
            self.remember(choice)
            then(choice)

        dialog.exportRequested.connect(chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def start(
        self,
        choice: ExportChoice,
        *,
        title: str,
        subtitle: str,
        total: int,
        write: Write,
    ) -> ExportRun:
        # The run is the owner's child: it lives as long as the window, whoever started it.
        return ExportRun(
            self._context,
            self._owner,
            title=title,
            subtitle=subtitle,
            path=choice.path,
            total=total,
            write=write,
        )

    def export_list(self, table: QTableView, where: str) -> ExportDialog | None:
        """Ctrl+E: the orders `table` lists (all, or the selected), its shown columns."""
        model = table.model()
        if not isinstance(model, OrderTableModel) or model.rowCount() == 0:
            bar = status_bar_of(self._owner)
            if bar is not None:
                bar.showMessage(
                    self.tr("There are no orders in the list to export."), OPEN_FOLDER_MS
                )
            return None
        selected = selected_rows(table)
        across = isinstance(model, AcrossAccountsModel)
        titles = shown_columns(table)  # as arranged now, not once the export ends

        def chosen(choice: ExportChoice) -> None:
            rows = range(model.rowCount()) if choice.scope is Scope.VIEW else selected
            self._export_rows(choice, model, rows, titles, where, across=across)

        return self.ask(
            self.tr("Export to CSV"),
            default_name("orders", where),
            chosen,
            view_count=model.rowCount(),
            selection_count=len(selected),
        )

    def _export_rows(
        self,
        choice: ExportChoice,
        model: OrderTableModel,
        rows: Sequence[int] | range,
        titles: list[str],
        where: str,
        *,
        across: bool,
    ) -> ExportRun:
        if isinstance(rows, range) and rows == range(model.rowCount()):
            rowids = model.rowids()
        else:
            rowids = [rid for rid in map(model.rowid_at, rows) if rid is not None]
        accounts: list[str] | None = None
        names: dict[str, str] | None = None
        if isinstance(model, AcrossAccountsModel):
            accounts = [model.account_at(row) or "" for row in rows]
            names = {a.id: a.name for a in self._context.console.settings.accounts}
        selection = OrderRows(rowids, accounts, names)
        fields = fields_for(titles, across=across, fallback=list_text)
        database = self._context.console.database

        def write(progress: Callable[[int], None], cancelled: Callable[[], bool]) -> int:
            if self.in_process:
                args = (database.path, choice.path, selection, titles, across, choice.bom)
                return run_in_process(
                    export_orders_at, args, progress=progress, cancelled=cancelled
                )
            return export_orders(
                database,
                choice.path,
                selection,
                fields,
                bom=choice.bom,
                progress=progress,
                cancelled=cancelled,
            )

        count = len(selection)
        title = with_number(self.tr("Export %n order(s) to {file}", "", count), count)
        return self.start(
            choice,
            title=title.format(file=choice.path.name),
            subtitle=where,
            total=count,
            write=write,
        )

    def export_report(
        self,
        report: ChangeReport,
        numbers: dict[str, str],
        outcome_text: dict[Outcome, str],
        where: str,
    ) -> ExportDialog:
        """A bulk run's report: every order with its outcome and reason."""

        def chosen(choice: ExportChoice) -> None:
            rows = report_rows(report, numbers, outcome_text)

            def write(progress: Callable[[int], None], cancelled: Callable[[], bool]) -> int:
                return write_csv(
                    choice.path,
                    REPORT_HEADER,
                    rows,
                    bom=choice.bom,
                    progress=progress,
                    cancelled=cancelled,
                )

            self.start(
                choice,
                title=self.tr("Export the report to {file}").format(file=choice.path.name),
                subtitle=where,
                total=len(rows),
                write=write,
            )

        return self.ask(self.tr("Export the report to CSV"), default_name("report", where), chosen)


def export_bulk_report(
    changes: BackgroundChanges,
    names: dict[str, str],
    outcome_text: dict[Outcome, str],
    owner: QWidget,
) -> None:
    """ "Export report…" of a finished bulk run (a status change, finalize, approve or cancel).
    The window (`owner`) runs it: it outlives the dialog, and says how the export went."""
    report = changes.report
    if report is None:
        return
    context = changes.context
    account = context.console.settings.account(changes.account_id)
    Exports(context, owner).export_report(
        report, names, outcome_text, account.name if account else "orders"
    )
