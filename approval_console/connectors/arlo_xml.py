"""Arlo's XML, read safely and written escaped.

XML safety: `xml.etree` expands internal entities (billion laughs) and `defusedxml` is not a
dependency, so `parse_xml` drives expat itself and refuses any document type declaration,
entity declaration or external entity reference the moment expat meets one, before anything is
expanded; malformed XML becomes `ResponseFormatError`. Request bodies are built with
ElementTree, so user data is always escaped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from xml.parsers import expat

from approval_console.core import errors
from approval_console.core.i18n import translate

MAX_RESPONSE_BYTES = 32 * 1024 * 1024
RELATED = "http://schemas.arlo.co/api/2012/02/auth/related/"


class _Refused(Exception):
    """Raised from inside expat the moment a DTD or an entity shows up."""


def parse_xml(content: bytes, what: str = "body") -> ET.Element:
    """The root element of a DTD-free XML document, tags and attributes without namespaces.

    expat is driven directly rather than through `ET.fromstring` because ElementTree would
    expand internal entities (billion laughs). Any `<!DOCTYPE` (and so any entity declaration
    or external DTD/entity) is refused when expat reaches it, before any expansion. Namespaces
    are dropped because Arlo's element names are unique without them.
    """
    if not content or not content.strip():
        raise errors.ResponseFormatError(what, translate("Arlo", "is empty where XML was expected"))
    if len(content) > MAX_RESPONSE_BYTES:
        raise errors.ResponseFormatError(
            what, translate("Arlo", "is too large to be an Arlo answer")
        )
    parser = expat.ParserCreate(namespace_separator="}")
    builder = ET.TreeBuilder()

    def refuse(*_: object) -> None:
        raise _Refused

    def refuse_reference(
        context: str, base: str | None, system_id: str | None, public_id: str | None
    ) -> int:
        raise _Refused

    def start(name: str, attributes: dict[str, str]) -> None:
        builder.start(
            local_name(name), {local_name(key): value for key, value in attributes.items()}
        )

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse_reference
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = start
    parser.EndElementHandler = lambda name: builder.end(local_name(name))
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True
    try:
        parser.Parse(content, True)
        return builder.close()
    except _Refused:
        raise errors.ResponseFormatError(
            what, translate("Arlo", "declares a DTD or entities, which are refused for safety")
        ) from None
    except expat.ExpatError as error:
        reason = expat.errors.messages.get(error.code, "syntax error")
        raise errors.ResponseFormatError(
            what,
            translate("Arlo", "is not well-formed XML ({reason}, line {line})").format(
                reason=reason, line=error.lineno
            ),
        ) from None


def local_name(name: str) -> str:
    return name.rpartition("}")[2]


def serialize(root: ET.Element) -> bytes:
    """The request body: ElementTree escapes every text and attribute value."""
    return ET.tostring(root, encoding="unicode").encode("utf-8")


class Node:
    """An element with the path it was found at, so a missing field is named in the error."""

    def __init__(self, element: ET.Element, path: str) -> None:
        self.element = element
        self.path = path

    def _at(self, tag: str) -> str:
        return f"{self.path}.{tag}"

    def opt_text(self, tag: str) -> str | None:
        child = self.element.find(tag)
        if child is None:
            return None
        text = (child.text or "").strip()
        return text or None

    def text(self, tag: str) -> str:
        value = self.opt_text(tag)
        if value is None:
            raise errors.ResponseFormatError(self._at(tag), translate("Server", "is missing"))
        return value

    def decimal(self, tag: str) -> Decimal:
        value = self.text(tag)
        try:
            number = Decimal(value)
        except InvalidOperation:
            number = Decimal("NaN")
        if not number.is_finite():
            raise errors.ResponseFormatError(
                self._at(tag),
                translate("Server", "should be a number, got {value}").format(value=repr(value)),
            )
        return number

    def opt_datetime(self, tag: str) -> datetime | None:
        value = self.opt_text(tag)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise errors.ResponseFormatError(
                self._at(tag),
                translate("Server", "should be a date and time, got {value}").format(
                    value=repr(value)
                ),
            ) from None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def opt_date(self, tag: str) -> date | None:
        value = self.opt_text(tag)
        if value is None:
            return None
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            raise errors.ResponseFormatError(
                self._at(tag),
                translate("Server", "should be a date, got {value}").format(value=repr(value)),
            ) from None

    def related(self, title: str) -> ET.Element | None:
        """The `<Link>` to a related resource, found by title or by its related rel."""
        for link in self.element.findall("Link"):
            if link.get("title") == title or link.get("rel") == RELATED + title:
                return link
        return None
