"""SIGTERM and SIGINT end the console as closing its window does, even while Qt waits.

Python runs a signal handler only when the interpreter next executes bytecode. While Qt's event
loop sleeps in C++ that may be never: Ctrl+C in a terminal did nothing, and SIGTERM (a logout, a
`kill`) ended the process outright, with nothing saved and a demo's throwaway profile left in the
temporary folder. So:

- A signal is turned into an exception (`QuitRequested`, for the launcher's `finally` blocks to
  clean up as they unwind) only inside `interruptible()`: the wait for the demo's sandbox, plain
  Python. Anywhere else an exception raised at a random bytecode can break what it interrupts:
  raised while PySide6 is imported or lazily builds an enum, it aborts the interpreter or makes
  `Qt.AlignmentFlag` vanish; raised inside Python code that Qt called, it crashes PySide. So
  elsewhere the handler only notes the signal, and the window closes as soon as it runs.
- Once a QApplication exists, `signal.set_wakeup_fd` has the C-level handler
  write the signal's number to a socket that a `QSocketNotifier` watches, so Qt's loop wakes and
  Python gets to run the handler, which asks Qt to close the window (a queued call, never from
  inside whatever code the signal interrupted). The console then shuts down exactly as after a
  click on the close button.
- Before the window is there, the start may be asking a question or telling why it cannot go on
  (`start_problems`): a signal then answers each such dialog as Escape would, that one and any
  shown after it, and the launch ends as the person's Quit would have ended it.
- A second signal while the first is being handled gets the default action: the process ends at
  once (the demo's sandbox, which outlives it, still removes the throwaway profile).

A crash (Qt aborting) cannot be handled in the process at all; see `demo` for who cleans up then.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import socket

SIGNALS = (signal.SIGTERM, signal.SIGINT)
DISMISS_EVERY_MS = 100


class QuitRequested(BaseException):
    """A signal asked the console to quit before its window was there to close."""


class QuitSignals:
    def __init__(self) -> None:
        self.received: int | None = None
        self._close: Callable[[], object] | None = None
        self._previous: dict[int, object] = {}
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self._notifier: object = None
        self._interruptible = False

    def install(self) -> None:
        """Take SIGTERM and SIGINT over (main thread only; elsewhere nothing changes)."""
        with contextlib.suppress(ValueError):  # not the main thread
            for number in SIGNALS:
                self._previous[number] = signal.signal(number, self._handle)

    @contextlib.contextmanager
    def interruptible(self) -> Iterator[None]:
        """Inside, a signal (or one that came before) raises QuitRequested."""
        if self.received is not None:
            raise QuitRequested(self.received)
        self._interruptible = True
        try:
            yield
        finally:
            self._interruptible = False

    def hand_to_qt(self) -> None:
        """From now on a signal wakes Qt's event loop; call it once the QApplication exists.

        The launch calls it once the cached list is on screen (`socket` alone takes longer to
        import than the list's first query); a signal that came before is acted on here."""
        if not self._previous or self._sockets is not None:
            return
        import socket

        from PySide6.QtCore import QSocketNotifier

        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        self._sockets = (reader, writer)
        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
        notifier.activated.connect(self._drain)  # by now Python has run the handler
        self._notifier = notifier
        if self.received is not None:
            self._schedule()  # it came before Qt could hear it

    def close_with(self, close: Callable[[], object]) -> None:
        """From now on a signal calls `close` (from Qt's event loop); at once if one came."""
        self._close = close
        if self.received is not None:
            self._schedule()

    def restore(self) -> None:
        """Put back the previous handlers and stop writing to the wake-up socket."""
        if self._sockets is not None:
            signal.set_wakeup_fd(-1)
            if self._notifier is not None:
                self._notifier.setEnabled(False)  # type: ignore[attr-defined]
            for end in self._sockets:
                end.close()
            self._sockets = None
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        self._previous.clear()
        self._close = None

    def _handle(self, number: int, frame: FrameType | None) -> None:
        if self.received is not None:
            signal.signal(number, signal.SIG_DFL)
            signal.raise_signal(number)
            return
        self.received = number
        if self._interruptible:
            raise QuitRequested(number)
        self._schedule()  # else (Qt not running yet) `hand_to_qt` or `close_with` acts on it

    def _schedule(self) -> None:
        """From Qt's loop: close the window; before there is one, answer the start's dialogs.
        Nothing (not even an import of Qt) while Qt does not run yet."""
        act = self._close
        if act is None and self._sockets is not None:  # a start dialog may wait for an answer
            act = self._dismiss_dialogs
        if act is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, act)

    def _dismiss_dialogs(self) -> None:
        """Answer the start's dialog as Escape does, and each one shown after it, looked for
        ten times a second until the window takes over (and closes)."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        if self._close is not None or self._sockets is None:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        QTimer.singleShot(DISMISS_EVERY_MS, self._dismiss_dialogs)

    def _drain(self) -> None:
        if self._sockets is not None:
            with contextlib.suppress(OSError):
                while self._sockets[0].recv(64):
                    pass
