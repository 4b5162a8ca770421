"""What the console says when it cannot start: a dialog and a line on stderr, no traceback.

A read-only profile or an unreadable settings file used to end the start with a traceback on
stderr only: launched from a desktop menu, the person saw nothing at all. The problems a person
can fix (a folder's permissions, a damaged or newer journal) arrive here as one sentence, in
the desktop's language (the person's own choice is in the settings that may be what failed).
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from approval_console.core.errors import ConsoleError
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("StartProblem", "Approval Console cannot start")
SET_ASIDE_TITLE = QT_TRANSLATE_NOOP("StartProblem", "The change journal cannot be read")
EXIT_CODE = 2  # like a command refusing its input: not a crash, nothing half done


def explain_start_problem(problem: BaseException) -> str:
    """One sentence for the person; the details go to the log."""
    from approval_console.single_instance import ProfileInUseError

    if isinstance(problem, ProfileInUseError):
        return problem.explain()
    if isinstance(problem, ConsoleError):
        return problem.message
    if isinstance(problem, OSError):
        reason = str(problem.strerror or problem)
        if problem.filename:
            text = translate(
                "StartProblem",
                "A file or folder of the profile could not be used ({path}): {reason}. "
                "Check that the profile's folder is yours and writable, and that the disk "
                "has space.",
            )
            return text.format(path=problem.filename, reason=reason)
        text = translate(
            "StartProblem",
            "A file or folder of the profile could not be used: {reason}. Check that the "
            "profile's folder is yours and writable, and that the disk has space.",
        )
        return text.format(reason=reason)
    text = translate("StartProblem", "Something went wrong ({error}).")
    return text.format(error=type(problem).__name__)


def tell_cannot_start(problem: BaseException | str) -> int:
    """Say why in a dialog (and on stderr); return the process's exit code.

    `problem` is explained (`explain_start_problem`) once the application and its language
    are there, so the sentence reads in the desktop's language.

    On the offscreen platform nobody can see or close a dialog: it is shown and closed at once,
    so the process still ends (tests and headless runs read the stderr line).
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    from approval_console.core.preferences import SYSTEM_LANGUAGE
    from approval_console.ui.language import app_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    language = app_language()
    if language.code is None:
        language.apply(SYSTEM_LANGUAGE)
    message = problem if isinstance(problem, str) else explain_start_problem(problem)
    title = translate("StartProblem", TITLE)
    _report(logging.ERROR, f"{title}: {message}")
    box = QMessageBox(QMessageBox.Icon.Critical, title, message)
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


def set_aside_question(path: str, reason: str) -> QMessageBox:
    """The question a damaged journal asks: quit, or set it aside and start with a new one.

    The journal holds changes until their server confirms them, so a damaged one is never
    moved without asking; but refusing to start until the person finds the file and moves it
    by hand leaves them without their orders, for a file nothing can read back anyway.
    """
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("StartProblem", SET_ASIDE_TITLE),
        translate(
            "StartProblem",
            "The change journal {path} cannot be read: it is {reason}. It keeps each change "
            "until its server confirms it, so changes not yet sent or not yet confirmed may "
            "be in it, and cannot be read back from it.",
        ).format(path=path, reason=reason),
    )
    box.setInformativeText(
        translate(
            "StartProblem",
            "Set it aside to start with a new journal: the damaged file is kept beside it, "
            "renamed, for support to read. Check the orders you changed last once the "
            "console is open.",
        )
    )
    box.setObjectName("setAsideQuestion")
    start = box.addButton(
        translate("StartProblem", "Set aside and start"), QMessageBox.ButtonRole.AcceptRole
    )
    start.setObjectName("setAsideButton")
    quit_button = box.addButton(
        translate("StartProblem", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("quitButton")
    box.setDefaultButton(start)
    box.setEscapeButton(quit_button)
    return box


def ask_to_set_aside(path: str, reason: str) -> bool:
    """Whether the person chose to set the damaged journal aside. Nobody can answer on the
    offscreen platform: there, the console does not start, as before the question existed."""
    from PySide6.QtWidgets import QApplication

    if QApplication.platformName() == "offscreen":
        return False
    box = set_aside_question(path, reason)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "setAsideButton"
