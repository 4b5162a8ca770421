"""Benchmark of widgets that hold many rows: run on purpose, not by pytest.

    PYTHONPATH=. .venv/bin/python tests/benchmarks/widgets.py [--events N] [--repeat N]

Prints timings only; the target (an order's 500-event timeline built and laid out in ~0.1 s,
under 2 s on a slow machine) is for a person to compare against, not an assert. The functional
test (tests/ui/test_widgets_timeline.py) checks what is shown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication

from approval_console.core.domain import Status
from approval_console.core.history import HistoryEvent, HistoryKind, MailLog
from approval_console.ui.widgets.timeline import HistoryTimeline

STATUSES = {"prod": Status("prod", "In Production", color="#F59E0B", position=2)}
NOW = datetime(2025, 5, 25, 12, 0, tzinfo=UTC)


def events(count: int) -> list[HistoryEvent]:
    return [
        HistoryEvent(
            HistoryKind.COMMENT if index % 3 else HistoryKind.STATUS_CHANGE,
            NOW - timedelta(hours=index),
            status_code="prod",
            comment=f"Update number {index}" if index % 3 else None,
            comment_is_public=index % 2 == 0,
            mail=MailLog("no-reply@example.com", "jon@example.com", f"Update {index}", "Opened")
            if index % 5 == 0
            else None,
        )
        for index in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a real display works too
    app = QApplication.instance() or QApplication([])
    history = events(args.events)
    times = []
    for _ in range(args.repeat):
        timeline = HistoryTimeline(now=lambda: NOW)
        timeline.resize(520, 600)
        timeline.show()
        started = time.perf_counter()
        timeline.set_events(history, STATUSES)
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        timeline.close()
        timeline.deleteLater()
        app.processEvents()
    print(
        f"Timeline of {args.events} events, built and laid out: "
        f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (target ~100, < 2000)"
    )


if __name__ == "__main__":
    main()
