"""Starts the console for the command line: profile, logging, demo sandbox, then the window."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal

from approval_console.core.log import setup_logging
from approval_console.core.paths import Paths

log = logging.getLogger(__name__)


def launch(args: argparse.Namespace) -> int:
    from approval_console import demo

    sandbox = None
    if args.demo:
        sandbox = demo.start_sandbox()
        paths = Paths.in_profile(args.profile or demo.demo_profile())
    else:
        paths = Paths.in_profile(args.profile) if args.profile else Paths.for_user()
    paths.ensure()
    setup_logging(paths.log_file, verbose=args.verbose)
    try:
        if sandbox is not None:
            return _serve_demo(sandbox.url)
        print("The console window is not available yet; try --demo.")
        return 0
    finally:
        if sandbox is not None:
            sandbox.stop()


def _serve_demo(url: str) -> int:
    print(f"Demo sandbox running at {url} (ApprovePro key: demo-approvepro). Ctrl+C stops it.")
    stop = asyncio.Event()

    async def wait() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()

    asyncio.run(wait())
    return 0
