"""One console per profile, as desktop apps do: a second launch brings the first one forward.

Two consoles on one profile both reconciled the same journal: the second one's start-up took
the first one's bulk change in flight for the leftovers of a crash, and the first one's run then
died on a refused journal transition with orders left unapplied. So the first console holds a
lock file in the profile for as long as it runs, and listens on a local socket named after the
profile. A second launch finds the lock held, sends "show" to that socket, and exits without
opening the cache, the journal or the log file. A lock left by a process that no longer runs (a
crash, a `kill -9`) is taken over.

Only QtCore and QtNetwork: this runs before the QApplication exists.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from approval_console.core.errors import ConsoleError
from approval_console.core.i18n import translate

log = logging.getLogger(__name__)

SHOW = b"show\n"
_CONNECT_MS = 500
_GIVE_UP_AFTER_S = 10.0  # the first console may still be starting when the second one asks


class ProfileInUseError(ConsoleError):
    """The profile cannot be locked for a reason other than another console holding it.

    Raised before the application (and its translators) exist: `explain` writes the sentence
    again once they do."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(self.explain())

    def explain(self) -> str:
        text = translate(
            "ProfileLock",
            "The profile folder {folder} cannot be written (it is read-only, or not yours). "
            "Approval Console keeps its settings, local cache and change journal there, so it "
            "cannot start. Make the folder writable, or start with another profile "
            "(--profile DIR).",
        )
        return text.format(folder=self.folder)


# On Linux the socket lives in the abstract namespace: no file that a killed console could leave
# behind, and no limit from the length of the profile's path. Elsewhere it is a file in the
# temporary folder (a named pipe on Windows), removed by the next console on the profile.
_ABSTRACT = sys.platform.startswith("linux")


def server_name(lock_path: Path) -> str:
    """The local socket's name: the same for every launch by this user on this profile."""
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = f"{user}\0{lock_path.resolve()}"
    return f"approval-console-{hashlib.sha256(key.encode()).hexdigest()[:24]}"


def _socket_options() -> QLocalServer.SocketOption:
    if _ABSTRACT:
        return QLocalServer.SocketOption.AbstractNamespaceOption
    return QLocalServer.SocketOption.UserAccessOption


class ProfileLock:
    """The profile's lock file, held by the one console that runs on it."""

    def __init__(self, lock_path: Path) -> None:
        self.path = lock_path
        self.name = server_name(lock_path)
        self._file = QLockFile(str(lock_path))
        # Never stale by age (a console may run for weeks); stale only if its process is gone.
        self._file.setStaleLockTime(0)

    def acquire(self) -> bool:
        """True: this launch owns the profile. False: another running console does."""
        if self._file.tryLock(0):
            return True
        error = self._file.error()
        if error == QLockFile.LockError.LockFailedError:
            return False
        raise ProfileInUseError(self.path.parent)

    def release(self) -> None:
        if self._file.isLocked():
            self._file.unlock()


def ask_running_console_to_show(name: str, give_up_after: float = _GIVE_UP_AFTER_S) -> bool:
    """Tell the console holding the profile to bring its window forward; False if it never
    answered (it may be starting, or closing)."""
    deadline = time.monotonic() + give_up_after
    while True:
        socket = QLocalSocket()
        if _ABSTRACT:
            socket.setSocketOptions(QLocalSocket.SocketOption.AbstractNamespaceOption)
        socket.connectToServer(name)
        if socket.waitForConnected(_CONNECT_MS):
            socket.write(SHOW)
            socket.waitForBytesWritten(_CONNECT_MS)
            socket.disconnectFromServer()
            return True
        socket.abort()
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)


class ShowRequests(QObject):
    """Listens for other launches on the profile; each "show" emits `show_requested`."""

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(_socket_options())
        if not _ABSTRACT:
            # A socket file left by a console that was killed would block `listen`; holding
            # the profile's lock proves it is not a live console's.
            QLocalServer.removeServer(name)
        self._server.newConnection.connect(self._accept)
        if self._server.listen(name):
            log.info("Listening for other launches on this profile")
        else:  # the console still runs; a second launch then says it could not reach it
            log.warning("Cannot listen for other launches: %s", self._server.errorString())

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(SHOW.strip()):
            self.show_requested.emit()
