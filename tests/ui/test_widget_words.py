"""The main window's words follow a change of language while it is open: the detail pane's
captions, the list's column titles, the filter bar and the views bar read French at once, as
does the invoice a person prints; removing the French catalogue brings English back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from approval_console.app import Console
from approval_console.core.billing import Address, Invoice, InvoiceItem, InvoiceState
from approval_console.core.domain import Money
from approval_console.core.paths import Paths
from approval_console.ui.invoice_document import default_pdf_name, invoice_html
from approval_console.ui.main_window import MainWindow
from approval_console.ui.models.orders import NUMBER_COLUMN, STATUS_COLUMN
from approval_console.ui.widgets.views_bar import MODIFIED_MARK
from tests.helpers import DEMO_KEY, approvepro_account
from tests.windows import close_window, open_window

ACCOUNT = "ap-words"
NBSP = "\u00a0"


@pytest.fixture
def window(qtbot, sandbox_factory, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    sandbox = sandbox_factory("--seed", "51", "--rate-window", "0")
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(approvepro_account(sandbox.url, ACCOUNT, rate_window="0"), DEMO_KEY)
    window, context = open_window(qtbot, console)
    yield window
    close_window(qtbot, window, context)


def _invoice() -> Invoice:
    euros = Money(Decimal("120.00"), "EUR")
    return Invoice(
        id="inv-1",
        order_id="po-1",
        state=InvoiceState.OPEN,
        amount=euros,
        amount_due=euros,
        number="F-1042",
        issued_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        due_at=datetime(2026, 4, 1, 9, 0, tzinfo=UTC),
        items=(InvoiceItem("Proof pack", 2, Money(Decimal("60.00"), "EUR"), euros),),
        bill_to=Address(
            address_1="12 rue des Lilas",
            city="Lyon",
            state="",
            postal_code="69001",
            country_code="FR",
            phone_number="",
            contact_name="",
            name="Atelier Lumière",
        ),
        notes="Merci",
    )


def test_the_window_turns_french_live_and_back_to_english(qtbot, window, french) -> None:
    model = window.orders.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=20_000)
    window.table.selectRow(0)
    pane, bar, views = window.pane, window.filter_bar, window.saved_views.bar
    qtbot.waitUntil(lambda: window.detail.order_id == window.table.current_order_id(), timeout=5000)
    qtbot.waitUntil(lambda: pane.body.isVisible(), timeout=5000)
    qtbot.mouseClick(bar.canceled, Qt.MouseButton.LeftButton)  # a chip: "Canceled hidden"
    qtbot.waitUntil(lambda: bar.chips.texts() == ["Canceled hidden ✕"])
    assert pane._history_title.text() == "HISTORY"
    assert views.names()[0] == "All orders" + MODIFIED_MARK  # filtered since chosen

    with qtbot.waitSignal(model.headerDataChanged, timeout=2000):
        QCoreApplication.installTranslator(french)
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(NUMBER_COLUMN, horizontal) == "Numéro"
    assert model.headerData(STATUS_COLUMN, horizontal) == "Statut"
    # Widgets hear of it from their event queue: a moment later, every word is French.
    qtbot.waitUntil(lambda: pane._history_title.text() == "HISTORIQUE", timeout=3000)
    assert pane._progress_title.text() == "AVANCEMENT VU PAR LE CLIENT"
    assert pane.change_status.text() == "Changer le statut…"
    assert bar.status.text() == f"Statut{NBSP}: Tous"
    assert bar.add.text() == "+ Ajouter un filtre"
    assert bar.reset.text() == "Réinitialiser les filtres"
    assert bar.chips.texts() == ["Annulées masquées ✕"]
    assert views.names()[:2] == ["Toutes les commandes" + MODIFIED_MARK, "À vérifier"]
    assert views.save_button.text() == "Enregistrer comme vue…"
    assert "Numéro" in window.table.column_titles()

    invoice = _invoice()
    html = invoice_html(invoice)
    for words in ("FACTURE", "N° de facture", "Facturer à", "Prix unitaire", "Montant dû"):
        assert words in html
    assert "INVOICE" not in html
    assert default_pdf_name(invoice) == "Facture F-1042.pdf"

    QCoreApplication.removeTranslator(french)
    qtbot.waitUntil(lambda: pane._history_title.text() == "HISTORY", timeout=3000)
    assert model.headerData(NUMBER_COLUMN, horizontal) == "Number"
    assert bar.status.text() == "Status: Any"
    assert bar.chips.texts() == ["Canceled hidden ✕"]
    assert views.names()[0] == "All orders" + MODIFIED_MARK
    assert "INVOICE" in invoice_html(invoice)
    assert default_pdf_name(invoice) == "Invoice F-1042.pdf"


def test_a_renamed_default_view_keeps_the_name_the_person_gave(qtbot, window, french) -> None:
    views = window.saved_views
    first = views.vm.views[0]
    views.vm.rename(first.id, "Tout")
    QCoreApplication.installTranslator(french)
    qtbot.waitUntil(lambda: views.bar.names()[1] == "À vérifier", timeout=3000)
    assert views.bar.names()[0] == "Tout"


def test_a_status_the_console_names_reads_french_in_the_list_and_its_filter(
    qtbot, sandbox_factory, memory_keyring, tmp_path, french
) -> None:  # type: ignore[no-untyped-def]
    """Arlo's and Spree's statuses are named by the console ("Awaiting approval"): they follow
    the language; the cache keeps the English name, which the status filter still matches."""
    from tests.windows import demo_console

    sandbox = sandbox_factory("--seed", "52", "--rate-window", "0")
    console = demo_console(tmp_path / "profile", sandbox.url, start="arlo-demo")
    window, context = open_window(qtbot, console)
    try:
        model = window.orders.model
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=20_000)
        QCoreApplication.installTranslator(french)
        french_names = {"En attente d’approbation", "En attente", "Approuvée", "Annulée", "Expirée"}

        def shown() -> set[str]:
            column = STATUS_COLUMN
            return {model.index(row, column).data() for row in range(model.rowCount())}

        qtbot.waitUntil(lambda: shown() <= french_names and bool(shown()), timeout=5000)
        menu = window.filter_bar.status.menu()
        qtbot.waitUntil(
            lambda: "En attente d’approbation" in [action.text() for action in menu.actions()],
            timeout=5000,
        )
        stored = {order.status.name for order in map(model.order_at, range(model.rowCount()))}
        assert "Awaiting approval" in stored
    finally:
        QCoreApplication.removeTranslator(french)
        close_window(qtbot, window, context)
