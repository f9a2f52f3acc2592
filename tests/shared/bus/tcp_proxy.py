"""A TCP proxy in front of the broker that a test can cut, as a network fault would: both sockets of
every open connection are aborted, and the listener can be shut so reconnects fail until reopened."""
from __future__ import annotations

import asyncio
from urllib.parse import urlparse, urlunparse


class TcpProxy:
    def __init__(self, target_url: str):
        self._target = urlparse(target_url)
        self._server: asyncio.Server | None = None
        self._sockets: set[asyncio.StreamWriter] = set()
        self.port = 0

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    def url(self) -> str:
        auth = self._target.netloc.rpartition("@")[0]
        return urlunparse(self._target._replace(netloc=f"{auth}@127.0.0.1:{self.port}"))

    def cut(self) -> None:
        for writer in self._sockets:
            writer.transport.abort()
        self._sockets.clear()

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        self.cut()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(self._target.hostname, self._target.port or 5672)
        self._sockets.update((writer, up_writer))
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer), return_exceptions=True)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.transport.abort()
