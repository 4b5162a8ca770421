"""The jobs list and its button in the status bar, on their own: no orders, no server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from approval_console.ui.jobs import Job, JobList, JobState
from approval_console.ui.widgets.jobs_indicator import JobsIndicator
from approval_console.ui.wording import number, with_number

LEFT = Qt.MouseButton.LeftButton


def test_counts_in_sentences_are_written_as_the_locale_writes_numbers():
    from PySide6.QtCore import QLocale

    from approval_console.core.display import ENGLISH, use_style
    from approval_console.ui.language import style_for

    assert with_number("1200 orders", 1200) == "1,200 orders"  # the C locale of the tests
    assert with_number("12 orders", 12) == "12 orders"
    use_style(style_for(QLocale("de_DE")))  # as choosing German sets it
    try:
        assert number(1200) == "1.200"
        assert with_number("1200 Bestellungen", 1200) == "1.200 Bestellungen"
        assert number(1200) == QLocale("de_DE").toString(1200)
    finally:
        use_style(ENGLISH)


def test_the_summary_says_what_runs_and_how_far_it_got(qtbot):
    jobs = JobList()
    assert jobs.summary() == ""
    first = jobs.add(Job("Change 300 orders to Quality Check", 300))
    assert jobs.summary() == "1 job running · 0/300"
    first.progress(120)
    assert jobs.summary() == "1 job running · 120/300"
    second = jobs.add(Job("Finalize 12 orders", 12))
    second.progress(2)
    assert jobs.summary() == "2 jobs running · 122/312"
    second.finish("12 applied")
    assert second.done == 12 and second.state is JobState.DONE
    assert jobs.summary() == "1 job running · 120/300 · 1 finished"
    first.finish("298 applied, 2 not applied", needs_attention=True)
    assert jobs.summary() == "2 jobs finished"
    jobs.dismiss(second)
    assert jobs.summary() == "1 job finished" and jobs.jobs == [first]


def test_a_running_job_cannot_be_dismissed_and_stopping_it_asks_its_owner(qtbot):
    jobs = JobList()
    asked: list[str] = []
    job = jobs.add(Job("Change 3 orders to Shipped", 3, stop=lambda: asked.append("stop")))
    jobs.dismiss(job)
    assert jobs.jobs == [job]
    assert job.can_stop
    job.stop()
    job.stop()  # a second stop is not asked again
    assert asked == ["stop"] and job.state is JobState.STOPPING
    assert job.state_text() == "Stopping · 0 of 3"
    job.progress(1, detail="1 applied")
    job.finish("1 applied, 2 not sent")
    assert job.state is JobState.STOPPED and job.done == 1 and not job.running
    with qtbot.waitSignal(job.dismissed):
        jobs.dismiss(job)
    assert jobs.jobs == []


def test_a_failed_job_says_why_and_a_finished_one_moves_no_more(qtbot):
    jobs = JobList()  # the list owns its jobs: kept while the test uses one
    job = jobs.add(Job("Cancel 4 orders", 4))
    job.fail("The server could not be reached.")
    assert job.state is JobState.FAILED and job.needs_attention
    job.progress(3)
    job.finish("4 applied")
    assert job.state is JobState.FAILED and job.done == 0
    assert job.detail == "The server could not be reached."


@pytest.fixture
def indicator(qtbot) -> Iterator[JobsIndicator]:
    """An indicator on a shown window, as in the status bar, over a list of its own."""
    host = QWidget()
    qtbot.addWidget(host)
    indicator = JobsIndicator(JobList(host), host)
    host.show()
    yield indicator


def test_the_indicator_shows_only_while_there_are_jobs_and_its_panel_acts_on_them(qtbot, indicator):
    jobs = indicator.jobs
    assert indicator.isHidden()

    stopped: list[bool] = []
    job = jobs.add(
        Job(
            "Change 300 orders to Quality Check",
            300,
            subtitle="Northwind",
            stop=lambda: stopped.append(True),
        )
    )
    job.progress(120, detail="110 applied · 0 not applied")
    assert indicator.isVisible() and indicator.text() == "1 job running · 120/300"
    assert indicator.font().bold()

    qtbot.mouseClick(indicator, LEFT)
    panel = indicator.panel
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    [row] = panel.rows()
    assert row.title.text() == "Change 300 orders to Quality Check"
    assert row.subtitle.text() == "Northwind"
    assert row.state.text() == "120 of 300 · 110 applied · 0 not applied"
    assert row.bar.isVisible() and row.bar.value() == 120
    assert row.stop_button.isVisible() and not row.dismiss_button.isVisible()
    assert row.show_button.text() == "Show progress"

    qtbot.mouseClick(row.stop_button, LEFT)
    assert stopped == [True] and not row.stop_button.isEnabled()
    assert row.state.text().startswith("Stopping · 120 of 300")
    job.finish("120 applied, 180 not sent", needs_attention=True)
    assert row.state.text() == "Stopped · 120 applied, 180 not sent"
    assert not row.bar.isVisible() and not row.stop_button.isVisible()
    assert row.dismiss_button.isVisible() and row.show_button.text() == "Show report"
    assert indicator.text() == "1 job finished" and not indicator.font().bold()

    with qtbot.waitSignal(job.showRequested):
        qtbot.mouseClick(row.show_button, LEFT)
    assert not panel.isVisible()  # the job's own window comes up instead

    qtbot.mouseClick(indicator, LEFT)
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    qtbot.mouseClick(panel.rows()[0].dismiss_button, LEFT)
    assert jobs.jobs == [] and indicator.isHidden()
    qtbot.waitUntil(lambda: not panel.isVisible() and panel.rows() == [], timeout=3000)


def test_the_newest_job_is_at_the_top_of_the_panel(indicator):
    jobs = indicator.jobs
    for title in ("first", "second", "third"):
        jobs.add(Job(title, 1))
    indicator.open_panel()
    assert [row.title.text() for row in indicator.panel.rows()] == ["third", "second", "first"]
    indicator.panel.hide()
