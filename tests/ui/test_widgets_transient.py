"""Success lines go away by themselves; errors stay until the next message replaces them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from approval_console.services.outcomes import OrderResult, Outcome
from approval_console.ui.widgets import transient
from approval_console.ui.widgets.detail_pane import DetailPane
from approval_console.ui.widgets.transient import linger_ms, show_transient


@pytest.fixture(autouse=True)
def quick(monkeypatch):
    """The same fade, sooner: what is checked is that it happens, not how long it takes."""
    monkeypatch.setattr(transient, "LINGER_MS", 150)
    monkeypatch.setattr(transient, "FADE_MS", 100)


def test_a_longer_success_line_lingers_longer_but_never_forever():
    assert linger_ms("x" * 200) > linger_ms("Saved.")
    assert linger_ms("x" * 100_000) <= transient.LINGER_MAX_MS


def test_a_success_line_fades_out_and_an_error_that_follows_it_stays(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    label.show()
    show_transient(label, "Saved “Northwind”.", success=True)
    assert label.isVisible() and label.text() == "Saved “Northwind”."
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=5000)
    assert label.text() == ""

    show_transient(label, "Saved again.", success=True)
    show_transient(label, "Not saved: the server refused it.", success=False)
    qtbot.wait(600)  # well past the moment the success line would have gone
    assert label.isVisible() and label.text() == "Not saved: the server refused it."
    assert label.graphicsEffect() is None  # fully opaque, not half faded


def test_the_detail_pane_lets_comment_saved_go_but_keeps_a_refusal(qtbot):
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.body.show()
    pane.show_result("comment", OrderResult("1", Outcome.APPLIED))
    assert pane.message.isVisible() and pane.message.text() == "Comment saved."
    qtbot.waitUntil(lambda: not pane.message.isVisible(), timeout=5000)

    pane.show_result("comment", OrderResult("1", Outcome.NOT_APPLIED, "too long"))
    qtbot.wait(600)
    assert pane.message.isVisible()
    assert pane.message.text() == "Comment not saved: too long"
