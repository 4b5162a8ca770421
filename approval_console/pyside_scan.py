"""Makes PySide's check of each imported module read the file instead of its parsed source.

Once PySide is loaded, shiboken replaces `__import__` so that it can learn, for every module
imported afterwards, whether the module mentions PySide6 (a module that does may later switch
on `from __feature__ import snake_case`). It asks with `inspect.getsource`, which decodes the
file, splits it into lines and keeps them in `linecache` for the rest of the run: about 0.2 ms a
module, some 20–30 ms over the modules the console imports before its list is on screen, which
is more than the console's own code on that path. Reading the file's bytes and looking for the
same word gives the same answer in a tenth of the time and keeps nothing.

The check is shiboken's private function, so this replaces it only where it has the expected
name, and falls back to it for whatever is not a source file (a frozen app's modules have none,
and there shiboken answers "no" at once anyway).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"


def install() -> None:
    """Put the quick check in place: before PySide6.QtCore is first imported, ideally."""
    import shiboken6  # noqa: F401  # loads the import hook and the module holding the check

    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original) or getattr(original, "quick", False):
        return
    setattr(feature, CHECK, quick_check(original))


def quick_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """shiboken's answer (does the module's source mention PySide6?) from the file's bytes."""

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False  # as shiboken answers for a module whose source cannot be read

    uses_pyside.quick = True  # type: ignore[attr-defined]
    return uses_pyside
