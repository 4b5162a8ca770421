"""Bulk status change: preview, run with progress and Stop, then a result per order.

The dialog is modeless (shown, never opened): the window stays usable while thousands of orders
go through the rate limits, and the list updates as orders are confirmed. Closing it leaves the
run going as a job in the status bar, which opens this dialog again with its report.

Only the status needs a plan (a preview asked of the server); the comment, emails, send time
and due date are taken as they are when the change starts, so choosing them never holds up the
button. While a plan is being made the button says so and cannot be clicked.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.changes import StatusChange
from approval_console.core.domain import Status
from approval_console.core.i18n import QT_TRANSLATE_NOOP
from approval_console.services.bulk import BulkPlan, BulkProgress
from approval_console.services.outcomes import ChangeReport, Outcome
from approval_console.ui.change_bus import ChangeBus
from approval_console.ui.dates import date_edit, datetime_edit
from approval_console.ui.dialogs.change_status import StatusOptions
from approval_console.ui.dialogs.live_text import LiveText, grow_to_fit
from approval_console.ui.export_actions import export_bulk_report
from approval_console.ui.language import follow_language
from approval_console.ui.viewmodels.bulk import NOT_APPLIED, BulkChangeViewModel, still_checking
from approval_console.ui.viewmodels.session import summarize
from approval_console.ui.widgets.jobs_indicator import closing_keeps_running
from approval_console.ui.wording import number, with_number

# Said in the person's language where shown (`outcome_text`); the English stays the key.
OUTCOME_TEXT = {
    Outcome.APPLIED: QT_TRANSLATE_NOOP("Outcome", "Applied"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("Outcome", "Already had it"),
    Outcome.NOT_APPLIED: QT_TRANSLATE_NOOP("Outcome", "Not applied"),
    Outcome.NOT_SENT: QT_TRANSLATE_NOOP("Outcome", "Not sent"),
    Outcome.UNKNOWN: QT_TRANSLATE_NOOP("Outcome", "Unknown"),
    Outcome.CHANGED_MEANWHILE: QT_TRANSLATE_NOOP("Outcome", "Changed meanwhile"),
}
OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1  # the outcome of a result row, to say it again


def outcome_text(outcome: Outcome) -> str:
    """What became of one order, in the person's language."""
    return QCoreApplication.translate("Outcome", OUTCOME_TEXT[outcome])


def outcome_texts() -> dict[Outcome, str]:
    """Every outcome in the person's language, as a report written now says them."""
    return {outcome: outcome_text(outcome) for outcome in OUTCOME_TEXT}


def duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return QCoreApplication.translate("Duration", "{seconds} s").format(seconds=seconds)
    minutes, rest = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("Duration", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=f"{rest:02d}"
        )
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Duration", "{hours} h {minutes} min").format(
        hours=hours, minutes=f"{minutes:02d}"
    )


PUBLISH_MS = 400  # what a running bulk change changed reaches the other windows this often


