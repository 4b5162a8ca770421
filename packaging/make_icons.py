"""Render the application icon from its SVG sources into every format the builds need.

Re-run this after editing `resources/icons/approval-console.svg` or `approval-console-16.svg`:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

The outputs are committed (`resources/icons/png/*.png`, `approval-console.ico`,
`approval-console.icns`) so a build never needs to render anything, and
`tests/packaging/test_icons.py` fails if they drift from the SVGs.

Why two sources: a 256-unit drawing scaled down to 16 px smears its thin gaps and round ends
into grey mush, so 16, 24 and 32 px are rendered from a separate 16-unit drawing whose edges
sit on whole pixels.

Why ICO and ICNS are written by hand with `struct`: both are small containers of PNG payloads
behind a few fixed headers, which is not worth a Pillow dependency (or macOS-only `iconutil`).

Only PySide6 (QtSvg renders, QtGui encodes PNG) and the standard library are used. The same
SVGs and the same Qt give the same pictures, though not always the same bytes: Qt blends
antialiased edges a level apart on CPUs with other vector units, so the test compares pixels.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
NAME = "approval-console"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_SIZES = (16, 24, 32)  # rendered from the pixel-grid drawing when it exists
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# OSType -> pixel size. The @2x types reuse a size already rendered (ic11 is 16@2x = 32 px).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
# Written into every PNG so its pHYs chunk never depends on the screen Qt found (72 dpi).
DOTS_PER_METER = 2835

_app: object = None  # the QGuiApplication made here, kept alive for the process


def _ensure_gui() -> None:
    """QPainter on a QImage wants a QGuiApplication; make an offscreen one if there is none."""
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["make_icons"])


def render_png(svg: Path, size: int) -> bytes:
    """`svg` rendered antialiased to a `size`×`size` transparent PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ensure_gui()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"Qt cannot render {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    image.setDotsPerMeterX(DOTS_PER_METER)
    image.setDotsPerMeterY(DOTS_PER_METER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows ICO holding one PNG entry per size (PNG entries are valid since Vista).

    ICONDIR is reserved=0, type=1 (icon), count; each 16-byte ICONDIRENTRY gives width and
    height as one byte each (0 means 256), colour count 0, reserved 0, planes 1, 32 bpp, then
    the payload's length and offset from the start of the file.
    """
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payloads = [], []
    for size in sizes:
        payload = pngs[size]
        side = 0 if size == 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset))
        payloads.append(payload)
        offset += len(payload)
    return header + b"".join(entries) + b"".join(payloads)


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS ICNS: 'icns' + big-endian total length, then (OSType, length incl. 8, PNG)."""
    body = b"".join(
        ostype + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for ostype, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(out: Path, source: Path = ICONS) -> list[Path]:
    """Render every PNG, the ICO and the ICNS from the SVGs in `source` into `out`."""
    main_svg = source / f"{NAME}.svg"
    small_svg = source / f"{NAME}-16.svg"
    pngs = {}
    for size in PNG_SIZES:
        svg = small_svg if size in SMALL_SIZES and small_svg.exists() else main_svg
        pngs[size] = render_png(svg, size)

    written = []
    (out / "png").mkdir(parents=True, exist_ok=True)
    for size, data in pngs.items():
        written.append(out / "png" / f"{NAME}-{size}.png")
        written[-1].write_bytes(data)
    written.append(out / f"{NAME}.ico")
    written[-1].write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    written.append(out / f"{NAME}.icns")
    written[-1].write_bytes(icns_bytes(pngs))
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=ICONS, help="folder to write into (default: resources/icons)"
    )
    args = parser.parse_args(argv)
    for path in build(args.out):
        print(f"{path.stat().st_size:>8}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
