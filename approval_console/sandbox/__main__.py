"""`python -m approval_console.sandbox`: run every emulated API on one loopback port."""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import socket
import sys
from datetime import date
from pathlib import Path
from types import FrameType

import uvicorn

from .connections import ConnectionRegistry, protocol_class
from .options import SandboxOptions
from .registry import build_apis
from .server import build_app

LISTENING_PREFIX = "Sandbox listening on "


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m approval_console.sandbox",
        description="Loopback HTTP server emulating the order APIs, for offline runs and tests.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks any free port")
    parser.add_argument(
        "--orders",
        type=_non_negative_int,
        default=500,
        help="orders of the main ApprovePro account",
    )
    parser.add_argument("--seed", type=int, default=1, help="same seed, same data")
    parser.add_argument(
        "--anchor-date",
        type=date.fromisoformat,
        default=None,
        help="YYYY-MM-DD the seeded data ends on (default: today, UTC)",
    )
    parser.add_argument(
        "--rate-window",
        type=_non_negative_float,
        default=60.0,
        help="rate-limit window in seconds; 0 turns rate limits off",
    )
    parser.add_argument(
        "--queue-delay-ms",
        type=_non_negative_float,
        default=1500.0,
        help="delay before a queued bulk update is applied",
    )
    parser.add_argument(
        "--latency-ms", type=_non_negative_float, default=0.0, help="added to every /api response"
    )
    parser.add_argument(
        "--fault-rate",
        type=_probability,
        default=0.0,
        help="fraction of /api requests that fail (half 500, half dropped)",
    )
    parser.add_argument(
        "--spree-version",
        choices=("5.6", "6.0"),
        default="5.6",
        help="Spree release to emulate: its filters, status words and fields (default: 5.6)",
    )
    parser.add_argument(
        "--ready-file",
        type=Path,
        default=None,
        help="write the base URL to this file once accepting connections",
    )
    parser.add_argument(
        "--remove-on-exit",
        type=Path,
        default=None,
        metavar="DIR",
        help="remove DIR when the sandbox stops (the demo's throwaway profile)",
    )
    return parser.parse_args(argv)


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def _non_negative_float(text: str) -> float:
    value = float(text)
    if not value >= 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def _probability(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


class _Server(uvicorn.Server):
    """Stops on SIGTERM/SIGINT and exits 0, instead of re-raising the signal afterwards."""

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if self.should_exit and sig == signal.SIGINT:
            self.force_exit = True
        self.should_exit = True


async def _announce(server: uvicorn.Server, url: str, ready_file: Path | None) -> None:
    """Say where the sandbox listens once uvicorn accepts connections: a line on stdout, and
    the ready file if asked for one (a windowed app on Windows has no stdout to read)."""
    while not server.started:
        if server.should_exit:
            return
        await asyncio.sleep(0.01)
    if ready_file is not None:
        partial = ready_file.with_name(ready_file.name + ".partial")
        partial.write_text(url, encoding="utf-8")
        os.replace(partial, ready_file)  # whoever waits never reads half a URL
    print(f"{LISTENING_PREFIX}{url}", flush=True)


async def _serve(
    server: uvicorn.Server, sock: socket.socket, host: str, ready_file: Path | None
) -> None:
    url = f"http://{host}:{sock.getsockname()[1]}"
    announce = asyncio.create_task(_announce(server, url, ready_file))
    try:
        await server.serve(sockets=[sock])
    finally:
        announce.cancel()


def _give_missing_streams_somewhere() -> None:
    """The windowed app on Windows runs the sandbox with neither stdout nor stderr, and uvicorn's
    log formatter asks stdout whether it is a terminal: both get a place that swallows text."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for good


def _stop(signum: int, frame: FrameType | None) -> None:
    """SIGTERM before uvicorn serves (or after): leave through `finally`, which cleans up."""
    raise SystemExit(0)


def main(argv: list[str] | None = None) -> int:
    _give_missing_streams_somewhere()
    args = parse_args(argv)
    # The demo starts the sandbox with SIGTERM blocked, so that a console dying before this
    # point still gets its profile removed: the signal waits until it can be handled.
    signal.signal(signal.SIGTERM, _stop)
    try:
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
        return _run(args)
    finally:
        if args.remove_on_exit is not None:
            signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second one must not cut it short
            shutil.rmtree(args.remove_on_exit, ignore_errors=True)


def _run(args: argparse.Namespace) -> int:
    options = SandboxOptions(
        orders=args.orders,
        seed=args.seed,
        anchor_date=args.anchor_date,
        rate_window=args.rate_window,
        queue_delay_ms=args.queue_delay_ms,
        latency_ms=args.latency_ms,
        fault_rate=args.fault_rate,
        spree_version=args.spree_version,
    )
    connections = ConnectionRegistry()
    app = build_app(build_apis(options), options, connections)

    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets created so; without it
    # every small response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as error:
        print(f"Sandbox cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    sock.listen(128)
    sock.setblocking(False)

    config = uvicorn.Config(
        app,
        log_level="warning",
        http=protocol_class(connections),
        lifespan="off",
        access_log=False,
    )
    server = _Server(config)
    host = f"[{args.host}]" if family == socket.AF_INET6 else args.host
    asyncio.run(_serve(server, sock, host, args.ready_file))
    return 0


if __name__ == "__main__":
    sys.exit(main())
