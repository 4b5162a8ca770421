"""The cached list a person sees first, before the rest of the console loads: its orders, their
status chips and its words in the person's language, then the console taking it over."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QProxyStyle, QStyle

from approval_console.core.accounts import Account
from approval_console.core.domain import Status
from approval_console.core.paths import Paths
from approval_console.core.preferences import Preferences
from approval_console.core.settings import Settings, load_settings, save_settings
from approval_console.store.db import Database
from approval_console.store.orders import OrderCache
from approval_console.ui.language import apply_language
from approval_console.ui.models.orders import COMMON_FOCUS_MARGIN, NUMBER_COLUMN, STATUS_COLUMN
from approval_console.ui.preview import CachedListPreview
from approval_console.ui.state import encode_state, save_header
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


class WideFocusStyle(QProxyStyle):
    """A style that sets an item's text further in than Qt's common style does."""

    def pixelMetric(self, metric, option=None, widget=None):
        if metric == QStyle.PixelMetric.PM_FocusFrameHMargin:
            return COMMON_FOCUS_MARGIN + 4
        return super().pixelMetric(metric, option, widget)


def test_order_numbers_stay_whole_in_a_style_with_wider_margins(qtbot, preview):
    """The first paint measures the Number column with Qt's common margin (asking the style
    would cost it more than the query); once the console holds the list, a style that sets
    text further in widens the column, so no order number is cut."""
    table = preview.table
    style = WideFocusStyle()
    style.setParent(table)
    table.setStyle(style)
    preview.show()
    qtbot.waitExposed(preview.window)
    first = table.columnWidth(NUMBER_COLUMN)

    preview.hand_over()

    assert table.columnWidth(NUMBER_COLUMN) >= first + 8  # four more pixels on either side
    widest = max(
        table.fontMetrics().horizontalAdvance(str(preview.model.index(row, NUMBER_COLUMN).data()))
        for row in range(preview.model.rowCount())
    )
    room = table.columnWidth(NUMBER_COLUMN) - 2 * (COMMON_FOCUS_MARGIN + 4 + 1)
    assert widest <= room


# Runs the console as the start-up benchmark does, and at its first paint prints what is loaded.
REPORT_AT_FIRST_PAINT = """
import json, sys
from approval_console.ui import startup_probe

seen = {}
watch = startup_probe.FirstPaintProbe.eventFilter

def first_paint(self, watched, event):
    result = watch(self, watched, event)
    if self._done and not seen:
        from PySide6 import QtCore, QtGui, QtWidgets
        import shibokensupport.feature as feature
        seen["modules"] = sorted(sys.modules)
        seen["qt classes"] = sorted(
            name for module in (QtCore, QtGui, QtWidgets) for name, value in vars(module).items()
            if isinstance(value, type)
        )
        seen["quick check"] = getattr(feature._mod_uses_pyside, "quick", False)
        header = watched.parent().horizontalHeader()
        seen["arrow"] = [header.sortIndicatorSection(), header.isSortIndicatorShown()]
        seen["window"] = list(watched.window().geometry().getRect())
        print("seen " + json.dumps(seen), flush=True)
    return result

startup_probe.FirstPaintProbe.eventFilter = first_paint
from approval_console.__main__ import main
raise SystemExit(main(["--profile", sys.argv[1], "--report-startup"]))
"""


def left_as_the_person_left_it(qtbot, paths: Paths) -> None:
    """Save the window's place and the list's columns, sorted by customer, as a closed console
    leaves them: the next start restores both before its first paint."""
    left = CachedListPreview(paths)
    qtbot.addWidget(left.window)
    left.window.setGeometry(120, 140, 1000, 640)
    header = left.table.horizontalHeader()
    header.setSortIndicatorShown(True)
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    settings = load_settings(paths.settings_file)
    settings.ui["geometry"] = encode_state(left.window.saveGeometry())
    save_header(settings.ui, header)
    save_settings(paths.settings_file, settings)
    left.hand_over()
    left.reader_db.close()
    left.database.close()


@pytest.mark.parametrize("restarted", [False, True], ids=["first start", "restarted"])
def test_the_first_paint_waits_for_nothing_it_does_not_draw(qtbot, tmp_path, restarted):
    """What the launch loads before the cached list is on screen leaves out asyncio, the event
    loop's bridge, the network stack, the local socket a second launch talks to, the column
    menu, the window icon's SVG and the types of an order's history: each is milliseconds to
    tens of them that a person would wait for before seeing their orders. PySide builds a Qt
    class with all its enums when Python first meets it: the style's (asked for column widths
    and found among the application's children) is not among them either, nor the `Qt`
    namespace's 93 enums (see `ui.roles`): the list's model, delegates, header and window
    draw the first screen without them."""
    paths = cached_profile(tmp_path, "en")
    if restarted:
        left_as_the_person_left_it(qtbot, paths)
    run = subprocess.run(
        [sys.executable, "-c", REPORT_AT_FIRST_PAINT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    line = next(line for line in run.stdout.splitlines() if line.startswith("seen "))
    seen = json.loads(line.removeprefix("seen "))
    waiting = {
        "asyncio",
        "qasync",
        "httpx",
        "socket",
        "hashlib",
        "PySide6.QtNetwork",
        "PySide6.QtSvg",
        "approval_console.ui.widgets.column_chooser",
        "approval_console.ui.app_icon",
        "approval_console.core.history",
        "approval_console.core.listing",
        "approval_console.store.status_rules",
    }
    assert waiting & set(seen["modules"]) == set()
    assert {"QStyle", "QAction", "QIcon", "Qt"} & set(seen["qt classes"]) == set()
    assert "approval_console.ui.preview" in seen["modules"]  # the report came from the paint
    assert seen["quick check"]  # shiboken reads each module's file, not its parsed source
    if restarted:  # where the person left the window, sorted as they left it
        assert seen["window"][2:] == [1000, 640]
        assert seen["arrow"] == [1, True]
    else:
        assert seen["arrow"][1] is False  # no arrow until a sort is chosen
