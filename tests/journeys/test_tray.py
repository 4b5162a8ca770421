"""The console in the desktop's tray, on a real X server with a real tray (trayer, an XEmbed
tray host): the icon shows what awaits a decision, closing the window keeps the console there,
a click on the icon brings it back, and a new order to review is told in a notice (the tray's
balloon: no notification daemon runs here).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from approval_console.services.review_watch import ANNOUNCED
from approval_console.store.orders import OrderFilter

ARLO = "arlo-demo"


@pytest.fixture
def tray_host() -> Iterator[None]:
    """A tray at the bottom right of the screen, as a desktop panel has it."""
    if shutil.which("trayer") is None:
        pytest.fail("The tray's journey needs trayer (scripts/system_deps.py test installs it).")
    host = subprocess.Popen(
        ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "request",
         "--height", "32", "--SetDockType", "true", "--transparent", "false",
         "--tint", "0x333333"],
        env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while not QSystemTrayIcon.isSystemTrayAvailable():
        assert time.monotonic() < deadline, "the tray host did not take the tray"
        time.sleep(0.05)
    yield
    host.terminate()
    host.wait(timeout=5)


def _balloon() -> object | None:
    """The notice on screen, where the tray shows it (a balloon by the icon)."""
    shown = [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and widget.metaObject().className() == "QBalloonTip"
    ]
    return shown[0] if shown else None


def test_the_console_lives_in_the_tray_and_tells_of_new_orders(tray_host, demo_desk, qtbot):
    desk = demo_desk(start=ARLO)
    window, person, context = desk.window, desk.person, desk.context
    tray = window.tray
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
    reader = context.reader
    qtbot.waitUntil(lambda: reader.meta(ARLO, ANNOUNCED) is not None, timeout=10_000)

    # The icon is in the tray, with the count the toolbar's Needs review says.
    assert tray.icon.isVisible()
    qtbot.waitUntil(lambda: tray.count > 0, timeout=10_000)
    assert f"({tray.count:,})" in window.act_review.iconText()
    assert tray.icon.toolTip() == f"Approval Console\n{tray.count:,} orders await a decision"
    where = tray.icon.geometry()
    assert where.width() > 0 and where.bottom() > 900 and where.right() > 1500
    person.screenshot("tray-icon-with-count")

    # Preferences: keep the console in the tray when its window closes.
    context.console.settings.preferences.close_to_tray = True
    context.preferences.announce()
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    person.press("alt+F4")  # the window manager's close
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert closed == []
    person.screenshot("closed-to-tray")

    # A click on the icon, in the tray host's window, brings it back in front.
    center = tray.icon.geometry().center()
    person._xdotool("mousemove", "--sync", str(center.x()), str(center.y()))
    person._xdotool("click", "1")
    qtbot.waitUntil(window.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    assert person.active_window_title() == window.windowTitle()
    person.screenshot("back-from-the-tray")

    # Away again; in Arlo itself, an approved order goes back to review.
    person.press("alt+F4")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    rowids = reader.query_rowids(ARLO, OrderFilter(status_codes=("Approved",)))
    [order] = reader.rows(rowids[:1])
    with desk.sandbox.admin() as client:  # type: ignore[attr-defined]
        client.post(
            "/_sandbox/arlo/touch", json={"order_id": int(order.id), "status": "AwaitingApproval"}
        ).raise_for_status()
    window.session.refresh(quiet=True)  # what the two-minute timer does
    qtbot.waitUntil(lambda: tray.last_notice is not None, timeout=30_000)
    notice = tray.last_notice
    assert notice is not None
    assert (notice.title, notice.text) == ("1 new order to review", f"Arlo (demo): {order.name}")
    qtbot.waitUntil(lambda: _balloon() is not None, timeout=5000)
    person.screenshot("notice-of-a-new-order")
    assert not window.isVisible() and closed == []

    # A click on the notice brings the window back, on the account it named.
    balloon = _balloon()
    assert balloon is not None
    person.click(balloon)
    qtbot.waitUntil(window.isVisible, timeout=5000)
    assert window.session.account_id == ARLO

    # Quit, from the icon's menu, ends the console for good.
    center = tray.icon.geometry().center()
    person._xdotool("mousemove", "--sync", str(center.x()), str(center.y()))
    person._xdotool("click", "3")
    qtbot.waitUntil(tray.menu.isVisible, timeout=5000)
    person.screenshot("tray-menu")
    person.click(tray.menu, tray.menu.actionGeometry(tray.act_quit).center())
    qtbot.waitUntil(lambda: closed == [True], timeout=5000)
    assert not window.isVisible()
