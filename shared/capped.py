"""A body read as it comes, never more than a limit: one that goes on past it is refused without being held whole
(the webhook's raw body, a file fetched from the Cloud API, a photo an office uploads)."""
from __future__ import annotations

import aiohttp

CHUNK = 64 * 1024


class OverLimit(Exception):
    """The body went on past the limit (or said it would, in its Content-Length)."""


async def read_capped(stream: aiohttp.StreamReader, limit: int, *, declared: int | None = None) -> bytes:
    """At most ``limit`` bytes of ``stream``; raises ``OverLimit`` as soon as it passes them, or at once when the
    ``declared`` length (a request's Content-Length) already does."""
    if declared is not None and declared > limit:
        raise OverLimit(f"body over {limit} bytes")
    data = bytearray()
    async for chunk in stream.iter_chunked(CHUNK):
        data += chunk
        if len(data) > limit:
            raise OverLimit(f"body over {limit} bytes")
    return bytes(data)
