"""The console's windows speak the language chosen, and change it live: the title, the order
count with its plural, the status bar and the review queue turn French while they are open,
and back to English, with nothing reopened."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from approval_console.app import Console
from approval_console.core.errors import AuthenticationError, MissingKeyError
from approval_console.core.i18n import translate
from approval_console.core.paths import Paths
from approval_console.services.outcomes import ChangeReport, OrderResult, Outcome
from approval_console.ui.language import app_language
from approval_console.ui.main_window import MainWindow
from approval_console.ui.main_window.notice_banner import NoticeBanner
from approval_console.ui.models.orders import STATUS_COLUMN
from approval_console.ui.review_window import ReviewWindow
from approval_console.ui.viewmodels.review import QueueMode
from approval_console.ui.viewmodels.session import read_problem, refresh_line
from tests.helpers import DEMO_KEY, approvepro_account
from tests.ui.test_unreadable_account import kiln
from tests.windows import close_window, on_screen, open_window

ACCOUNT = "ap-ui"


@pytest.fixture
def sandbox(sandbox_factory):
    return sandbox_factory("--seed", "51", "--rate-window", "0")


@pytest.fixture
def window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(
        approvepro_account(sandbox.url, ACCOUNT, rate_window="0", timezone="Europe/London"),
        DEMO_KEY,
    )
    window, context = open_window(qtbot, console, demo=True)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 500, timeout=20_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=20_000)
    yield window
    close_window(qtbot, window, context)


def _search(qtbot, window: MainWindow, text: str) -> None:
    window.search.setText(text)
    window._apply_search()  # the debounce, without waiting for it
    qtbot.waitUntil(lambda: window.orders.model.rowCount() < 500, timeout=10_000)


def test_the_open_windows_turn_french_and_back(qtbot, window, french):
    window.open_review(QueueMode.REVIEW)
    queue = on_screen(window, ReviewWindow)
    assert queue is not None
    # Opening it reads every account again; the count shows once that is done.
    qtbot.waitUntil(lambda: queue.refresh.isEnabled(), timeout=60_000)
    qtbot.waitUntil(lambda: queue.count.text().endswith(" awaiting a decision"), timeout=10_000)
    waiting = queue.vm.model.rowCount()
    window.table.select_rows([0, 1, 2], current=0)
    assert window.windowTitle() == "Approval Console — Northwind Workshop (demo)"
    assert window.count_label.text() == "500 orders"
    assert window.selection_label.text() == "3 selected"
    assert window.refreshed_label.text().startswith("Refreshed ")
    assert queue.windowTitle() == "Needs review — Approval Console"

    QCoreApplication.installTranslator(french)

    # The main window: its title, the count (a plural), the status bar, the search field.
    qtbot.waitUntil(
        lambda: window.windowTitle() == "Approval Console — Northwind Workshop (démo)",
        timeout=3000,
    )
    assert window.count_label.text() == "500 commandes"
    assert window.selection_label.text() == "3 sélectionnées"
    assert window.refreshed_label.text().startswith("Actualisé à ")
    assert window.sync_label.text() == "À jour"
    assert window.offline_label.text() == "Hors ligne"
    assert window.budget_label.text().startswith("Budget API ")
    assert window.search.placeholderText().startswith("Rechercher un numéro")
    # The review queue, open beside it, follows too.
    assert queue.windowTitle() == "À vérifier — Approval Console"
    assert queue.mode.currentText() == "À vérifier"
    assert queue.refresh.text() == "Actualiser tous les comptes"
    assert queue.count.text() == f"{waiting} en attente de décision"
    assert queue.notify.text() == "Informer le client"
    # Counted again in French as the list changes: the orders the search finds.
    number = window.orders.model.index(0, 0).data()
    _search(qtbot, window, number)
    found = window.orders.model.rowCount()
    assert window.count_label.text() == f"{found} sur 500 commandes"
    # ...and the singular, where all there is is one.
    window.status.show_count(1, 1)
    assert window.count_label.text() == "1 commande"
    window.status.show_count(0, 0)
    assert window.count_label.text() == "0 commande"  # French counts nothing in the singular

    QCoreApplication.removeTranslator(french)

    qtbot.waitUntil(
        lambda: window.windowTitle() == "Approval Console — Northwind Workshop (demo)",
        timeout=3000,
    )
    assert window.count_label.text() == "0 orders"
    assert window.refreshed_label.text().startswith("Refreshed ")
    assert window.offline_label.text() == "Offline"
    assert window.sync_label.text() == "Up to date"
    assert queue.windowTitle() == "Needs review — Approval Console"
    assert queue.refresh.text() == "Refresh all accounts"
    assert queue.count.text() == f"{waiting} awaiting a decision"
    window.status.show_count(1, 1)
    assert window.count_label.text() == "1 order"


def test_why_an_account_cannot_be_read_is_said_in_the_language_chosen(french):
    """The reasons, remedies and freshness lines built outside any widget read French too."""
    account = kiln("https://kiln.example")
    QCoreApplication.installTranslator(french)
    problem = read_problem(account, AuthenticationError("Unauthenticated."))
    assert problem.title == "Le serveur a refusé la clé de « Little Kiln »"
    assert problem.detail == "Il a répondu : Unauthenticated."  # the server's words stay
    assert problem.action == "Vérifier la clé dans Fichier → Comptes…"
    assert refresh_line(None, failed=True) == "Échec de l’actualisation"
    QCoreApplication.removeTranslator(french)
    assert read_problem(account, MissingKeyError("none")).title == (
        "No key is stored for “Little Kiln”"
    )


def test_the_banner_counts_in_the_singular_and_turns_french_live(qtbot, french):
    """ "1 was never sent", not "1 were never sent"; and the banner already shown changes
    language with the rest of the window."""
    banner = NoticeBanner()
    qtbot.addWidget(banner)
    report = ChangeReport()
    report.add(OrderResult("a", Outcome.APPLIED))
    report.add(OrderResult("b", Outcome.NOT_SENT))
    said = "Changes interrupted last time were checked with the server: 1 applied, 1 not sent."
    banner.show_interrupted(report, [object(), object()])  # the entries never sent
    assert banner.banner_text.text() == f"{said} 2 were never sent."
    banner.show_interrupted(report, [object()])
    assert banner.banner_text.text() == f"{said} 1 was never sent."
    assert banner.discard_button.text() == "Discard"

    QCoreApplication.installTranslator(french)
    qtbot.waitUntil(lambda: banner.discard_button.text() == "Abandonner", timeout=3000)
    assert banner.banner_text.text() == (
        "Les modifications interrompues la dernière fois ont été vérifiées auprès du serveur :"
        " 1 appliquée, 1 non envoyée. 1 n’a jamais été envoyée."
    )
    assert banner.resume_button.text() == "Les envoyer maintenant"
    QCoreApplication.removeTranslator(french)
    qtbot.waitUntil(lambda: banner.banner_text.text() == f"{said} 1 was never sent.", timeout=3000)


@pytest.fixture
def thousands(qtbot, sandbox_factory, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    """A window on an account of 1,200 orders: counts in the thousands."""
    server = sandbox_factory("--seed", "51", "--rate-window", "0", "--orders", "1200")
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(approvepro_account(server.url, ACCOUNT, rate_window="0"), DEMO_KEY)
    window, context = open_window(qtbot, console, demo=True)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 1200, timeout=30_000)
    yield window
    close_window(qtbot, window, context)


def test_a_selection_in_the_thousands_is_counted_in_the_language_chosen(
    qtbot, thousands, english_words
):
    window = thousands
    window.table.setFocus()
    qtbot.keyClick(window.table, "a", Qt.KeyboardModifier.ControlModifier)
    assert window.selection_label.text() == "1,200 selected"
    assert window.act_change.text() == "Change &status of 1,200…"

    app_language().apply("fr", system=QLocale.c(), folder=english_words)

    space = "\N{NARROW NO-BREAK SPACE}"
    qtbot.waitUntil(lambda: window.selection_label.text().endswith(" sélectionnées"), timeout=3000)
    assert window.selection_label.text() == f"1{space}200 sélectionnées"
    # The toolbar's button, a plural written by the window's base class, is French too.
    assert window.act_change.text() == f"Modifier le &statut de 1{space}200…"
    window.show_awaiting(1500)
    assert window.act_review.toolTip().startswith(f"1{space}500 commandes")
    # The merchant's own status names stay as written, even one that reads like a name the
    # console translates for another backend ("Shipped", French "Expédiée" for the portal's).
    model = window.orders.model
    names = [getattr(model.order_at(r).status, "name", None) for r in range(model.rowCount())]
    row = names.index("Shipped")
    assert model.index(row, STATUS_COLUMN).data() == "Shipped"
    assert translate("Status", "Shipped") == "Expédiée"
