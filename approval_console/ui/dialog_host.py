"""The dialogs a window has open: opened without blocking, kept on screen, closed with it.

Every window opens its dialogs and asks its confirmations the same way, so they live here once:
`open()` (never `exec()`, which would stall the event loop's tasks), `show()` for the modeless
ones (`open()` makes a dialog window-modal whatever it says), a confirmation whose answer arrives
by signal, and a dialog whose run becomes a job in the status bar and outlives its closing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from approval_console.ui.dialogs.confirm import KEEP, confirmation
from approval_console.ui.screen_fit import fit_on_show

if TYPE_CHECKING:
    from approval_console.ui.jobs import Job
    from approval_console.ui.viewmodels.bulk import BackgroundChanges

T = TypeVar("T", bound=QWidget)


class DialogHost(QObject):
    """Owns the dialogs of one window (`parent`) until they finish or the window closes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._dialogs: list[QWidget] = []

    @property
    def owner(self) -> QWidget:
        """The window the dialogs belong to (their parent)."""
        return self._parent

    def __iter__(self) -> Iterator[QWidget]:
        return iter(list(self._dialogs))

    def __contains__(self, dialog: object) -> bool:
        return dialog in self._dialogs

    def find(self, kind: type[T], where: Callable[[T], bool] = lambda _d: True) -> T | None:
        """An open dialog of this kind (and matching `where`), to raise instead of repeating."""
        return next((d for d in self._dialogs if isinstance(d, kind) and where(d)), None)

    def track(self, dialog: QDialog) -> None:
        """Kept until it finishes, closed with the window, and kept on the screen."""
        self._dialogs.append(dialog)
        fit_on_show(dialog)
        dialog.finished.connect(lambda _r: self._drop(dialog))

    def _drop(self, dialog: QWidget) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)

    def open(self, dialog: QDialog) -> None:
        """Dialogs open with `open()`: a blocking `exec()` would stall the event loop's tasks."""
        self.track(dialog)
        dialog.open()

    @staticmethod
    def show_modeless(dialog: QWidget) -> None:
        """`show()`, never `open()`: `open()` makes a dialog window-modal whatever it says."""
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_job(self, dialog: QDialog, run: BackgroundChanges) -> None:
        """A dialog whose run becomes a job: modeless, so the window stays usable while it
        runs; kept after it is closed while its job can show it again, until dismissed."""
        self._dialogs.append(dialog)

        def follow(job: Job) -> None:
            job.showRequested.connect(lambda: self.show_modeless(dialog))
            job.dismissed.connect(lambda: self.forget(dialog))
            job.dismissed.connect(run.deleteLater)  # it has ended: nothing will call it again

        run.jobStarted.connect(follow)
        dialog.finished.connect(lambda _r: self.forget(dialog) if run.job is None else None)
        self.show_modeless(dialog)

    def forget(self, dialog: QWidget) -> None:
        """Close a dialog kept for its job, now that nothing can show it again."""
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
            dialog.close()
            dialog.deleteLater()

    def confirm(
        self,
        title: str,
        text: str,
        button: str,
        then: Callable[[], None],
        *,
        keep: str = KEEP,
        details: str = "",
        safe_default: bool = True,
        after: Callable[[], None] | None = None,
    ) -> None:
        """Ask before what cannot be undone; a message box opened, never exec'd. `then` runs
        when the person goes ahead, `after` once the box is answered either way."""
        box, go = confirmation(
            self._parent,
            title,
            text,
            button,
            keep=keep,
            details=details,
            safe_default=safe_default,
        )

        def answered(_result: int) -> None:
            if box.clickedButton() is go:
                then()
            if after is not None:
                after()

        box.finished.connect(answered)
        self.open(box)

    def close_all(self) -> None:
        for dialog in list(self._dialogs):
            dialog.close()
