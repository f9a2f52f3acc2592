"""What people sent, read back from the WhatsApp Cloud API: a webhook names a photo, a voice note or a document
by its media id only, and Meta keeps the file for a limited time.

Two calls with the access token, as Meta documents them: ``GET {WHATSAPP_API_URL}/{media_id}`` answers the file's
size, type and a short-lived ``url``, and ``GET url`` (the same bearer token) gives the bytes. Errors are read as
the sender reads them (``gateway.sender.client.error_from``) and told apart only as far as a caller acts on them:
``MediaGone`` (Meta holds no such file any more: asking again cannot help), ``MediaTooLarge`` (over the caller's
limit, by what Meta says or by the bytes read), and ``ApiError`` for everything worth another try later.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import aiohttp

from gateway.sender.client import ApiError, ApiUnreachable, error_from
from shared.capped import OverLimit, read_capped
from shared.settings import Settings

NO_OBJECT = (100, 33)  # (code, subcode): "Object with ID ... does not exist", as Meta answers a media id it dropped


class MediaGone(Exception):
    """Meta no longer has the file (or never had it under this id)."""


class MediaTooLarge(Exception):
    """The file is larger than the caller keeps."""


@dataclass(frozen=True)
class Fetched:
    data: bytes
    mime_type: str


class CloudMedia:
    """Reads media by id with one access token; shares the caller's ``aiohttp.ClientSession``."""

    def __init__(self, base_url: str, access_token: str, session: aiohttp.ClientSession, *, timeout: float = 60.0):
        self._base = base_url.rstrip("/")
        self._headers = {"Authorization": f"Bearer {access_token}"}
        self._session = session
        self._timeout = aiohttp.ClientTimeout(total=timeout, connect=min(timeout, 5.0))

    @staticmethod
    def configured(settings: Settings | None) -> bool:
        return settings is not None and bool(settings.WHATSAPP_API_URL and settings.secret("WHATSAPP_ACCESS_TOKEN"))

    @classmethod
    def from_settings(cls, settings: Settings, session: aiohttp.ClientSession) -> CloudMedia:
        return cls(settings.secret("WHATSAPP_API_URL"), settings.secret("WHATSAPP_ACCESS_TOKEN"), session)

    async def fetch(self, media_id: str, *, most: int) -> Fetched:
        """The file's bytes and type; ``most``: the largest file taken, in bytes."""
        info = await self._info(media_id)
        size = info.get("file_size")
        if isinstance(size, int) and size > most:
            raise MediaTooLarge(f"{size} bytes, over the {most} kept")
        url = info.get("url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ApiError(None, None, 200, "media answer without a url", json.dumps(info)[:200])
        data = await self._download(url, most)
        return Fetched(data, str(info.get("mime_type") or ""))

    async def _info(self, media_id: str) -> dict[str, object]:
        try:
            async with self._session.get(f"{self._base}/{media_id}", headers=self._headers,
                                         timeout=self._timeout) as resp:
                raw, status = await resp.read(), resp.status
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise ApiUnreachable(f"{type(exc).__name__}: {exc}") from exc
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        if status >= 400 or not isinstance(body, dict) or "error" in body:
            error = error_from(status, body, raw)
            if (error.code, error.subcode) == NO_OBJECT or status in (404, 410):
                raise MediaGone(str(error))
            raise error
        return body

    async def _download(self, url: str, most: int) -> bytes:
        """Read at most ``most`` bytes: a file that goes on past them is refused without being held whole."""
        try:
            async with self._session.get(url, headers=self._headers, timeout=self._timeout) as resp:
                if resp.status >= 400:
                    raw = await resp.content.read(4096)
                    body = None
                    try:
                        body = json.loads(raw) if raw else None
                    except ValueError:
                        pass
                    raise error_from(resp.status, body, raw)
                try:
                    return await read_capped(resp.content, most)
                except OverLimit:
                    raise MediaTooLarge(f"over the {most} bytes kept") from None
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise ApiUnreachable(f"{type(exc).__name__}: {exc}") from exc
