"""Every window and dialog of the console fits a 1600×1000 screen at 100, 150 and 200 %.

Qt's scale is fixed per process, so each scale runs the check below in a process of its own
(`QT_SCALE_FACTOR`, on an offscreen 1600×1000 screen); there, the console opens each of its
windows and dialogs as a person does (menus and keys) and each must lie, with room for the
window manager's frame, inside the screen's available area.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from approval_console.core.preferences import ColorScheme
from approval_console.ui.main_window import MainWindow
from approval_console.ui.screen_fit import FRAME
from tests.ui.test_main_window import _click_row
from tests.ui.test_main_window_keys import APRUVE
from tests.windows import choose_account, close_window, demo_console, open_window

ROOT = Path(__file__).resolve().parents[2]
SCALE = os.environ.get("APPROVAL_CONSOLE_FIT_SCALE")  # set in the process that checks
SCHEME = ColorScheme(os.environ.get("APPROVAL_CONSOLE_FIT_SCHEME", "system"))
SCREEN = ROOT / "tests" / "offscreen-screen.json"  # 1600×1000
SHOTS = Path(os.environ.get("APPROVAL_CONSOLE_SHOTS", tempfile.gettempdir()))  # to look at


@pytest.mark.e2e
@pytest.mark.parametrize(("scale", "scheme"), [("1", "light"), ("1.5", "dark"), ("2", "dark")])
def test_every_window_fits_the_screen_at(scale, scheme, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={SCREEN}",
        QT_SCALE_FACTOR=scale,
        APPROVAL_CONSOLE_FIT_SCALE=scale,
        APPROVAL_CONSOLE_FIT_SCHEME=scheme,  # the dark palette at the larger scales: looked at too
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
         f"{__file__}::test_each_window_and_dialog_fits", "--basetemp", str(tmp_path / "run")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout, done.stdout[-2000:]


def _fits(window: QWidget) -> str | None:
    """Why `window` (its frame counted as at least FRAME) is not inside its screen, or None."""
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if frame == window.geometry():  # not framed (offscreen): the frame a desktop adds
        frame = window.geometry().marginsAdded(FRAME)
    if area.contains(frame):
        return None
    return f"{window.windowTitle()!r} {_box(frame)} outside {_box(area)}"


def _box(rect: QRect) -> str:
    return f"{rect.width()}×{rect.height()}+{rect.x()}+{rect.y()}"


def _opened(before: set[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]


@pytest.mark.skipif(SCALE is None, reason="run by test_every_window_fits_the_screen_at")
def test_each_window_and_dialog_fits(qtbot, qapp, shared_sandbox, memory_keyring, tmp_path):
    screen = QGuiApplication.primaryScreen()
    assert abs(screen.devicePixelRatio() - float(SCALE or 1)) < 0.01
    assert screen.geometry().width() == round(1600 / float(SCALE or 1))
    console = demo_console(tmp_path / "profile", shared_sandbox.url, start="approvepro-demo")
    console.settings.preferences.color_scheme = SCHEME
    window, context = open_window(qtbot, console, demo=True)
    try:
        qtbot.waitUntil(lambda: window.orders.model.rowCount() > 1, timeout=20_000)
        qtbot.waitExposed(window)
        problems = [p for p in [_fits(window)] if p]
        _click_row(qtbot, window, 0)
        qtbot.waitUntil(lambda: window.pane.timeline.event_count() > 0, timeout=10_000)
        qtbot.wait(100)  # laid out with the order's details, for the grab
        window.grab().save(str(SHOTS / f"fit-{SCALE}-{SCHEME.value}-window.png"))

        def select_two() -> None:
            _click_row(qtbot, window, 1, Qt.KeyboardModifier.ControlModifier)
            window.act_change.trigger()

        openers: list[tuple[str, Callable[[], None]]] = [
            ("review queue", window.act_review.trigger),
            ("activity log", window.act_activity.trigger),
            ("accounts", window.act_accounts.trigger),
            ("preferences", window.act_preferences.trigger),
            ("shortcuts", window.act_shortcuts.trigger),
            ("change status", window.act_change.trigger),
            ("due date", window.act_due.trigger),
            ("find order", window.act_lookup.trigger),
            ("save view", window.act_save_view.trigger),
            ("bulk change", select_two),
            ("Apruve's merchant", lambda: on_apruve(window.act_merchant.trigger)),
            ("an Apruve invoice", lambda: on_apruve(window.act_invoice.trigger)),
        ]

        def on_apruve(then: Callable[[], None]) -> None:
            if window.session.account_id != APRUVE:
                choose_account(qtbot, window, APRUVE)
                for row in range(12):  # an order that can take another invoice
                    _click_row(qtbot, window, row)
                    with contextlib.suppress(qtbot.TimeoutError):
                        qtbot.waitUntil(window.pane.create_invoice.isEnabled, timeout=3000)
                        break
            then()

        for name, open_it in openers:
            before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
            open_it()
            try:
                qtbot.waitUntil(lambda before=before: bool(_opened(before)), timeout=5000)
            except qtbot.TimeoutError:
                problems.append(f"{name}: did not open")
                continue
            for opened in _opened(before):
                qtbot.waitExposed(opened)
                qtbot.wait(20)
                slug = name.replace(" ", "-").replace("'", "")
                opened.grab().save(str(SHOTS / f"fit-{SCALE}-{SCHEME.value}-{slug}.png"))
                problem = _fits(opened)
                if problem:
                    problems.append(f"{name}: {problem}")
                if isinstance(opened, QDialog):
                    opened.reject()
                opened.close()
            window.activateWindow()
        assert not problems, problems
    finally:
        close_window(qtbot, window, context)


__all__ = ["MainWindow"]
