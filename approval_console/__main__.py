"""Command line: `approval-console [--demo] [--profile DIR] [--version]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from approval_console import __version__
from approval_console.frozen import SANDBOX_FLAG, started_by_multiprocessing

CHECK_BUNDLE_FLAG = "--check-bundle"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="approval-console",
        description="Review and approve orders from your order systems.",
    )
    parser.add_argument("--version", action="version", version=f"Approval Console {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start a local sandbox of every supported API and a throwaway profile wired to it",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="keep settings, cache and logs under DIR instead of the user's profile",
    )
    parser.add_argument("--verbose", action="store_true", help="log debugging detail")
    # For tests/benchmarks/startup.py: print when the order list first paints, then quit.
    parser.add_argument("--report-startup", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False) and started_by_multiprocessing(sys.argv):
        # An export runs in a copy of this executable (services/export_process.py): let
        # multiprocessing take that copy, or its resource tracker, over before the command line
        # is read. Other starts never import it first (frozen.py says why).
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [CHECK_BUNDLE_FLAG]:
        # For tests/packaging: the installed app runs what a smaller bundle could lose.
        from approval_console.bundle_check import main as check_main

        return check_main()
    if argv[:1] == [SANDBOX_FLAG]:
        # The frozen app has no `python -m`: its own executable serves the demo's sandbox.
        from approval_console.sandbox.__main__ import main as sandbox_main

        return sandbox_main(argv[1:])
    args = parse_args(argv)
    from approval_console.launcher import launch

    return launch(args)


if __name__ == "__main__":
    sys.exit(main())
