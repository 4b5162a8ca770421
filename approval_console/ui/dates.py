"""Every date and time the console shows, in one format: the locale's, or an unambiguous one.

The locale's short date format is used with a four-digit year ("12/3/2026" in the US,
"03.12.2026" in Germany). The C locale (LANG=C, C.UTF-8, POSIX: common on servers, containers
and fresh installs) has no real format of its own: Qt's is "d MM yyyy", which reads "3 12 2026".
There the console writes "3 Dec 2026" (`core.display.format_day`), which nobody misreads.
Date fields (`QDateEdit`) take the same format, so what is typed matches what the list shows.

"The locale" is Qt's default one, which follows the person's language (`ui.language` sets it at
each switch: "03/12/2026" in French, "03.12.2026" in German); every function here reads it when
called, so what is drawn after a switch is written the new way.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from approval_console.core.display import format_day
from approval_console.ui.language import follow_language

if TYPE_CHECKING:
    # The fields are imported where they are made: the list's first paint writes dates but
    # makes no field, and PySide builds each widget class with its enums when imported.
    from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

FALLBACK_DATE = "d MMM yyyy"  # "3 Dec 2026"
FALLBACK_TIME = "HH:mm"
RANGE_DASH = " – "


def _uses_fallback(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage)


def date_format(locale: QLocale | None = None) -> str:
    """The display format of every date: the locale's short one with a four-digit year."""
    locale = locale or QLocale()
    if _uses_fallback(locale):
        return FALLBACK_DATE
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def time_format(locale: QLocale | None = None) -> str:
    """Hours and minutes as the locale writes them ("20:04", "8:04 PM")."""
    locale = locale or QLocale()
    if _uses_fallback(locale):
        return FALLBACK_TIME
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def datetime_format(locale: QLocale | None = None) -> str:
    return f"{date_format(locale)}, {time_format(locale)}"


def _local(value: datetime) -> datetime:
    """A moment in the computer's zone (a naive one is taken as already local)."""
    return value.astimezone() if value.tzinfo is not None else value


def format_date(value: date | datetime | None, locale: QLocale | None = None) -> str:
    """ "3 Dec 2026" (or the locale's form); a moment is shown as its local calendar date."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _local(value).date()
    locale = locale or QLocale()
    if _uses_fallback(locale):
        return format_day(value)  # the same words services and the printed invoice use
    return locale.toString(QDate(value.year, value.month, value.day), date_format(locale))


def format_time(value: datetime | time, locale: QLocale | None = None) -> str:
    if isinstance(value, datetime):
        value = _local(value).time()
    locale = locale or QLocale()
    return locale.toString(QTime(value.hour, value.minute, value.second), time_format(locale))


def format_datetime(value: datetime | None, locale: QLocale | None = None) -> str:
    """ "3 Dec 2026, 20:04" in the computer's zone (or the locale's form)."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return f"{format_date(value, locale)}, {format_time(value, locale)}"


def format_date_range(start: date | None, end: date | None, locale: QLocale | None = None) -> str:
    """ "3 Dec 2026 – 10 Dec 2026"; one date alone when there is no end."""
    if start is None:
        return ""
    text = format_date(start, locale)
    return text + RANGE_DASH + format_date(end, locale) if end is not None else text


def date_edit(value: date | QDate | None = None) -> QDateEdit:
    """A date field with a calendar, showing dates as the rest of the console does."""
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit()
    edit.setCalendarPopup(True)

    def follow() -> None:  # the chosen language's own form, again after each change
        edit.setLocale(QLocale())
        edit.setDisplayFormat(date_format(QLocale()))

    follow_language(edit, follow)
    if isinstance(value, date):
        value = QDate(value.year, value.month, value.day)
    if value is not None:
        edit.setDate(value)
    return edit


def datetime_edit(value: QDateTime) -> QDateTimeEdit:
    """A date-and-time field with a calendar, in the console's format."""
    from PySide6.QtWidgets import QDateTimeEdit

    edit = QDateTimeEdit(value)
    edit.setCalendarPopup(True)

    def follow() -> None:
        edit.setLocale(QLocale())
        edit.setDisplayFormat(datetime_format(QLocale()))

    follow_language(edit, follow)
    return edit
