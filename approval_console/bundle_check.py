"""`approval-console --check-bundle`: the installed app runs what a smaller bundle could lose.

The frozen app carries only what it loads; what it loads only now and then must still be there
when it is needed. Its tests (tests/packaging) run this in the built bundle:

- an export in a process of its own, which needs the frozen executable to serve as that process
  (`multiprocessing.freeze_support` in `__main__`) and everything the export imports;
- keyring's Secret Service backend (GNOME Keyring, KeePassXC...), which encrypts every key it
  sends over D-Bus with AES: `secretstorage` does it with `cryptography`, the bundle's largest
  Python package, so it stays, and this runs the exact exchange and cipher it uses;
- shiboken's signature support, which the bundle carries compiled in place of the source
  PySide6 compiles at every start (packaging/shiboken_support.py): it must be the one loaded,
  and still say what a Qt call with wrong arguments accepts.

Each check prints one line, "ok ..." or "FAILED ..."; the exit status is 1 if any failed.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from approval_console.core.domain import Customer, Order, OrderStatus
from approval_console.services.export_process import can_run_in_process, run_in_process
from approval_console.services.order_export import OrderRows, export_orders_at
from approval_console.store.db import Database
from approval_console.store.orders import OrderCache, OrderFilter, SortKey

CHECK_ORDERS = 250


def export_in_process() -> str:
    """Export a small cache to CSV the way the window does, in a process of its own."""
    if not can_run_in_process():
        raise RuntimeError("exports would run on a thread")
    with tempfile.TemporaryDirectory(prefix="approval-console-check-") as folder:
        db = Database.open(Path(folder) / "cache.sqlite3")
        try:
            cache = OrderCache(db)
            orders = [
                Order(f"id-{n}", f"#{n}", f"#{n}", Customer(f"C {n}", ""), OrderStatus("o", "Open"))
                for n in range(1, CHECK_ORDERS + 1)
            ]
            cache.upsert_orders("shop", orders)
            rowids = cache.query_rowids("shop", OrderFilter(), SortKey.NUMBER, descending=False)
            target = Path(folder) / "orders.csv"
            args = (db.path, target, OrderRows(rowids), ["Number", "Status"])
            written = run_in_process(export_orders_at, args)
            with target.open(encoding="utf-8", newline="") as stream:
                rows = list(csv.reader(stream))
        finally:
            db.close()
    if written != CHECK_ORDERS or len(rows) != CHECK_ORDERS + 1 or rows[1][:2] != ["#1", "Open"]:
        raise RuntimeError(f"wrote {written} orders, read back {len(rows) - 1} rows")
    return f"{written} orders written by a process of its own"


def secret_service_encryption() -> str:
    """The Secret Service session secretstorage opens: a Diffie-Hellman exchange, then AES."""
    import keyring.backends.SecretService  # noqa: F401 (the backend keyring picks on Linux)
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from secretstorage.dhcrypto import Session
    from secretstorage.util import format_secret

    ours, service = Session(), Session()
    ours.set_server_public_key(service.my_public_key)
    service.set_server_public_key(ours.my_public_key)
    ours.object_path = "/org/freedesktop/secrets/session/check"
    _path, iv, sealed, _type = format_secret(ours, b"api-key", "text/plain")
    assert service.aes_key is not None
    decryptor = Cipher(algorithms.AES(service.aes_key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(sealed) + decryptor.finalize()
    if padded[: -padded[-1]] != b"api-key":
        raise RuntimeError("the key did not survive the round trip")
    return "a key sealed and opened as secretstorage does"


def qt_signatures() -> str:
    """Qt's signatures and the messages of wrong calls, from the bundle's compiled modules."""
    from PySide6.QtCore import QPoint

    support = sys.modules["shibokensupport"]
    if type(support.__loader__).__name__ == "EmbeddableZipImporter":
        raise RuntimeError("shibokensupport came from the source embedded in libshiboken")
    try:
        QPoint("x")  # type: ignore[call-overload]
    except TypeError as error:
        if "Supported signatures:" not in str(error):
            raise RuntimeError(f"a wrong call said only: {error}") from error
        return "a wrong call lists what Qt accepts, from the bundle's compiled support modules"
    raise RuntimeError("QPoint took a string")


CHECKS: dict[str, Callable[[], str]] = {
    "export in a process": export_in_process,
    "Secret Service encryption": secret_service_encryption,
    "Qt signatures": qt_signatures,
}


def main() -> int:
    failed = False
    for name, check in CHECKS.items():
        try:
            print(f"ok {name}: {check()}", flush=True)
        except Exception as error:  # every failure is reported, then the status says so
            print(f"FAILED {name}: {type(error).__name__}: {error}", flush=True)
            failed = True
    return 1 if failed else 0
