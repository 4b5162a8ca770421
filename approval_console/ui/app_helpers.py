"""The console's helper objects that live on the application, one of each kind, found again here.

A helper parented to the application (the models' language watch, the colour scheme keeper)
could be found with `findChild`, but PySide answers that by handing each of the application's
children to Python to test its class, and builds the Python class of each on the spot: the
style's and the session manager's enums alone are some 5 ms, spent before the first paint. So
each helper is remembered here when it is made, and checked to be alive and the current
application's (tests make a new application; a helper dies with its own).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from shiboken6 import isValid

Helper = TypeVar("Helper", bound=QObject)

_helpers: dict[type[QObject], QObject] = {}


def existing_helper(kind: type[Helper]) -> Helper | None:
    """The current application's helper of `kind`, if one was made (see `app_helper`)."""
    application = QCoreApplication.instance()
    found = _helpers.get(kind)
    if application is None or not isinstance(found, kind) or not isValid(found):
        return None
    return found if found.parent() is application else None


def app_helper(kind: type[Helper], make: Callable[[], Helper]) -> Helper:
    """The application's helper of `kind`, made (a child of the application) if there is none."""
    found = existing_helper(kind)
    if found is not None:
        return found
    helper = make()
    _helpers[kind] = helper
    return helper
