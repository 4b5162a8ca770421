"""The cached order list, on screen before the rest of the console is even imported.

Opening the app should show the orders at once. This module needs only Qt, the store and the
table model, so the first screenful of the last account's list (an index answers it in a
millisecond) is painted while asyncio, qasync, the services and the connectors still load. The
main window then takes over this very table and model, so nothing is drawn twice.

Two things the first paint does not need wait until the console takes over: the models'
language watch (an application-wide event filter; the first event it is shown makes PySide build
every class of every Qt module loaded, about 70 ms of enums, see `_LanguageWatchPaused`), and
everything the console itself imports. The person's language is set before the model exists,
so no language change can come while the watch waits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow

from approval_console.core.paths import Paths
from approval_console.core.settings import Settings, load_settings
from approval_console.store.db import Database
from approval_console.store.orders import OrderCache
from approval_console.ui.app_helpers import existing_helper
from approval_console.ui.language import apply_language
from approval_console.ui.models.language_watch import LanguageWatch
from approval_console.ui.models.orders import OrderTableModel
from approval_console.ui.screen_fit import WINDOW_SIZE, fit_default_size, keep_restored_on_screen
from approval_console.ui.state import restore_header, restore_state
from approval_console.ui.viewmodels.list_filters import ListFilters
from approval_console.ui.widgets.order_table import OrderTableView

FIRST_SCREEN = 200
WINDOW_TITLE = "Approval Console"


class CachedListPreview:
    def __init__(self, paths: Paths) -> None:
        paths.ensure()
        self.database = Database.open(paths.database)
        self.reader_db = self.database.reader()
        self.reader = OrderCache(self.reader_db)
        self.settings: Settings = load_settings(paths.settings_file)
        # The person's language before the model exists: its header and dates are read in it,
        # and nothing need tell the model of a change while its language watch waits.
        apply_language(self.settings.preferences.language)
        self.model = OrderTableModel(self.reader)
        self._watch = _LanguageWatchPaused()
        self.handed_over = False
        self.table = OrderTableView(self.model, first_paint=True)
        self.window = QMainWindow()
        self.window.setWindowTitle(WINDOW_TITLE)
        fit_default_size(self.window, WINDOW_SIZE)
        self.window.setCentralWidget(self.table)
        ui = self.settings.ui
        # The main window takes this geometry over; one never saved is placed by the window
        # manager.
        if restore_state(ui.get("geometry"), self.window.restoreGeometry):
            keep_restored_on_screen(self.window)
        restore_header(ui, self.table.horizontalHeader())
        account_id = self.settings.last_account
        if self.settings.account(account_id or "") is None:
            account_id = self.settings.accounts[0].id if self.settings.accounts else None
        if account_id is not None:
            statuses = self.reader.statuses(account_id)
            self.model.set_status_colors({status.code: status.color for status in statuses})
            filters = ListFilters.from_json(ui.get("filters")).to_store()
            self.model.set_rowids(self.reader.query_rowids(account_id, filters, limit=FIRST_SCREEN))

    def show(self) -> None:
        self.window.show()

    def hand_over(self) -> None:
        """The main window now holds the table: the preview window goes, and the models hear
        of language changes again (the person can now choose another in Preferences)."""
        self.handed_over = True
        self._watch.resume()
        self.table.complete_setup()
        self.window.hide()
        self.window.deleteLater()


class _LanguageWatchPaused:
    """Takes the models' language watch off the application's events until `resume`.

    The watch filters every event of the application in Python. The first object PySide passes
    to it whose exact class it does not know (a private window class) is looked up through
    every QObject class of every loaded Qt module, each built with its enums on the spot: some
    70 ms, spent on the first widget made, before anything is on screen. Paused, that cost
    falls after the first paint, when the console loads anyway.
    """

    def __init__(self) -> None:
        self._app = QCoreApplication.instance()
        self._watch: QObject | None = existing_helper(LanguageWatch)
        if self._app is not None and self._watch is not None:
            self._app.removeEventFilter(self._watch)

    def resume(self) -> None:
        if self._app is not None and self._watch is not None:
            self._app.installEventFilter(self._watch)
            self._watch = None
