"""Knowing each connection's transport, so that a fault can drop it without answering.

ASGI hides the socket from the app. A subclass of uvicorn's h11 protocol records every
connection by its peer address; the fault middleware looks it up from `scope["client"]`.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol


class ConnectionRegistry:
    """Live connections of one server, keyed by the client's (host, port)."""

    def __init__(self) -> None:
        self._protocols: dict[tuple[str, int], H11Protocol] = {}

    def add(self, peer: tuple[str, int], protocol: H11Protocol) -> None:
        self._protocols[peer] = protocol

    def discard(self, peer: tuple[str, int], protocol: H11Protocol) -> None:
        if self._protocols.get(peer) is protocol:
            del self._protocols[peer]

    def drop(self, client: Any) -> bool:
        """Abort the connection of `client` (a scope's client tuple) without sending a byte."""
        if not client:
            return False
        protocol = self._protocols.get((client[0], client[1]))
        if protocol is None or protocol.transport is None:
            return False
        # Mark the cycle disconnected first, so that uvicorn does not try to send its own 500.
        if protocol.cycle is not None:
            protocol.cycle.disconnected = True
        protocol.transport.abort()
        return True


def protocol_class(registry: ConnectionRegistry) -> type[H11Protocol]:
    """An H11Protocol subclass that keeps `registry` up to date (pass it as uvicorn's `http=`)."""

    class RegisteringH11Protocol(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            _no_delay(transport)
            self._sandbox_peer = _peer(transport)
            if self._sandbox_peer is not None:
                registry.add(self._sandbox_peer, self)

        def connection_lost(self, exc: Exception | None) -> None:
            peer = getattr(self, "_sandbox_peer", None)
            if peer is not None:
                registry.discard(peer, self)
            super().connection_lost(exc)

    return RegisteringH11Protocol


def _no_delay(transport: asyncio.Transport) -> None:
    """Send small responses at once (Nagle + delayed ACK would add ~40 ms to each)."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def _peer(transport: asyncio.Transport) -> tuple[str, int] | None:
    peer = transport.get_extra_info("peername")
    if isinstance(peer, tuple | list) and len(peer) >= 2:
        return (str(peer[0]), int(peer[1]))
    return None
