"""The jobs in the status bar: a button that says what is running, and a panel of every job.

The button reads "1 job running · 120/300" while something runs and "1 job finished" after, and
hides when there is no job. It opens a small panel with a row per job: its progress or how it
ended, Show (its dialog and report), Stop while it runs, and Dismiss once it has finished.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.i18n import translate
from approval_console.ui.jobs import Job, JobList, JobState
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, set_tone

PANEL_WIDTH = 420


def closing_keeps_running() -> QLabel:
    """The line a job's dialog shows while it runs, so closing it is never a worry."""
    note = QLabel()
    follow_language(
        note,
        lambda: note.setText(
            translate(
                "JobsIndicator",
                "Closing this window does not stop it: it goes on, and Jobs in the status bar "
                "shows how far it got and opens this report again.",
            )
        ),
    )
    note.setWordWrap(True)
    set_tone(note, Tone.CAPTION)
    return note


class JobRow(QFrame):
    """One job: what it is, how far it got or how it ended, and what can be done with it."""

    def __init__(self, job: Job, jobs: JobList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.setObjectName("jobRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(job.title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(job.subtitle)
        set_tone(self.subtitle, Tone.CAPTION)
        self.subtitle.setVisible(bool(job.subtitle))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.show_button = QPushButton()
        self.stop_button = QPushButton()
        self.dismiss_button = QPushButton()
        self.show_button.clicked.connect(job.show)
        self.stop_button.clicked.connect(job.stop)
        self.dismiss_button.clicked.connect(lambda: jobs.dismiss(job))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.bar)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        job.changed.connect(self.refresh)
        follow_language(self, self.refresh)

    def refresh(self) -> None:
        job = self.job
        self.state.setText(" · ".join(part for part in (job.state_text(), job.detail) if part))
        worrying = job.state is JobState.FAILED or job.needs_attention
        set_tone(self.state, Tone.ERROR if worrying else None)
        self.bar.setVisible(job.running)
        self.bar.setMaximum(max(1, job.total))
        self.bar.setValue(job.done)
        self.show_button.setText(
            self.tr("Show progress") if job.running else self.tr("Show report")
        )
        self.stop_button.setText(self.tr("Stop", "a job"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.stop_button.setVisible(job.running)
        self.stop_button.setEnabled(job.can_stop)
        self.dismiss_button.setVisible(not job.running)


class JobsPanel(QFrame):
    """Every job, newest first, in a popup above the status bar's button."""

    def __init__(self, jobs: JobList, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("jobsPanel")
        self.setFrameShape(QFrame.Shape.Box)
        self.setFixedWidth(PANEL_WIDTH)
        self.jobs = jobs
        heading = QLabel()
        follow_language(heading, lambda: heading.setText(self.tr("Jobs")))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.rows_layout)
        self._rows: dict[int, JobRow] = {}
        for job in jobs.jobs:
            self._add(job)
        jobs.added.connect(self._add)
        jobs.removed.connect(self._remove)

    def rows(self) -> list[JobRow]:
        """Rows as shown, top to bottom."""
        items = (self.rows_layout.itemAt(i) for i in range(self.rows_layout.count()))
        found = (item.widget() for item in items if item is not None)
        return [row for row in found if isinstance(row, JobRow)]

    def _add(self, job: Job) -> None:
        row = JobRow(job, self.jobs, self)
        row.show_button.clicked.connect(self.hide)  # the dialog comes up in its place
        self._rows[id(job)] = row
        self.rows_layout.insertWidget(0, row)
        self._fit()

    def _remove(self, job: Job) -> None:
        row = self._rows.pop(id(job), None)
        if row is not None:
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        if not self._rows:
            self.hide()
        self._fit()

    def _fit(self) -> None:
        if self.isVisible():
            bottom_right = self.geometry().bottomRight()
            self.adjustSize()
            self.move(bottom_right - QPoint(self.width() - 1, self.height() - 1))

    def popup_above(self, anchor: QWidget) -> None:
        """Open with its bottom right corner at the top right of `anchor`, inside the screen."""
        self.adjustSize()
        corner = anchor.mapToGlobal(QPoint(anchor.width(), 0))
        x, y = corner.x() - self.width(), corner.y() - self.height()
        screen = anchor.screen().availableGeometry()
        self.move(max(screen.left(), x), max(screen.top(), y))
        self.show()
        self.raise_()


class JobsIndicator(QToolButton):
    """The status bar's button for the jobs; hidden while there is none."""

    def __init__(self, jobs: JobList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobsIndicator")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.jobs = jobs
        self.panel = JobsPanel(jobs, self)
        self.clicked.connect(self.open_panel)
        jobs.changed.connect(self.refresh)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setToolTip(self.tr("Background jobs: their progress, and their reports"))
        self.refresh()

    def refresh(self) -> None:
        text = self.jobs.summary()
        self.setText(text)
        font = self.font()
        font.setBold(bool(self.jobs.running))
        self.setFont(font)
        self.setVisible(bool(text))

    def open_panel(self) -> None:
        if self.jobs.jobs:
            self.panel.popup_above(self)
