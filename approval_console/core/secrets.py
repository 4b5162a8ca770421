"""API keys live in the OS keyring and nowhere else.

When no usable keyring exists (a headless machine falls back to keyring's `fail` backend) the
console says so and stores nothing: it never falls back to a plain file.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from approval_console.core.errors import KeyringUnavailableError
from approval_console.core.i18n import translate

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "approval-console"


def _usable_backend() -> KeyringBackend:
    """The OS keyring, or `KeyringUnavailableError` when there is none worth trusting.

    keyring is imported here, not at start-up: it costs ~80 ms and is needed only when a
    connector is built (on a worker thread) or an account is saved.
    """
    import keyring

    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    module = type(backend).__module__
    if module.startswith("keyring.backends.fail") or (
        isinstance(priority, int | float) and priority <= 0 and "chainer" not in module
    ):
        raise KeyringUnavailableError(
            translate(
                "Keyring",
                "No usable system keyring was found, so the API key cannot be stored safely. "
                "Install or unlock a keyring (for example GNOME Keyring or KWallet) and try again.",
            )
        )
    return backend


class SecretStore:
    """Reads and writes one secret per account in the OS keyring."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def available(self) -> bool:
        try:
            _usable_backend()
        except Exception:
            return False
        return True

    def set(self, account_id: str, secret: str) -> None:
        backend = _usable_backend()
        from keyring.errors import KeyringError

        try:
            backend.set_password(self._service, account_id, secret)
        except KeyringError as error:
            raise KeyringUnavailableError(
                translate(
                    "Keyring", "The system keyring refused to store the key ({reason})."
                ).format(reason=type(error).__name__)
            ) from None

    def get(self, account_id: str) -> str | None:
        backend = _usable_backend()
        from keyring.errors import KeyringError

        try:
            return backend.get_password(self._service, account_id)
        except KeyringError as error:
            raise KeyringUnavailableError(
                translate("Keyring", "The system keyring could not be read ({reason}).").format(
                    reason=type(error).__name__
                )
            ) from None

    def delete(self, account_id: str) -> None:
        backend = _usable_backend()
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            backend.delete_password(self._service, account_id)
