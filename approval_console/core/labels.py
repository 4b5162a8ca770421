"""APIs' machine words as people read them: "in_transit" becomes "In transit".

Backends name states, statuses and reasons in their own code words (`in_transit`,
`partially_refunded`, `AwaitingApproval`, `REFUSED`, `credit_card`). Whatever reaches the screen
goes through `readable` once, here, so every tab, column and filter says it the same way.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[_:\s]+")
# An acronym (ACH), a capitalised or lower-case word, or a number: "ACHTransfer30" -> 3 words.
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_ACRONYM_MAX = 4
_LONE_ACRONYM_MAX = 3


def readable(word: str | None) -> str:
    """ "in_transit" -> "In transit", "AwaitingApproval" -> "Awaiting approval", "REFUSED" ->
    "Refused", "Spree::StoreCredit" -> "Spree store credit". Text already written for people
    (it has a space: "Customer changed mind", "Order Received") is kept as it is, and so are
    short acronyms inside a longer word ("ACH transfer")."""
    if not word:
        return ""
    text = word.strip()
    if " " in text:
        return text
    if text.isupper() and _SEPARATORS.search(text) is None:
        # One shouted word ("REFUSED"), unless it is short enough to be an acronym ("ACH").
        return text if len(text) <= _LONE_ACRONYM_MAX else text.capitalize()
    words: list[str] = []
    for part in filter(None, _SEPARATORS.split(text)):
        found = _WORDS.findall(part)
        if "".join(found) != part:  # something else in it (a dash, a dot): keep the part whole
            found = [part]
        words += found
    shown = " ".join(w if w.isupper() and 1 < len(w) <= _ACRONYM_MAX else w.lower() for w in words)
    return shown[:1].upper() + shown[1:]
