"""The committed app icons: right sizes, valid ICO/ICNS containers, and no drift from the SVGs.

Builds ship `resources/icons/` as committed, without rendering anything, so these tests are what
guarantees the PNG/ICO/ICNS files match the SVG sources (re-run `packaging/make_icons.py`).
"""

from __future__ import annotations

import importlib.util
import os
import struct
from pathlib import Path
from types import ModuleType

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QImage

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
GENERATOR = ROOT / "packaging" / "make_icons.py"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICNS_TYPES = {
    b"icp4": 16,
    b"icp5": 32,
    b"icp6": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic11": 32,
    b"ic12": 64,
    b"ic13": 256,
    b"ic14": 512,
}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def make_icons() -> ModuleType:
    """`packaging/make_icons.py`, which is a script, not part of an importable package."""
    spec = importlib.util.spec_from_file_location("make_icons", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR, which always comes first after the signature."""
    assert data[:8] == PNG_MAGIC
    length, kind, width, height = struct.unpack(">I4sII", data[8:24])
    assert (length, kind) == (13, b"IHDR")
    return width, height


def luminance(color: QColor) -> float:
    """WCAG relative luminance, for contrast ratios."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_has_its_size_a_transparent_corner_and_real_content(qapp, size: int) -> None:
    path = ICONS / "png" / f"approval-console-{size}.png"
    assert png_size(path.read_bytes()) == (size, size)
    image = QImage(str(path))
    assert image.hasAlphaChannel()
    for x, y in ((0, 0), (size - 1, 0), (0, size - 1), (size - 1, size - 1)):
        assert image.pixelColor(x, y).alpha() == 0, (x, y)
    opaque = {
        image.pixel(x, y)
        for x in range(size)
        for y in range(size)
        if image.pixelColor(x, y).alpha() == 255
    }
    assert len(opaque) >= 4  # tile, bars, check, and antialiased edges between them


def test_16px_check_stands_out_from_the_tile(qapp) -> None:
    """At 16 px the check must be solid pixels in high contrast, not an antialiased smudge."""
    image = QImage(str(ICONS / "png" / "approval-console-16.png"))
    tile = image.pixelColor(8, 1)  # a tile pixel between the top edge and the first bar
    quadrant = [image.pixelColor(x, y) for x in range(8, 16) for y in range(8, 16)]
    strong = [c for c in quadrant if c.alpha() == 255 and contrast(c, tile) >= 4.5]
    assert sum(c.green() > c.red() + 60 and c.green() > c.blue() + 60 for c in strong) >= 8


def test_ico_directory_matches_its_png_entries() -> None:
    data = (ICONS / "approval-console.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = []
    for index in range(count):
        width, height, colors, zero, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (colors, zero, planes, bits) == (0, 0, 1, 32)
        assert 6 + 16 * count <= offset and offset + length <= len(data)
        payload = data[offset : offset + length]
        side = width or 256
        assert width == height
        assert png_size(payload) == (side, side)
        sizes.append(side)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_a_png_of_the_right_size_under_each_ostype() -> None:
    data = (ICONS / "approval-console.icns").read_bytes()
    magic, total = struct.unpack_from(">4sI", data, 0)
    assert magic == b"icns" and total == len(data)
    found = {}
    position = 8
    while position < len(data):
        ostype, length = struct.unpack_from(">4sI", data, position)
        assert length > 8 and position + length <= len(data)
        found[ostype] = png_size(data[position + 8 : position + length])[0]
        position += length
    assert position == len(data)
    assert found == ICNS_TYPES


# How far one premultiplied channel may be off. The same PySide6 rasterizes antialiased edges a
# level or so differently on CPUs with other vector units; any real edit of a drawing moves
# whole shapes or colours, far beyond this.
CHANNEL_TOLERANCE = 3


def picture(data: bytes) -> QImage:
    """A PNG decoded to premultiplied RGBA, where a faint edge pixel's colour cannot swing wide
    (unpremultiplied, alpha 2 turns a one-level difference into a hundred)."""
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_RGBA8888_Premultiplied)


def assert_same_picture(generated: bytes, committed: bytes, what: str) -> None:
    new, old = picture(generated), picture(committed)
    assert (new.width(), new.height()) == (old.width(), old.height()), what
    assert (new.dotsPerMeterX(), new.dotsPerMeterY()) == (old.dotsPerMeterX(), old.dotsPerMeterY())
    worst = max(map(lambda a, b: abs(a - b), bytes(new.constBits()), bytes(old.constBits())))
    assert worst <= CHANNEL_TOLERANCE, (
        f"{what} differs from the SVGs by up to {worst} levels: "
        "run packaging/make_icons.py and commit its output"
    )


def ico_entries(data: bytes) -> list[tuple[tuple[int, ...], bytes]]:
    """(directory fields but length and offset, PNG payload) per ICO entry."""
    _, _, count = struct.unpack_from("<HHH", data, 0)
    entries = []
    for index in range(count):
        *fields, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        entries.append((tuple(fields), data[offset : offset + length]))
    return entries


def icns_entries(data: bytes) -> list[tuple[bytes, bytes]]:
    """(OSType, PNG payload) per ICNS entry, in file order."""
    entries, position = [], 8
    while position < len(data):
        ostype, length = struct.unpack_from(">4sI", data, position)
        entries.append((ostype, data[position + 8 : position + length]))
        position += length
    return entries


def test_generator_reproduces_the_committed_files(qapp, tmp_path: Path) -> None:
    """Fails when an SVG was edited without re-running `packaging/make_icons.py`.

    The pictures are compared by their pixels, within a level or so per channel (never by their
    bytes, which differ across CPUs); sizes and the ICO and ICNS layouts must match exactly.
    """
    assert make_icons().main(["--out", str(tmp_path)]) == 0
    committed = sorted(p.relative_to(ICONS) for p in ICONS.rglob("*") if p.suffix != ".svg")
    generated = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert generated == committed
    for size in PNG_SIZES:
        name = Path("png") / f"approval-console-{size}.png"
        assert_same_picture((tmp_path / name).read_bytes(), (ICONS / name).read_bytes(), str(name))

    new_ico = ico_entries((tmp_path / "approval-console.ico").read_bytes())
    old_ico = ico_entries((ICONS / "approval-console.ico").read_bytes())
    assert [fields for fields, _ in new_ico] == [fields for fields, _ in old_ico]
    for (fields, new), (_, old) in zip(new_ico, old_ico, strict=True):
        assert_same_picture(new, old, f"approval-console.ico, {fields[0] or 256} px")

    new_icns = icns_entries((tmp_path / "approval-console.icns").read_bytes())
    old_icns = icns_entries((ICONS / "approval-console.icns").read_bytes())
    assert [ostype for ostype, _ in new_icns] == [ostype for ostype, _ in old_icns]
    for (ostype, new), (_, old) in zip(new_icns, old_icns, strict=True):
        assert_same_picture(new, old, f"approval-console.icns, {ostype.decode()}")
