"""What services and connectors say reaches the person in their language, while what the cache
keeps stays in one language whatever the window shows."""

from __future__ import annotations

import asyncio
import socket

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from approval_console.connectors.http import HttpClient, RetryPolicy
from approval_console.core import errors
from approval_console.core.accounts import Account
from approval_console.core.backends import capabilities_of
from approval_console.core.changes import OrderActionKind, comment_problem
from approval_console.core.labels import FINANCIAL, ORDER_STATUS, status_text
from approval_console.core.views import default_views
from approval_console.services.review import decision


@pytest.fixture
def in_french(french: QTranslator) -> None:
    QCoreApplication.installTranslator(french)


def test_words_a_service_composes_come_out_in_french(in_french: None) -> None:
    assert comment_problem("a") == "Un commentaire doit comporter au moins 3 caractères."
    assert FINANCIAL.text("partially_paid") == "Partiellement payée"
    assert status_text("Awaiting approval") == "En attente d’approbation"
    assert [view.shown_name for view in default_views()][:3] == [
        "Toutes les commandes",
        "À vérifier",
        "En retard",
    ]
    wholesale = Account("w-1", "wholesale", "Grossiste", "https://portal.example.com")
    with pytest.raises(Exception, match="Grossiste est en lecture seule"):
        decision(wholesale, capabilities_of("wholesale"), OrderActionKind.APPROVE)


def test_what_the_cache_keeps_stays_english_in_french(in_french: None) -> None:
    """A status name is stored and filtered by name: it must not depend on the language the
    window showed when the order was read."""
    assert ORDER_STATUS.name("AwaitingApproval") == "Awaiting approval"
    assert ORDER_STATUS.text("AwaitingApproval") == "En attente d’approbation"


def test_a_renamed_default_view_keeps_the_persons_name(in_french: None) -> None:
    from dataclasses import replace

    overdue = default_views()[2]
    assert replace(overdue, name="Late ones").shown_name == "Late ones"


def test_a_connection_error_is_told_in_french(in_french: None) -> None:
    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = HttpClient(f"http://127.0.0.1:{port}", retry=RetryPolicy(attempts=1))

    async def ask() -> None:
        try:
            await client.request("GET", "/orders")
        finally:
            await client.aclose()

    with pytest.raises(errors.ApiConnectionError) as raised:
        asyncio.run(ask())
    assert raised.value.message.startswith("Impossible de se connecter au serveur")


def test_english_plurals_read_as_english() -> None:
    assert comment_problem("a") == "A comment needs at least 3 characters."
