"""Writing a CSV file that spreadsheets open as people expect, and that is never half written.

The file is written beside its final name and moved over it only once complete, so a full
disk, a failing row or a Cancel leaves whatever file had that name before untouched (and no
stray temporary file). Cells are written so LibreOffice and Excel read them as their types:
dates as ISO text (`2026-12-03`, `2026-12-03 14:05`), amounts as plain numbers with a dot and
no thousands separator, so a column can be summed. Text that a spreadsheet would run as a
formula (`=`, `+`, `-`, `@`, tab, CR at its start) gets a leading `'`: customer names and
comments come from servers, and a cell like `=HYPERLINK(...)` must stay text.

Excel reads a CSV as UTF-8 only when it starts with a byte order mark; LibreOffice asks, and
other tools prefer the file without one, so the mark is the caller's choice.
"""

from __future__ import annotations

import contextlib
import csv
import math
import os
import secrets
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

# How often (in rows) progress is told and Cancel is looked at: often enough that a Cancel
# lands within a blink, rarely enough that 100,000 rows are not slowed by the callbacks.
CHECK_EVERY = 500

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportCanceled(Exception):
    """The person cancelled the export; the file it was to write is as it was before."""


def cell_text(value: object) -> str:
    """One value as the text written into its cell."""
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_STARTS) else value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return _moment_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return _decimal_text(Decimal(repr(value)))
        return ""
    return cell_text(str(value))


def _moment_text(value: datetime) -> str:
    # A moment is written in the computer's zone, as the console shows it; a naive one is
    # taken as already local. Seconds only when there are some, so the common case reads as
    # the list does.
    local = value.astimezone().replace(tzinfo=None) if value.tzinfo is not None else value
    if local.second or local.microsecond:
        return local.strftime("%Y-%m-%d %H:%M:%S")
    return local.strftime("%Y-%m-%d %H:%M")


def _decimal_text(value: Decimal) -> str:
    if not value.is_finite():
        return ""
    # "f" never writes an exponent ("1E+3" becomes "1000") nor a thousands separator.
    return format(value, "f")


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    bom: bool = False,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write `header` and `rows` to `path` as CSV and return how many rows were written.

    `progress` is told the number of rows written so far every `CHECK_EVERY` rows and at the
    end; `cancelled` is asked as often, and when it says yes `ExportCanceled` is raised. On any
    exception the previous file at `path`, if any, is left as it was.
    """
    path = Path(path)
    handle, temporary = _open_beside(path)
    count = 0
    try:
        with open(handle, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\r\n")
            writer.writerow([cell_text(name) for name in header])
            for row in rows:
                writer.writerow([cell_text(value) for value in row])
                count += 1
                if count % CHECK_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ExportCanceled
                    if progress is not None:
                        progress(count)
            if cancelled is not None and cancelled():
                raise ExportCanceled
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    if progress is not None:
        progress(count)
    return count


def _open_beside(path: Path) -> tuple[int, Path]:
    """A new, hidden file in `path`'s folder (so the final move is a rename on one disk),
    created with the permissions a plain new file gets (`mkstemp`'s 0600 would hide the
    export from anyone else the person shares it with)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
