"""What every ICU function Qt calls answers, for every locale ICU knows, from one ICU folder.

    python packaging/icu_check.py LIB_DIR                 # prints a digest of the answers
    python packaging/icu_check.py LIB_DIR --against DIR   # exits 1 unless both answer alike

QtCore imports from ICU only collation (`ucol_*`), time-zone names and IDs (`ucal_*`), case
mapping (`u_strTo*`) and legacy encodings (`ucnv_*`); `packaging/icu_data.py` keeps the data
those open. This script calls each of them as Qt does, for every available locale, and the
build compares the bundle's cut ICU with PySide6's own: any answer that changed means a left-out
item was needed. Each folder is read in a fresh process: a process holds one library per
soname, so two ICUs of the same version cannot be compared side by side in one.
Standard library only.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import subprocess
import sys
from pathlib import Path

WORDS = ["Zoë", "zebra", "Äpfel", "apple", "Öl", "ol", "Straße", "strasse", "item 10", "item 9",
         "Ångström", "ça", "cote", "côte", "coté", "ıi", "İI", "ch", "cz", "ñ", "n", "日本", "中文",
         "한국어", "ไทย", "Ελλάδα", "Россия", "ﬁ"]  # fmt: skip
CASED = ["istanbul İSTANBUL", "straße ǅ ﬁ", "ΌΣΟΣ όσος", "i̇ Ì lithuanian", "IJssel ijssel"]
ZONES = ["Europe/Paris", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney",
         "Asia/Kolkata", "America/Sao_Paulo", "Africa/Cairo", "Pacific/Auckland", "UTC",
         "US/Eastern", "Asia/Calcutta", "Etc/GMT+5"]  # fmt: skip
ENCODINGS = ["windows-1252", "ISO-8859-15", "Shift_JIS", "EUC-KR", "GB18030", "Big5", "KOI8-R",
             "IBM437", "UTF-7", "ISO-2022-JP"]  # fmt: skip
SAMPLE = "Bestellung für Zoë, 日本語, Россия, €".encode("utf-16-le")


def _api(folder: Path) -> tuple[ctypes.CDLL, ctypes.CDLL, str]:
    uc = next(folder.glob("libicuuc.so.*"))
    suffix = "_" + uc.name.split(".so.")[1].split(".")[0]
    common = ctypes.CDLL(str(uc))
    i18n = ctypes.CDLL(str(next(folder.glob("libicui18n.so.*"))))
    return common, i18n, suffix


def answers(folder: Path) -> dict[str, str]:
    common, i18n, v = _api(folder)

    def fn(lib: ctypes.CDLL, name: str, restype: type | None = ctypes.c_int32):
        function = getattr(lib, name + v)
        function.restype = restype
        return function

    def status() -> ctypes.c_int:
        return ctypes.c_int(0)

    def text(s: str) -> ctypes.Array[ctypes.c_char]:
        data = s.encode("utf-16-le")
        return ctypes.create_string_buffer(data, len(data) + 2)

    count = fn(common, "uloc_countAvailable")()
    get_locale = fn(common, "uloc_getAvailable", ctypes.c_char_p)
    locales = [get_locale(i).decode() for i in range(count)]
    out: dict[str, str] = {}

    ucol_open = fn(i18n, "ucol_open", ctypes.c_void_p)
    ucol_strcoll = fn(i18n, "ucol_strcoll")
    ucol_key = fn(i18n, "ucol_getSortKey")
    ucol_set = fn(i18n, "ucol_setAttribute", None)
    ucol_close = fn(i18n, "ucol_close", None)
    ucal_open = fn(i18n, "ucal_open", ctypes.c_void_p)
    ucal_name = fn(i18n, "ucal_getTimeZoneDisplayName")
    ucal_close = fn(i18n, "ucal_close", None)
    upper = fn(common, "u_strToUpper")
    lower = fn(common, "u_strToLower")
    for locale in ["", "root", *locales]:
        name = locale.encode()
        error = status()
        collator = ucol_open(name, ctypes.byref(error))
        seen = [str(error.value)]
        if collator:
            # As QCollator: numeric mode and case order, then compare and sort keys.
            for attribute, value in ((7, 17), (2, 25), (5, 1)):
                error = status()
                ucol_set(ctypes.c_void_p(collator), attribute, value, ctypes.byref(error))
                seen.append(str(error.value))
            for a in WORDS:
                key = ctypes.create_string_buffer(512)
                sa = text(a)
                length = ucol_key(ctypes.c_void_p(collator), sa, len(a.encode("utf-16-le")) // 2,
                                  key, 512)  # fmt: skip
                seen.append(key.raw[:length].hex())
                for b in WORDS[:6]:
                    sb = text(b)
                    seen.append(str(ucol_strcoll(ctypes.c_void_p(collator), sa, -1, sb, -1)))
            ucol_close(ctypes.c_void_p(collator))
        out[f"collation {locale}"] = hashlib.sha256("|".join(seen).encode()).hexdigest()

        names = []
        for zone in ZONES:
            error = status()
            calendar = ucal_open(text(zone), -1, name, 0, ctypes.byref(error))
            names.append(str(error.value))
            if not calendar:
                continue
            for kind in range(4):  # standard, short standard, daylight, short daylight
                error = status()
                buffer = ctypes.create_string_buffer(256)
                length = ucal_name(ctypes.c_void_p(calendar), kind, name, buffer, 128,
                                   ctypes.byref(error))  # fmt: skip
                names.append(f"{error.value}:{buffer.raw[: 2 * max(length, 0)].hex()}")
            ucal_close(ctypes.c_void_p(calendar))
        out[f"zone names {locale}"] = hashlib.sha256("|".join(names).encode()).hexdigest()

        cased = []
        for phrase in CASED:
            for convert in (upper, lower):
                error = status()
                buffer = ctypes.create_string_buffer(512)
                length = convert(buffer, 256, text(phrase), -1, name, ctypes.byref(error))
                cased.append(f"{error.value}:{buffer.raw[: 2 * max(length, 0)].hex()}")
        out[f"case {locale}"] = hashlib.sha256("|".join(cased).encode()).hexdigest()

    # Every zone ICU knows, in the console's languages and a few far from them.
    zones_enum = fn(i18n, "ucal_openTimeZones", ctypes.c_void_p)
    next_zone = fn(common, "uenum_next", ctypes.c_char_p)
    close_enum = fn(common, "uenum_close", None)
    error = status()
    enumeration = ctypes.c_void_p(zones_enum(ctypes.byref(error)))
    every_zone = []
    while (zone_id := next_zone(enumeration, None, ctypes.byref(error))) is not None:
        every_zone.append(zone_id.decode())
    close_enum(enumeration)
    for locale in ("en", "fr", "de", "ja", "zh", "ar", "ru"):
        names = []
        for zone in every_zone:
            error = status()
            calendar = ucal_open(text(zone), -1, locale.encode(), 0, ctypes.byref(error))
            names.append(str(error.value))
            for kind in range(4) if calendar else ():
                error = status()
                buffer = ctypes.create_string_buffer(256)
                length = ucal_name(ctypes.c_void_p(calendar), kind, locale.encode(), buffer, 128,
                                   ctypes.byref(error))  # fmt: skip
                names.append(f"{error.value}:{buffer.raw[: 2 * max(length, 0)].hex()}")
            if calendar:
                ucal_close(ctypes.c_void_p(calendar))
        out[f"every zone's names {locale}"] = hashlib.sha256("|".join(names).encode()).hexdigest()

    canonical = fn(i18n, "ucal_getCanonicalTimeZoneID")
    for zone in ZONES + every_zone:
        error = status()
        system = ctypes.c_int8(0)
        buffer = ctypes.create_string_buffer(256)
        length = canonical(text(zone), -1, buffer, 128, ctypes.byref(system), ctypes.byref(error))
        out[f"canonical zone {zone}"] = f"{error.value}:{buffer.raw[: 2 * length].hex()}"

    converters = fn(common, "ucnv_countAvailable")()
    get_converter = fn(common, "ucnv_getAvailableName", ctypes.c_char_p)
    available = [get_converter(i).decode() for i in range(converters)]
    out["converters"] = hashlib.sha256("|".join(available).encode()).hexdigest()
    ucnv_open = fn(common, "ucnv_open", ctypes.c_void_p)
    ucnv_from = fn(common, "ucnv_fromUChars")
    ucnv_close = fn(common, "ucnv_close", None)
    for encoding in ENCODINGS + available:
        error = status()
        converter = ucnv_open(encoding.encode(), ctypes.byref(error))
        result = str(error.value)
        if converter:
            buffer = ctypes.create_string_buffer(512)
            error = status()
            length = ucnv_from(ctypes.c_void_p(converter), buffer, 512, SAMPLE,
                               len(SAMPLE) // 2, ctypes.byref(error))  # fmt: skip
            result += f":{error.value}:{buffer.raw[:length].hex()}"
            ucnv_close(ctypes.c_void_p(converter))
        out[f"encoding {encoding}"] = result
    return out


def _in_fresh_process(folder: Path) -> dict[str, str]:
    result = subprocess.run(
        [sys.executable, __file__, str(folder), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return dict(json.loads(result.stdout))


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    if argv[1:2] == ["--json"]:
        print(json.dumps(answers(folder)))
        return 0
    if argv[1:2] == ["--against"]:
        ours, theirs = _in_fresh_process(folder), _in_fresh_process(Path(argv[2]))
        differing = sorted(key for key in theirs if ours.get(key) != theirs[key])
        print(f"ICU answers compared: {len(theirs)}, differing: {len(differing)}")
        for key in differing[:20]:
            print(f"  differs: {key}")
        return 1 if differing or len(theirs) < 100 else 0
    answered = _in_fresh_process(folder)
    digest = hashlib.sha256(json.dumps(answered, sort_keys=True).encode()).hexdigest()
    print(f"{len(answered)} answers, digest {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
