"""The cached list a person sees first, before the rest of the console loads: its orders, their
status chips and its words in the person's language, then the console taking it over."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from approval_console.core.accounts import Account
from approval_console.core.domain import Status
from approval_console.core.paths import Paths
from approval_console.core.preferences import Preferences
from approval_console.core.settings import Settings, save_settings
from approval_console.store.db import Database
from approval_console.store.orders import OrderCache
from approval_console.ui.language import apply_language
from approval_console.ui.models.orders import NUMBER_COLUMN, STATUS_COLUMN
from approval_console.ui.preview import CachedListPreview
from approval_console.ui.widgets.status_chip import STATUS_COLOR_ROLE, StatusChipDelegate
from tests.benchmarks.cache_query import STATUSES, iter_orders

ACCOUNT = "shop"
CHIP = "#1D4ED8"  # every status in a deep blue no table draws on its own


def cached_profile(folder: Path, language: str) -> Paths:
    """A profile whose cache holds 40 orders of an unreachable account, read in `language`."""
    paths = Paths.in_profile(folder)
    paths.ensure()
    database = Database.open(paths.database)
    cache = OrderCache(database)
    cache.replace_statuses(
        ACCOUNT, [Status(s.code, s.name, "", CHIP, s.position) for s in STATUSES]
    )
    cache.upsert_orders(ACCOUNT, list(iter_orders(40)))
    database.close()
    account = Account(ACCOUNT, "approvepro", "Shop", "http://127.0.0.1:9", {})
    settings = Settings(
        accounts=[account], last_account=ACCOUNT, preferences=Preferences(language=language)
    )
    save_settings(paths.settings_file, settings)
    return paths


@pytest.fixture
def preview(qtbot, tmp_path) -> Iterator[CachedListPreview]:
    shown = CachedListPreview(cached_profile(tmp_path, "fr"))
    qtbot.addWidget(shown.window)
    yield shown
    if not shown.handed_over:
        shown.hand_over()  # the language watch back, as the console has it
    shown.reader_db.close()
    shown.database.close()


def chip_pixels(preview: CachedListPreview) -> int:
    """How many pixels of the painted list are the chips' blue."""
    image = preview.table.viewport().grab().toImage()
    blue = QColor(CHIP).rgb()
    return sum(
        image.pixel(x, y) == blue
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_the_first_screen_shows_the_cached_orders_with_their_chips_in_french(qtbot, preview):
    preview.show()
    qtbot.waitExposed(preview.window)
    model = preview.model
    assert model.rowCount() == 40
    header = model.headerData(NUMBER_COLUMN, Qt.Orientation.Horizontal)
    assert header == "Numéro"  # the person's language before anything is painted
    first = model.index(0, STATUS_COLUMN)
    assert first.data(STATUS_COLOR_ROLE) == CHIP
    assert isinstance(preview.table.itemDelegateForColumn(STATUS_COLUMN), StatusChipDelegate)
    assert chip_pixels(preview) > 200  # chips painted, not the status names as plain text


def test_the_list_follows_a_language_chosen_once_the_console_holds_it(qtbot, preview):
    preview.show()
    qtbot.waitExposed(preview.window)
    preview.hand_over()
    model = preview.model
    with qtbot.waitSignal(model.headerDataChanged, timeout=2_000):
        apply_language("de")
    assert model.headerData(NUMBER_COLUMN, Qt.Orientation.Horizontal) == "Nummer"


def test_the_first_screen_waits_for_nothing_it_does_not_draw():
    """What the launch imports before the cached list is on screen leaves out asyncio, the
    event loop's bridge, the network stack and the local socket a second launch talks to: each
    is tens of milliseconds a person would wait for before seeing their orders."""
    first_paint = (
        "import sys\n"
        "import approval_console.launcher, approval_console.single_instance\n"
        "import approval_console.start_problems, approval_console.ui.preview\n"
        "import approval_console.ui.color_scheme, approval_console.ui.startup_probe\n"
        "print(' '.join(sorted(m for m in ('asyncio', 'qasync', 'httpx', 'PySide6.QtNetwork')"
        " if m in sys.modules)))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", first_paint], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.split() == []
