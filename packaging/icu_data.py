"""ICU's data library, cut to what Qt asks ICU for (run by the spec; standard library only).

PySide6's Qt links ICU, and ICU's data library (`libicudata.so.NN`, 32 MB) is the largest file
of the bundle. Qt 6 formats numbers, dates and plurals from its own CLDR tables and breaks lines
and shapes text with its own code and HarfBuzz; QtCore calls ICU only for collation
(`ucol_*`: QCollator, and through it the file dialog's sorting), time-zone names and IDs
(`ucal_getTimeZoneDisplayName`, `ucal_getCanonicalTimeZoneID`), case mapping
(`u_strToUpper/Lower`: QLocale::toUpper/toLower) and legacy text encodings (`ucnv_*`:
QStringConverter by name). No other Qt library in the bundle calls ICU (`nm -D` lists every
ICU function each one imports). So the data those functions never open goes: break-iterator
rules and dictionaries, unit, currency, language and country display names, transliteration,
spelled-out numbers, string preparation, spoof checks and Unicode character names.

`packaging/icu_check.py` proves it: it calls every one of those functions, for every locale ICU
knows, against the cut library and against PySide6's own, and the build fails unless both
answer alike.

The data is ICU's "common data" format: a header, then a table of contents (item count, then
name and data offsets, both counted from the end of the header), the item names, then the items
in name order (ICU looks names up by binary search), each aligned to 16 bytes. The new library
is linked with `as` and `ld` (binutils, which PyInstaller already needs on Linux) exactly as
ICU's own `pkgdata` builds it: the data as read-only bytes behind the one symbol `icudtNN_dat`.
"""

from __future__ import annotations

import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Item folders (and top-level item kinds) no ICU function Qt calls opens.
DROPPED_FOLDERS = ("brkitr", "unit", "curr", "lang", "region", "translit", "rbnf")
DROPPED_SUFFIXES = (".spp", ".cfu")  # usprep_* (IDNA 2003) and uspoof_*: never called
DROPPED_NAMES = ("unames.icu",)  # u_charName: never called
ALIGN = 16


@dataclass(frozen=True)
class Item:
    name: str  # e.g. "icudt73l/coll/de.res"
    data: bytes


def _elf_symbol(binary: bytes, wanted: str) -> tuple[int, int]:
    """File offset of the dynamic symbol `wanted`, and the end of the section holding it."""
    (shoff,) = struct.unpack_from("<Q", binary, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", binary, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", binary, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for index in range(size // entsize):
            st_name, _kind, _other, shndx, value, _size = struct.unpack_from(
                "<IBBHQQ", binary, offset + index * entsize
            )
            end = binary.index(b"\0", strings + st_name)
            if binary[strings + st_name : end].decode() == wanted and shndx:
                holder = sections[shndx]
                start = value - holder[3] + holder[4]
                return start, holder[4] + holder[5]
    raise ValueError(f"no symbol {wanted}")


def read_items(library: Path) -> tuple[bytes, list[Item]]:
    """The header and the items of the common data inside an ICU data library."""
    binary = library.read_bytes()
    version = library.name.split(".so.")[1].split(".")[0]
    start, end = _elf_symbol(binary, f"icudt{version}_dat")
    blob = binary[start:end]
    (header_size,) = struct.unpack_from("<H", blob, 0)
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(entries):
        name = toc[name_at : toc.index(b"\0", name_at)].decode()
        data_end = entries[index + 1][1] if index + 1 < count else len(toc)
        items.append(Item(name, toc[data_at:data_end]))
    return blob[:header_size], items


def wanted(name: str) -> bool:
    """Whether an item (its name without the "icudtNNl/" package folder) is opened by an ICU
    function Qt calls."""
    inner = name.split("/", 1)[1]
    if "/" in inner:
        return inner.split("/", 1)[0] not in DROPPED_FOLDERS
    return not inner.endswith(DROPPED_SUFFIXES) and inner not in DROPPED_NAMES


def pack(header: bytes, items: list[Item]) -> bytes:
    """Common data holding `items` (already in ICU's name order) behind `header`."""
    names = bytearray()
    name_offsets = []
    table = 4 + 8 * len(items)
    for item in items:
        name_offsets.append(table + len(names))
        names += item.name.encode() + b"\0"
    body = bytearray()
    data_offsets = []
    position = table + len(names)
    for item in items:
        padding = -(len(header) + position) % ALIGN
        body += b"\0" * padding
        position += padding
        data_offsets.append(position)
        body += item.data
        position += len(item.data)
    out = bytearray(header)
    out += struct.pack("<I", len(items))
    for name_at, data_at in zip(name_offsets, data_offsets, strict=True):
        out += struct.pack("<II", name_at, data_at)
    out += names
    # The first item's padding was counted from `position` above, which includes the names.
    out += body
    return bytes(out)


def link(blob: bytes, symbol: str, soname: str, target: Path) -> None:
    """A shared library exporting `blob` as the read-only symbol `symbol`, as pkgdata makes."""
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        (folder / "data.bin").write_bytes(blob)
        (folder / "data.s").write_text(
            '\t.section .note.GNU-stack,"",%progbits\n'
            "\t.section .rodata\n"
            f"\t.balign {ALIGN}\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"{symbol}:\n"
            f'\t.incbin "{folder / "data.bin"}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
        )
        subprocess.run(["as", "-o", str(folder / "data.o"), str(folder / "data.s")], check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", str(target),
             str(folder / "data.o")],
            check=True,
        )  # fmt: skip


def trim(library: Path, target: Path) -> tuple[int, int]:
    """Write the cut copy of `library` to `target`; returns the bytes kept and dropped."""
    header, items = read_items(library)
    kept = [item for item in items if wanted(item.name)]
    version = library.name.split(".so.")[1].split(".")[0]
    link(pack(header, kept), f"icudt{version}_dat", library.name, target)
    dropped = sum(len(item.data) for item in items if not wanted(item.name))
    return sum(len(item.data) for item in kept), dropped
