"""Words a person reads, in their language, from code that must not import Qt.

The widgets translate with Qt (`self.tr`); services and core modules write sentences too (an
outcome, a reason, a count), and call `translate` here instead. The window installs Qt's own
translator at start (`install`), so both go through the same `.qm` catalogues. Qt's `lupdate`
finds the calls by name: `translate("Context", "text")`, and `QT_TRANSLATE_NOOP("Context",
"text")` for a constant translated where it is shown. A source containing `%n` is a plural:
`translate("Bulk", "%n order(s)", "", count)`; the catalogue holds its forms, English too.

Without an installed translator (a service used on its own) the English source is returned,
with `%n` filled in and "(s)" resolved, so a sentence still reads.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]

_installed: Translator | None = None


def install(translator: Translator | None) -> None:
    """Route `translate` through `translator` (Qt's `QCoreApplication.translate`); None
    returns to the English sources."""
    global _installed
    _installed = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the person's language; `n` (when not -1) picks a plural form and fills `%n`."""
    if _installed is not None:
        return _installed(context, text, disambiguation, n)
    if n < 0:
        return text
    return text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for the catalogue and returns it untranslated: translate it where shown."""
    return text
