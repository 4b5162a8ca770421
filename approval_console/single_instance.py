"""One console per profile, as desktop apps do: a second launch brings the first one forward.

Two consoles on one profile both reconciled the same journal: the second one's start-up took
the first one's bulk change in flight for the leftovers of a crash, and the first one's run then
died on a refused journal transition with orders left unapplied. So the first console holds a
lock file in the profile for as long as it runs, and listens on a local socket named after the
profile. A second launch finds the lock held, sends "show" to that socket, and exits without
opening the cache, the journal or the log file. A lock left by a process that no longer runs (a
crash, a `kill -9`) is taken over.

Only QtCore: the lock is taken before the QApplication exists. The socket's side is in
`show_requests.py`: it starts listening once the list is on screen (a second launch keeps asking
for ten seconds), so QtNetwork is not loaded before the first paint.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile

from approval_console.core.errors import ConsoleError
from approval_console.core.i18n import translate


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


def server_name(lock_path: Path) -> str:
    """The local socket's name: the same for every launch by this user on this profile."""
    import hashlib  # loads OpenSSL: asked for once the list is on screen, not before

    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = f"{user}\0{lock_path.resolve()}"
    return f"approval-console-{hashlib.sha256(key.encode()).hexdigest()[:24]}"


class ProfileLock:
    """The profile's lock file, held by the one console that runs on it."""

    def __init__(self, lock_path: Path) -> None:
        self.path = lock_path
        self._file = QLockFile(str(lock_path))
        # Never stale by age (a console may run for weeks); stale only if its process is gone.
        self._file.setStaleLockTime(0)

    @property
    def name(self) -> str:
        """The name of the local socket that this profile's console listens on."""
        return server_name(self.path)

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
