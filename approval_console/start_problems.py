"""What the console says when it cannot start: a dialog and a line on stderr, no traceback.

A read-only profile or an unreadable settings file used to end the start with a traceback on
stderr only: launched from a desktop menu, the person saw nothing at all. The problems a person
can fix (a folder's permissions, a damaged or newer journal) arrive here as one sentence.
"""

from __future__ import annotations

import logging
import sys

from approval_console.core.errors import ConsoleError

log = logging.getLogger(__name__)

TITLE = "Approval Console cannot start"
EXIT_CODE = 2  # like a command refusing its input: not a crash, nothing half done


def explain_start_problem(problem: BaseException) -> str:
    """One sentence for the person; the details go to the log."""
    if isinstance(problem, ConsoleError):
        return problem.message
    if isinstance(problem, OSError):
        where = f" {problem.filename}" if problem.filename else ""
        return (
            f"A file or folder of the profile could not be used{where}: "
            f"{problem.strerror or problem}. Check that the profile's folder is yours and "
            "writable, and that the disk has space."
        )
    return f"Something went wrong ({type(problem).__name__})."


def tell_cannot_start(message: str) -> int:
    """Say why in a dialog (and on stderr); return the process's exit code.

    On the offscreen platform nobody can see or close a dialog: it is shown and closed at once,
    so the process still ends (tests and headless runs read the stderr line).
    """
    _report(logging.ERROR, f"{TITLE}: {message}")
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    box = QMessageBox(QMessageBox.Icon.Critical, TITLE, message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    if QApplication.platformName() == "offscreen":
        box.show()
        app.processEvents()
        box.close()
        _report(logging.INFO, "Told the person in a dialog that the console cannot start")
    else:
        box.exec()
    return EXIT_CODE


def _report(level: int, line: str) -> None:
    """To the log once it is set up; before that (the profile itself failed), to stderr."""
    if logging.getLogger().handlers:
        log.log(level, "%s", line)
    elif sys.stderr is not None:  # the windowed app on Windows has none
        print(line, file=sys.stderr, flush=True)
