"""The order dialogs speak the chosen language, and change it while they are open.

A person who switches to French with a bulk change, a due date or an export on screen reads
that dialog in French at once (title, labels, buttons, the count with its plural, the line
that says what will happen) and in English again when they switch back, without closing it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
from approval_console.ui.dialogs.due_date import DueDateDialog
from approval_console.ui.dialogs.export import ExportDialog
from approval_console.ui.main_window import MainWindow
from approval_console.ui.viewmodels.bulk import BulkChangeViewModel
from tests.helpers import DEMO_KEY, approvepro_account
from tests.windows import close_window, on_screen, open_window

ACCOUNT = "ap-words"
QUALITY = "st000006"  # Quality Check: internal, open to every order


@pytest.fixture
def window(qtbot, shared_sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(approvepro_account(shared_sandbox.url, ACCOUNT, rate_window="0"), DEMO_KEY)
    window, context = open_window(qtbot, console)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 500, timeout=20_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=20_000)
    yield window
    close_window(qtbot, window, context)


@pytest.fixture
def speak(english_words: Path) -> Iterator[Callable[[str], None]]:
    """`speak("fr")` installs the compiled French catalogue, as choosing French does;
    `speak("en")` removes it again. Never left installed for the next test."""
    installed: list[QTranslator] = []

    def choose(language: str) -> None:
        while installed:
            QCoreApplication.removeTranslator(installed.pop())
        if language != "en":
            translator = QTranslator()
            assert translator.load(str(english_words / f"approval_console_{language}.qm"))
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
        QCoreApplication.processEvents()

    yield choose
    choose("en")


def _bulk_dialog(window: MainWindow, rows: list[int]) -> BulkChangeDialog:
    """The bulk status change on these rows, as the window opens it (for one order too)."""
    model = window.orders.model
    orders = [model.order_at(row) for row in rows]
    ids = [order.id for order in orders]
    vm = BulkChangeViewModel(window.context, ACCOUNT, ids, window)
    names = {order.id: order.name for order in orders}
    dialog = BulkChangeDialog(vm, window.orders.statuses, names, window.context.bus, window)
    window.dialogs.open_job(dialog, vm)
    return dialog


def test_an_open_bulk_change_turns_french_and_back(qtbot, window, speak):
    window.table.select_rows([0, 1, 2], current=0)
    window.act_change.trigger()
    three = on_screen(window, BulkChangeDialog)
    assert three is not None
    one = _bulk_dialog(window, [3])
    assert three.windowTitle() == "Change the status of 3 orders"
    assert one.windowTitle() == "Change the status of 1 order"
    combo = three.options.status
    combo.setCurrentIndex(combo.findData(QUALITY))
    qtbot.waitUntil(three.start.isEnabled, timeout=10_000)
    assert "of 3 orders will be sent." in three.preview.text()

    speak("fr")
    qtbot.waitUntil(lambda: three.windowTitle() == "Modifier le statut de 3 commandes")
    assert one.windowTitle() == "Modifier le statut de 1 commande"
    assert three.start.text() == "Modifier 3 commandes"
    assert one.start.text() == "Modifier 1 commande"
    # The line computed when the plan arrived is said again, in French, from the same plan.
    assert "sur 3 commandes." in three.preview.text()
    assert "will be sent" not in three.preview.text()
    assert one.preview.text() == "Choisissez un statut pour voir ce qui va se passer."
    assert one.options.status.placeholderText() == "Choisissez un statut…"
    assert three.due_on.text() == "Définir aussi la date d’échéance"
    assert three.options.email_customer.text() == "Envoyer un e-mail au client"
    assert three.close_button.text() == "Fermer"
    assert three.options.status_code() == QUALITY  # the choice is kept, only words change

    speak("en")
    qtbot.waitUntil(lambda: three.windowTitle() == "Change the status of 3 orders")
    assert one.start.text() == "Change 1 order"
    assert "of 3 orders will be sent." in three.preview.text()
    assert one.preview.text() == "Choose a status to see what will happen."
    assert three.options.email_customer.text() == "Email the customer"
    one.close()
    three.close()


def test_an_open_due_date_and_export_turn_french_and_back(qtbot, window, speak, tmp_path):
    window.table.select_rows([4], current=4)
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=3000)
    window.act_due.trigger()
    due = on_screen(window, DueDateDialog)
    assert due is not None and due.windowTitle() == "Due date"
    due.until_check.setChecked(True)
    due.until_edit.setDate(due.due_edit.date().addDays(-1))
    shown_problem = due.error.text()

    speak("fr")
    qtbot.waitUntil(lambda: due.windowTitle() == "Date d’échéance")
    assert due.save_button.text() == "Enregistrer"
    assert due.clear_button.text() in {"Effacer la date d’échéance"}
    assert due.current_label.text().startswith(("Échéance actuelle", "Cette commande"))
    if shown_problem:  # the order's backend offers ranges: the problem is said in French
        assert due.error.text() == "La fin doit être postérieure à la date d’échéance."
    speak("en")
    qtbot.waitUntil(lambda: due.windowTitle() == "Due date")
    assert due.save_button.text() == "Save"
    due.reject()

    window.table.select_rows([0, 1, 2], current=0)
    window.act_export.trigger()  # File › Export to CSV…
    qtbot.waitUntil(lambda: on_screen(window, ExportDialog) is not None, timeout=3000)
    export = on_screen(window, ExportDialog)
    assert export is not None
    assert export.selection_choice.text() == "The 3 selected orders"
    export.path.setText(str(tmp_path / "missing" / "orders.csv"))
    assert export.problem.text().startswith("The folder ")

    speak("fr")
    qtbot.waitUntil(lambda: export.selection_choice.text() == "Les 3 commandes sélectionnées")
    assert export.view_choice.text().startswith("Les 500 commandes de la liste")
    assert export.export_button.text() == "Exporter"
    assert export.problem.text().startswith("Le dossier ")
    assert export.problem.text().endswith("n’existe pas.")
    speak("en")
    qtbot.waitUntil(lambda: export.selection_choice.text() == "The 3 selected orders")
    assert export.view_choice.text().startswith("All 500 orders in the list")
    assert export.problem.text().startswith("The folder ")
    export.reject()