class BulkChangeDialog(QDialog):
    """Publishes on `bus` as orders are confirmed, and signals `selectRequested(ids)` at the end.

    Progress arrives many times a second on a big run: what changed is published at most every
    `PUBLISH_MS`, the whole account while it runs and the orders reported once it ends.
    """

    selectRequested = Signal(list)

    def __init__(
        self,
        view_model: BulkChangeViewModel,
        statuses: list[Status],
        names: dict[str, str],
        bus: ChangeBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vm = view_model
        self._bus = bus
        self._changed_ids: set[str] | None = set()  # None: any of the account's orders
        self._publish = QTimer(self)
        self._publish.setSingleShot(True)
        self._publish.setInterval(PUBLISH_MS)
        self._publish.timeout.connect(self._publish_changes)
        self._names = names
        count = len(view_model.order_ids)
        self._count = count
        self.setModal(False)
        self.resize(620, 560)

        self.options = StatusOptions()
        self.options.set_statuses(statuses)
        # None chosen at first: each plan asks the server (up to 25 requests under a limit of
        # 60 a minute), so only the status the person picks is planned.
        self.options.status.setCurrentIndex(-1)
        self.due_on = QCheckBox()
        self.due = date_edit(QDate.currentDate().addDays(7))
        self.due.setEnabled(False)
        self.due_on.toggled.connect(self.due.setEnabled)
        self.send_on = QCheckBox()
        self.send_at = datetime_edit(QDateTime.currentDateTime().addSecs(3600))
        self.send_at.setEnabled(False)
        self.send_on.toggled.connect(self.send_at.setEnabled)
        self.options.form.addRow(self.due_on, self.due)
        self.options.form.addRow(self.send_on, self.send_at)

        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setObjectName("bulkPreview")
        self.start = QPushButton()
        self.start.setEnabled(False)
        self.start.clicked.connect(self._start)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)  # closing never stops a run

        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, count))
        self.progress_text = QLabel()
        self.background_note = closing_keeps_running()
        self.stop = QPushButton()
        self.stop.clicked.connect(self.vm.cancel)

        self.results = QStandardItemModel(0, 3, self)
        self.result_table = QTableView()
        self.result_table.setModel(self.results)
        self.result_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.result_table.verticalHeader().hide()
        self.result_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.select_missing = QPushButton()
        self.select_missing.clicked.connect(self._select_missing)
        # Orders another operator changed since the plan: not sent, unless the person asks.
        self.apply_anyway = QPushButton()
        self.apply_anyway.clicked.connect(self._apply_anyway)
        # Every order with its outcome and reason, for a spreadsheet or someone else to follow up.
        self.export_report = QPushButton()
        self.export_report.clicked.connect(self._export_report)

        setup = QWidget()
        setup_layout = QVBoxLayout(setup)
        setup_layout.addWidget(self.options)
        setup_layout.addWidget(self.preview)
        setup_layout.addStretch(1)
        running = QWidget()
        running_layout = QVBoxLayout(running)
        running_layout.addWidget(self.progress)
        running_layout.addWidget(self.progress_text)
        running_layout.addWidget(self.background_note)
        running_layout.addWidget(self.summary)
        running_layout.addWidget(self.result_table, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(setup)
        self.pages.addWidget(running)

        buttons = QHBoxLayout()
        buttons.addWidget(self.select_missing)
        buttons.addWidget(self.apply_anyway)
        buttons.addWidget(self.export_report)
        buttons.addStretch(1)
        buttons.addWidget(self.stop)
        buttons.addWidget(self.start)
        buttons.addWidget(self.close_button)
        self.select_missing.hide()
        self.apply_anyway.hide()
        self.export_report.hide()
        self.stop.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        # Arrowing through the statuses makes one plan, for the status the person stops on.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._prepare)
        self.options.status.currentIndexChanged.connect(self._status_changed)
        self.options.changed.connect(self._validate)  # a comment fixed or broken: no new plan
        self.vm.planReady.connect(self._show_plan)
        self.vm.planFailed.connect(self._plan_failed)
        self.vm.progress.connect(self._show_progress)
        self.vm.stopRequested.connect(self._stopping)
        self.vm.finished.connect(self._show_report)
        self.vm.revised.connect(self._show_report)
        self.vm.failed.connect(self._show_failure)
        follow_language(self, self._retranslate)
        # Lines written as the run goes, said again from the same state after a language change.
        self.live = LiveText(self)
        self._status_changed()

    def _retranslate(self) -> None:
        count = self._count
        self.setWindowTitle(self._grouped(self.tr("Change the status of %n order(s)", "", count)))
        self.options.status.setPlaceholderText(self.tr("Choose a status…"))
        self.due_on.setText(self.tr("Also set the due date"))
        self.send_on.setText(self.tr("Send the emails at"))
        self.close_button.setText(self.tr("Close"))
        self.stop.setText(self.tr("Stop sending"))
        self.stop.setToolTip(
            self.tr(
                "Orders not sent yet are left as they are; those already sent are still confirmed."
            )
        )
        self.results.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Result"), self.tr("Why")]
        )
        for row in range(self.results.rowCount()):
            item = self.results.item(row, 1)
            item.setText(outcome_text(Outcome(item.data(OUTCOME_ROLE))))
        self.select_missing.setText(self.tr("Select the orders not applied"))
        self.apply_anyway.setToolTip(
            self.tr("Send the change to the orders changed meanwhile, as they are now")
        )
        self.export_report.setText(self.tr("Export report…"))
        grow_to_fit(self)

    def _grouped(self, text: str) -> str:
        return with_number(text, self._count)

    def _start_text(self) -> str:
        return self._grouped(self.tr("Change %n order(s)", "", self._count))

    # -- preview -------------------------------------------------------------------------------

    def _status_changed(self) -> None:
        code = self.options.status_code()
        if code is None:
            self._debounce.stop()
            self.live.say(self.start, lambda: self.start.setText(self._start_text()))
            self.live.say(
                self.preview,
                lambda: self.preview.setText(self.tr("Choose a status to see what will happen.")),
            )
        elif self.vm.planned(code) and self.vm.plan is not None:
            self._debounce.stop()
            self._show_plan(self.vm.plan)
        else:
            self.live.say(self.start, lambda: self.start.setText(self.tr("Checking…")))
            self.live.say(
                self.preview, lambda: self.preview.setText(self.tr("Working out what will happen…"))
            )
            self._debounce.start()
        self._validate()

    def _prepare(self) -> None:
        code = self.options.status_code()
        if code is not None:
            self.vm.prepare(code)

    def _validate(self) -> None:
        """The button works only with a plan for the chosen status and a comment that can go."""
        code = self.options.status_code()
        plan = self.vm.plan if self.vm.planned(code) else None
        self.start.setEnabled(plan is not None and bool(plan.to_send) and self.options.comment_ok())

    def _change(self) -> StatusChange:
        due = self.due.date().toPython() if self.due_on.isChecked() else None
        # The stubs type `toPython()` as object; a QDateTime's is a datetime.
        chosen = cast(datetime, self.send_at.dateTime().toPython())
        send_at = chosen.astimezone(UTC) if self.send_on.isChecked() else None
        return self.options.change(due_date=due, send_at=send_at)

    def _show_plan(self, plan: BulkPlan) -> None:
        if plan.change.status_code != self.options.status_code():
            return  # a plan for a status chosen before; the one for this status is coming
        self.live.say(self.preview, lambda: self.preview.setText(self._plan_text(plan)))
        self.live.say(self.start, lambda: self.start.setText(self._start_text()))
        self._validate()

    def _plan_text(self, plan: BulkPlan) -> str:
        lines = [
            with_number(
                self.tr("<b>{sent}</b> of %n order(s) will be sent.", "", plan.total),
                plan.total,
            ).format(sent=number(len(plan.to_send)))
        ]
        if plan.already:
            count = len(plan.already)
            lines.append(
                with_number(
                    self.tr("%n already has(have) this status and will be skipped.", "", count),
                    count,
                )
            )
        if plan.not_viable:
            count = len(plan.not_viable)
            lines.append(
                with_number(
                    self.tr(
                        "%n probably cannot take this status (its(their) tags do not allow it); "
                        "the server will skip it(them) and the report will say so.",
                        "",
                        count,
                    ),
                    count,
                )
            )
        if plan.to_send:
            lines.append(
                with_number(
                    self.tr(
                        "About {duration} under the API's rate limits (%n bulk request(s)).",
                        "",
                        plan.bulk_requests,
                    ),
                    plan.bulk_requests,
                ).format(duration=duration(plan.eta_seconds))
            )
        if plan.to_send and plan.check is not None and plan.check.describe():
            lines.append(html.escape(plan.check.describe()))
        if plan.budget_words():  # what asking which orders can take the status cost
            lines.append(html.escape(plan.budget_words()))
        return "<br>".join(lines)

    def _plan_failed(self, message: str) -> None:
        self.live.say(
            self.preview,
            lambda: self.preview.setText(
                self.tr("{message}<br>Choose the status again to try again.").format(
                    message=message
                )
            ),
        )
        self.live.say(self.start, lambda: self.start.setText(self._start_text()))
        self._validate()

    # -- running --------------------------------------------------------------------------------

    def _start(self) -> None:
        if not self.options.comment_ok():
            self.options.comment.show_problem()
            return
        if not self.vm.planned(self.options.status_code()):
            return  # never clickable then: the button says "Checking…" and is disabled
        self.pages.setCurrentIndex(1)
        self.start.hide()
        self.stop.show()
        self.live.say(self.progress_text, lambda: self.progress_text.setText(self.tr("Sending…")))
        self.vm.run(self._change(), self.options.status.currentText())

    def _stopping(self) -> None:
        """Asked here or from the jobs in the status bar: say so either way."""
        self.stop.setEnabled(False)
        self.live.say(
            self.progress_text,
            lambda: self.progress_text.setText(
                self.tr(
                    "Stopping: nothing more is sent; orders already sent are still being confirmed…"
                )
            ),
        )

    def _show_progress(self, progress: BulkProgress) -> None:
        self.progress.setMaximum(max(1, progress.total))
        self.progress.setValue(progress.resolved)
        stopping = self.vm.stopping
        self.live.say(
            self.progress_text,
            lambda: self.progress_text.setText(self._progress_line(progress, stopping)),
        )
        self._changed(None)

    def _progress_line(self, progress: BulkProgress, stopping: bool) -> str:
        text = self.tr("{sent} sent · {applied} applied · {not_applied} not applied").format(
            sent=number(progress.sent),
            applied=number(progress.applied),
            not_applied=number(progress.not_applied),
        )
        if not progress.done:
            text = self.tr("{progress} · about {duration} left").format(
                progress=text, duration=duration(progress.eta_seconds)
            )
        if stopping:
            text = self.tr("Stopping · {progress}").format(progress=text)
        return text

    def _show_report(self, report: ChangeReport) -> None:
        self.stop.hide()
        self.background_note.hide()
        self.progress.setValue(self.progress.maximum())
        waiting = still_checking(report)
        stopped = self.vm.stopping
        self.live.say(
            self.progress_text,
            lambda: self.progress_text.setText(self._report_line(waiting, stopped)),
        )
        self.live.say(self.summary, lambda: self.summary.setText(summarize(report)))
        self.results.removeRows(0, self.results.rowCount())
        # What needs the person first; within each outcome, the orders as the list showed them.
        position = {order_id: index for index, order_id in enumerate(self._names)}
        order = sorted(
            report.results.values(),
            key=lambda r: (
                r.outcome is Outcome.APPLIED,
                r.outcome is Outcome.SKIPPED,
                position.get(r.order_id, len(position)),
            ),
        )
        for result in order:
            row = [
                QStandardItem(self._names.get(result.order_id, result.order_id)),
                QStandardItem(outcome_text(result.outcome)),
                QStandardItem(result.reason or ""),
            ]
            row[0].setData(result.order_id, Qt.ItemDataRole.UserRole)
            row[1].setData(result.outcome, OUTCOME_ROLE)
            self.results.appendRow(row)
        self.result_table.resizeColumnToContents(0)
        self.result_table.resizeColumnToContents(1)
        self.select_missing.setVisible(bool(report.ids(*NOT_APPLIED)))
        held = len(report.ids(Outcome.CHANGED_MEANWHILE))
        self.live.say(
            self.apply_anyway,
            lambda: self.apply_anyway.setText(
                with_number(
                    self.tr("Apply anyway to %n order(s) changed meanwhile", "", held), held
                )
            ),
        )
        self.apply_anyway.setVisible(bool(held))
        self.export_report.show()
        self._changed(report.changed_ids | set(report.results))

    def _report_line(self, waiting: int, stopped: bool) -> str:
        if waiting:
            return with_number(
                self.tr(
                    "The server's queue has not applied %n order(s) yet: still checking, and "
                    "this report will change when it does.",
                    "",
                    waiting,
                ),
                waiting,
            )
        if stopped:
            return self.tr("Stopped: orders not sent by then were left as they were.")
        return self.tr("Done.")

    def _changed(self, ids: set[str] | None) -> None:
        """Orders changed (`ids`, or None when which is not known yet): said soon."""
        if ids is None or self._changed_ids is None:
            self._changed_ids = None
        else:
            self._changed_ids |= ids
        self._publish.start()

    def _publish_changes(self) -> None:
        ids, self._changed_ids = self._changed_ids, set()
        self._bus.publish(self.vm.account_id, ids or (), source=self)

    def _apply_anyway(self) -> None:
        self.apply_anyway.hide()
        self.live.say(
            self.progress_text,
            lambda: self.progress_text.setText(self.tr("Sending to the orders changed meanwhile…")),
        )
        self.vm.apply_anyway(self.options.status.currentText())

    def _show_failure(self, message: str) -> None:
        self.stop.hide()
        self.background_note.hide()
        self.live.say(
            self.progress_text,
            lambda: self.progress_text.setText(
                self.tr("Failed: {message}").format(message=message)
            ),
        )

    def _export_report(self) -> None:
        export_bulk_report(self.vm, self._names, outcome_texts(), self.parentWidget() or self)

    def _select_missing(self) -> None:
        if self.vm.report is not None:
            self.selectRequested.emit(self.vm.report.ids(*NOT_APPLIED))
