"""Reading request bodies without the XML attacks the stdlib parser is open to.

`xml.etree` expands internal entities (billion laughs) and `defusedxml` is not available, so
every DTD is refused before parsing: with no `<!DOCTYPE` there can be no entity declaration,
no external entity and no external DTD. The check runs on decoded text, so a body must be
UTF-8 (an encoding the check cannot read could hide a DOCTYPE from it).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

MAX_BODY_BYTES = 64 * 1024
FORBIDDEN = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
DECLARED_ENCODING = re.compile(r"""^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']""")


class UnsafeXml(ValueError):
    """The body is not XML this API accepts; the message says why (for a 400)."""


def parse(body: bytes) -> ET.Element:
    """The root element of a small, DTD-free, UTF-8 XML document."""
    if len(body) > MAX_BODY_BYTES:
        raise UnsafeXml("The request body is too large.")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise UnsafeXml("The request body must be UTF-8 encoded XML.") from None
    text = text.removeprefix("\ufeff").lstrip()
    if not text:
        raise UnsafeXml("The request body is empty.")
    if "\x00" in text:
        raise UnsafeXml("The request body must be UTF-8 encoded XML.")
    if FORBIDDEN.search(text):
        raise UnsafeXml("Document type definitions and entity declarations are not accepted.")
    declared = DECLARED_ENCODING.match(text)
    if declared and declared.group(1).lower().replace("-", "") != "utf8":
        raise UnsafeXml("The request body must be UTF-8 encoded XML.")
    try:
        return ET.fromstring(body.removeprefix(b"\xef\xbb\xbf").lstrip())
    except ET.ParseError as error:
        raise UnsafeXml(f"The request body is not well-formed XML: {error}.") from None


def local_name(element: ET.Element) -> str:
    """The tag without a namespace (`{ns}Order` -> `Order`)."""
    return element.tag.rpartition("}")[2]


def serialize(root: ET.Element) -> bytes:
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(
        root, encoding="utf-8", xml_declaration=False
    )


def child(parent: ET.Element, tag: str, text: object | None) -> ET.Element | None:
    """Append `<tag>text</tag>`; nothing at all for None, as Arlo omits empty properties."""
    if text is None:
        return None
    element = ET.SubElement(parent, tag)
    element.text = str(text)
    return element
