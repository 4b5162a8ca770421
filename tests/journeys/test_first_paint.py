"""A person who reads the console in French opens it again: the orders kept from last time
are on screen at once, with their status chips, and the console then takes over (the words
in French: tests/ui/test_preview_first_paint.py)."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QGuiApplication, QImage

from approval_console.core.paths import Paths
from approval_console.core.settings import load_settings, save_settings

ANY_WINDOW = "^Approval Console"  # the cached list's preview first, then the console


def colourful(shot: QImage, box: QRect) -> int:
    """How many distinct saturated colours the area shows: status chips, not grey text."""
    seen: Counter[int] = Counter()
    for y in range(box.top(), box.bottom(), 3):
        for x in range(box.left(), box.right(), 3):
            color = QColor.fromRgb(shot.pixel(x, y))
            if color.hsvSaturationF() > 0.45 and color.valueF() > 0.3:
                seen[color.hue() // 20] += 1
    return sum(1 for count in seen.values() if count > 20)


def test_a_french_console_opened_again_shows_its_cached_orders_at_once(launched, person):
    first = launched()
    first.window()
    time.sleep(3.0)  # the demo account's orders read and kept in the cache
    first.quit()
    assert first.process.returncode == 0

    paths = Paths.in_profile(Path(first.process.args[-1]))
    settings = load_settings(paths.settings_file)
    settings.preferences.language = "fr"
    save_settings(paths.settings_file, settings)

    again = launched()
    seen = again.window(ANY_WINDOW)
    box = again.box(seen)
    first_title = again.title(seen)
    area = QRect(box.left, box.top, box.right - box.left, box.bottom - box.top)
    deadline = time.monotonic() + 10
    while True:  # the window maps a moment before its first paint reaches the screen
        shot = QGuiApplication.primaryScreen().grabWindow(0).toImage()
        if colourful(shot, area.intersected(shot.rect())) >= 2 or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    shot.save(str(person.shots / f"{time.strftime('%H%M%S')}-opened-again-first-sight.png"))
    assert first_title == "Approval Console"  # the cached list, before the console loaded
    assert colourful(shot, area.intersected(shot.rect())) >= 2  # chips in several colours

    again.window("^Approval Console — ")  # the console took the list over
    person.screenshot("opened-again-console")
    again.quit()
    assert again.process.returncode == 0
