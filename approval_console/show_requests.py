"""The running console's side of "one console per profile": a second launch asks it to show.

The console holding the profile's lock (`single_instance.ProfileLock`) listens on a local socket
named after the profile; a second launch sends "show" there and exits. The console starts
listening once its list is on screen: QtNetwork loads after the first paint, and a launch made
in between keeps asking for ten seconds.
"""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

SHOW = b"show\n"
_CONNECT_MS = 500
_GIVE_UP_AFTER_S = 10.0  # the first console may still be starting when the second one asks

# On Linux the socket lives in the abstract namespace: no file that a killed console could leave
# behind, and no limit from the length of the profile's path. Elsewhere it is a file in the
# temporary folder (a named pipe on Windows), removed by the next console on the profile.
_ABSTRACT = sys.platform.startswith("linux")


def _socket_options() -> QLocalServer.SocketOption:
    if _ABSTRACT:
        return QLocalServer.SocketOption.AbstractNamespaceOption
    return QLocalServer.SocketOption.UserAccessOption


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
