"""A loopback HTTP server that misbehaves on purpose, for what the sandbox cannot do.

The sandbox emulates the APIs as documented; real servers (and what sits in front of them)
also trickle bytes, send endless or compressed-to-nothing bodies, absurd Retry-After values and
page counts, and HTML sign-in pages. Each test gives this server a `handler`: a plain function
from the request to a `Reply`, run on a worker thread, so it may call `forward()` to take the
real answer from an upstream sandbox and bend it. Bodies are produced as they are written, so a
200 MB answer never sits in this process's memory.
"""

from __future__ import annotations

import asyncio
import functools
import json
import threading
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar
from urllib.parse import parse_qsl, urlsplit

import httpx


@dataclass(frozen=True)
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.target).query))


@dataclass
class Reply:
    """What to send: status, headers and a body given whole or as an async stream of chunks.
    `trickle_headers` sends the head one byte every that many seconds."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    stream: Callable[[], AsyncIterator[bytes]] | None = None
    trickle_headers: float | None = None


Handler = Callable[[Request], Reply]

ENDS_WITHIN = 90.0  # every hostile case must end, whatever the server does


class Closable(Protocol):
    async def aclose(self) -> None: ...


C = TypeVar("C", bound=Closable)


def run_bounded(connector: C, body: Callable[[C], Awaitable[Any]]) -> Any:
    """`body(connector)` on a fresh loop, failing the test if it has not ended within
    `ENDS_WITHIN` seconds; the connector's client is closed either way."""

    async def main() -> Any:
        try:
            async with asyncio.timeout(ENDS_WITHIN):
                return await body(connector)
        finally:
            await connector.aclose()

    return asyncio.run(main())


_REASONS = {200: "OK", 204: "No Content", 400: "Bad Request", 429: "Too Many Requests"}


def json_reply(value: object, status: int = 200, **headers: str) -> Reply:
    body = json.dumps(value).encode()
    return Reply(status, {"Content-Type": "application/json", **headers}, body)


def deep_json(depth: int) -> bytes:
    """`[[[...]]]` nested `depth` deep: valid JSON no recursive parser can read."""
    return b"[" * depth + b"]" * depth


def trickled_body(body: bytes, every: float) -> Callable[[], AsyncIterator[bytes]]:
    async def chunks() -> AsyncIterator[bytes]:
        for byte in body:
            yield bytes([byte])
            await asyncio.sleep(every)

    return chunks


def zeros(size: int, chunk: int = 1 << 20) -> Callable[[], AsyncIterator[bytes]]:
    """`size` bytes of the digit 0, made a chunk at a time as the client reads them."""

    async def chunks() -> AsyncIterator[bytes]:
        block = b"0" * chunk
        left = size
        while left > 0:
            piece = block[: min(chunk, left)]
            left -= len(piece)
            yield piece

    return chunks


@functools.cache
def gzip_bomb(decoded_mb: int = 256) -> bytes:
    """One gzip member of about a thousandth of its size that inflates to `decoded_mb` MB of
    zeros (made once per test run: compressing costs a couple of seconds)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    megabyte = bytes(1 << 20)
    parts = [compressor.compress(megabyte) for _ in range(decoded_mb)]
    parts.append(compressor.flush())
    return b"".join(parts)


class HostileServer:
    """Serves on 127.0.0.1 from its own thread and event loop, one request per connection."""

    def __init__(self, handler: Handler, upstream: str | None = None) -> None:
        self.handler = handler
        self.upstream = upstream
        self.requests: list[Request] = []
        self.bytes_sent = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._upstream_client = httpx.Client(timeout=30.0) if upstream else None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    def start(self) -> HostileServer:
        self._thread.start()
        started = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._serve, "127.0.0.1", 0), self._loop
        )
        self._server = started.result(10)
        return self

    def stop(self) -> None:
        async def close() -> None:
            assert self._server is not None
            self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.run_until_complete(self._loop.shutdown_default_executor())
        self._loop.close()
        if self._upstream_client is not None:
            self._upstream_client.close()

    def forward(self, request: Request) -> httpx.Response:
        """The upstream's answer to the same request (headers that describe the transfer
        are dropped, since the caller may rewrite the body)."""
        assert self._upstream_client is not None and self.upstream is not None
        headers = {
            k: v
            for k, v in request.headers.items()
            if k not in {"host", "content-length", "connection", "accept-encoding"}
        }
        return self._upstream_client.request(
            request.method, self.upstream + request.target, headers=headers, content=request.body
        )

    def relay(self, request: Request) -> Reply:
        answer = self.forward(request)
        keep = {"content-type", "x-ratelimit-limit", "x-ratelimit-remaining", "retry-after"}
        keep |= {"link", "total", "per-page"}
        headers = {k: v for k, v in answer.headers.items() if k.lower() in keep}
        return Reply(answer.status_code, headers, answer.content)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await self._read(reader)
            if request is None:
                return
            self.requests.append(request)
            reply = await asyncio.to_thread(self.handler, request)
            await self._write(writer, reply)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    @staticmethod
    async def _read(reader: asyncio.StreamReader) -> Request | None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) < 2:
            return None
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if ":" in line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or 0)
        body = await reader.readexactly(length) if length else b""
        return Request(parts[0], parts[1], headers, body)

    async def _write(self, writer: asyncio.StreamWriter, reply: Reply) -> None:
        headers = {k.lower(): v for k, v in reply.headers.items()}
        headers["connection"] = "close"
        if reply.stream is None and "content-length" not in headers:
            headers["content-length"] = str(len(reply.body))
        reason = _REASONS.get(reply.status, "Status")
        head = f"HTTP/1.1 {reply.status} {reason}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        encoded = head.encode("latin-1")
        if reply.trickle_headers is not None:
            for byte in encoded:
                await self._send(writer, bytes([byte]))
                await asyncio.sleep(reply.trickle_headers)
        else:
            await self._send(writer, encoded)
        if reply.stream is None:
            await self._send(writer, reply.body)
            return
        async for chunk in reply.stream():
            await self._send(writer, chunk)

    async def _send(self, writer: asyncio.StreamWriter, data: bytes) -> None:
        writer.write(data)
        await writer.drain()
        self.bytes_sent += len(data)


@contextmanager
def hostile_server(handler: Handler, upstream: str | None = None) -> Iterator[HostileServer]:
    server = HostileServer(handler, upstream).start()
    try:
        yield server
    finally:
        server.stop()
