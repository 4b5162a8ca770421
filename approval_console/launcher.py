"""Starts the console: profile, logging, the demo sandbox if asked, then the window on qasync."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from typing import TYPE_CHECKING

from approval_console.core.errors import ConsoleError
from approval_console.core.log import open_log_file, setup_logging
from approval_console.core.paths import Paths
from approval_console.quit_signals import QuitRequested, QuitSignals

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QWidget

    from approval_console.app import Console
    from approval_console.core.settings import Settings
    from approval_console.single_instance import ProfileLock
    from approval_console.store.db import Database

APP_ID = "org.approvalconsole.ApprovalConsole"  # the desktop entry's and AppStream's id

log = logging.getLogger(__name__)

DEMO_ORDERS = "1500"


def launch(args: argparse.Namespace) -> int:
    """Run the console until its window closes, or a SIGTERM or SIGINT asks it to quit."""
    from approval_console import pyside_scan

    pyside_scan.install()  # before Qt is first imported: see the module
    signals = QuitSignals()
    signals.install()
    try:
        return _launch(args, signals)
    except QuitRequested:
        return 0
    finally:
        signals.restore()


def _launch(args: argparse.Namespace, signals: QuitSignals) -> int:
    sandbox = None
    throwaway = None
    lock: ProfileLock | None = None
    try:
        if args.demo:
            # Demo keys are published demo credentials: keep them in memory, out of the user's
            # keyring, so a demo leaves nothing behind.
            import keyring

            from approval_console import demo
            from approval_console.core.memory_keyring import MemoryKeyring

            keyring.set_keyring(MemoryKeyring())
            profile: Path = args.profile if args.profile is not None else demo.demo_profile()
            if args.profile is None:
                throwaway = profile  # removed when the demo ends, however it ends
            # The sandbox removes the throwaway profile too: it outlives a console that crashed.
            with signals.interruptible():
                sandbox = demo.start_sandbox("--orders", DEMO_ORDERS, remove_on_exit=throwaway)
            paths = Paths.in_profile(profile)
        else:
            paths = Paths.in_profile(args.profile) if args.profile else Paths.for_user()
        from approval_console.single_instance import ProfileLock

        try:
            paths.ensure()
            candidate = ProfileLock(paths.instance_lock)
            if not candidate.acquire():
                # Another console runs on this profile: bring it forward and touch nothing,
                # not even the log file.
                from approval_console.show_requests import ask_running_console_to_show

                return _bring_forward(candidate.name, ask_running_console_to_show)
            lock = candidate
        except (OSError, ConsoleError) as problem:
            from PySide6.QtWidgets import QApplication

            from approval_console.start_problems import tell_cannot_start

            # The application first, so that a SIGTERM or SIGINT closes the dialog as Close does.
            app = QApplication.instance() or QApplication(sys.argv[:1])
            signals.hand_to_qt()
            code = tell_cannot_start(problem)
            del app  # kept until the dialog was answered
            return code
        setup_logging(paths.log_file, verbose=args.verbose)
        return run_window(
            paths,
            demo_url=sandbox.url if sandbox else None,
            report_startup=getattr(args, "report_startup", False),
            signals=signals,
            instance=lock,
        )
    finally:
        if lock is not None:
            with contextlib.suppress(OSError):  # a read-only log folder: stderr had it all
                open_log_file()  # whatever was logged, even if the window never painted
            lock.release()
        if throwaway is not None:
            import shutil

            logging.shutdown()  # the log file lives in the profile
            shutil.rmtree(throwaway, ignore_errors=True)
        if sandbox is not None:
            sandbox.stop()


def _bring_forward(name: str, ask: Callable[[str], bool]) -> int:
    if ask(name):
        _say("Approval Console is already running on this profile; its window was brought forward.")
    else:
        _say("Approval Console is already running on this profile, but did not answer.")
    return 0


def _say(line: str) -> None:
    if sys.stderr is not None:  # the windowed app on Windows has none
        print(line, file=sys.stderr, flush=True)


def run_window(
    paths: Paths,
    *,
    demo_url: str | None = None,
    report_startup: bool = False,
    signals: QuitSignals | None = None,
    instance: ProfileLock | None = None,
) -> int:
    """Paint the cached list first, then load the rest of the console and hand over to it.

    A cache, journal or settings file that cannot be used is told in a dialog, and the
    process ends cleanly with `start_problems.EXIT_CODE`.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from approval_console.core.preferences import SYSTEM_LANGUAGE
    from approval_console.ui.language import apply_language
    from approval_console.ui.preview import CachedListPreview

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Approval Console")
    app.setOrganizationName("Approval Console")
    app.setDesktopFileName(APP_ID)  # matches the installed desktop entry (Wayland needs it)
    # The window's close ends `main()` below, which then cleans up inside the running loop;
    # quitting Qt on the last window would stop the loop before that cleanup ran.
    app.setQuitOnLastWindowClosed(False)
    # Qt's words and the console's in the desktop's language until the settings are read.
    apply_language(SYSTEM_LANGUAGE)

    try:
        preview = CachedListPreview(paths)
    except (OSError, ConsoleError) as problem:
        log.debug("start failed", exc_info=True)
        if signals is not None:
            signals.hand_to_qt()  # a SIGTERM or SIGINT answers the dialog
        from approval_console.start_problems import tell_cannot_start

        return tell_cannot_start(problem)  # in the desktop's language: no settings to read
    # The person's language before the first paint: a few small files, a millisecond or two.
    apply_language(preview.settings.preferences.language)
    # Light or dark as the person chose, before anything is painted (the list comes first).
    from approval_console.ui.color_scheme import apply as apply_color_scheme

    apply_color_scheme(app, preview.settings.preferences.color_scheme)
    windows: list = []
    if report_startup:
        from approval_console.ui.startup_probe import FirstPaintProbe, rss_mb

        def close_when_ready() -> None:
            # Memory is read once the whole console runs with the whole list loaded.
            window = windows[0] if windows else None
            if window is None or window.orders.settling or not window.count_label.text():
                QTimer.singleShot(50, close_when_ready)
                return
            print(f"loaded rss-mb {rss_mb():.0f}", flush=True)
            window.close()

        FirstPaintProbe(preview.table.viewport(), preview.model, on_paint=close_when_ready)
    preview.show()
    app.processEvents()  # the cached orders are on screen from here on
    # What the list does not draw with waits until it is on screen: the signals' wake-up socket
    # (a signal that came before is acted on now) and the icon, drawn from SVG at each size.
    if signals is not None:
        signals.hand_to_qt()
    _set_window_icon(app)
    open_log_file()
    if instance is not None:
        # Another launch on this profile asks to see this window: listened for from here on
        # (until now, it keeps asking).
        from approval_console.show_requests import ShowRequests

        show_requests = ShowRequests(instance.name, parent=app)
        show_requests.show_requested.connect(
            lambda: _bring_to_front(windows[0] if windows else preview.window)
        )

    # asyncio alone takes longer to import than Qt takes to paint the list: only from here on.
    import asyncio

    import qasync

    from approval_console.start_problems import tell_cannot_start
    from approval_console.ui.context import UiContext
    from approval_console.ui.main_window import MainWindow

    try:
        console = _open_console(paths, preview.database, preview.settings)
    except (OSError, ConsoleError) as problem:
        log.debug("start failed", exc_info=True)
        preview.window.hide()
        preview.reader_db.close()
        return tell_cannot_start(problem)
    if demo_url is not None:
        from approval_console.demo import demo_accounts

        for account, key in demo_accounts(demo_url):
            console.add_account(account, key)
        console.settings.last_account = None
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    context = UiContext.create(console, reader_db=preview.reader_db)
    window = MainWindow(context, demo=demo_url is not None, preview=preview)
    windows.append(window)
    closed = asyncio.Event()
    window.closed.connect(closed.set)

    async def main() -> None:
        window.setGeometry(preview.window.geometry())
        window.show()
        preview.hand_over()
        window.start()
        if signals is not None:
            signals.close_with(window.close_now)  # SIGTERM or SIGINT: close, without asking
        log.info("The console window is open")
        await closed.wait()
        await context.runner.shutdown()
        await console.aclose()

    try:
        with loop:
            loop.run_until_complete(main())
    finally:
        context.close()
        console.close()
    return 0


def _set_window_icon(app: QApplication) -> None:
    """The console's icon on every window, drawn from SVG at each size and scale."""
    from approval_console.ui.resources import icon_path

    icon = icon_path()
    if icon is not None:
        from approval_console.ui.app_icon import app_icon

        app.setWindowIcon(app_icon(icon))


def _bring_to_front(window: QWidget) -> None:
    """Another launch on this profile asked for the window: show it to the person."""
    log.info("Another launch on this profile asked for the window; bringing it forward")
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def _open_console(paths: Paths, database: Database, settings: Settings) -> Console:
    """The console on the cache and settings the preview opened; a damaged journal is set
    aside if the person chooses to (`start_problems.ask_to_set_aside`), else it is refused."""
    from approval_console.app import Console
    from approval_console.start_problems import ask_to_set_aside
    from approval_console.store.db import UnusableFileError, move_aside

    try:
        return Console(paths, database=database, settings=settings)
    except UnusableFileError as problem:
        if problem.newer or not ask_to_set_aside(str(problem.path), problem.reason):
            raise
        moved = move_aside(problem.path)
        log.warning("The unreadable journal was set aside, at %s; a new one is started", moved)
    # The console closed the preview's cache as it gave up: it opens its own.
    return Console(paths, settings=settings)
