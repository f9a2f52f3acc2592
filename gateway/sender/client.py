"""The WhatsApp Cloud API client: send a message, upload media, mark a message read.

Only the sender talks to Meta. Every failure surfaces as one typed ``ApiError`` carrying Meta's own
``code`` (Meta asks integrators to branch on ``code`` and ``error_data.details``, not on titles or
subcodes), so ``policy.classify`` can decide retry / slow down / fail from one place.
"""
from __future__ import annotations

import json
from typing import Any

import aiohttp

from gateway.outbound.base import to_request


class ApiError(Exception):
    """An error answer from the Graph API. ``code`` is None when the body was not Meta's error JSON."""

    def __init__(self, code: int | None, subcode: int | None, http_status: int | None,
                 message: str, details: str = ""):
        super().__init__(f"({code}) {message}" + (f": {details}" if details else ""))
        self.code = code
        self.subcode = subcode
        self.http_status = http_status
        self.message = message
        self.details = details


class ApiUnreachable(ApiError):
    """No answer at all (connection refused, reset, timeout): always worth another try. ``unsent`` when the
    request cannot have reached Meta (no connection was made); otherwise Meta may have taken it and only its
    answer was lost (a reset or a timeout while it was being answered)."""

    def __init__(self, message: str, *, unsent: bool = False):
        super().__init__(None, None, None, message)
        self.unsent = unsent


class CloudApi:
    """One phone number's view of the Cloud API; shares the caller's ``aiohttp.ClientSession``."""

    def __init__(self, base_url: str, access_token: str, phone_number_id: str,
                 session: aiohttp.ClientSession, *, timeout: float = 15.0):
        root = f"{base_url.rstrip('/')}/{phone_number_id}"
        self._messages_url = f"{root}/messages"
        self._media_url = f"{root}/media"
        self._headers = {"Authorization": f"Bearer {access_token}"}
        self._session = session
        self._timeout = aiohttp.ClientTimeout(total=timeout, connect=min(timeout, 5.0))

    async def send(self, to: str, body: dict[str, Any], *, callback_data: str | None = None) -> str:
        """Send one message body (text, interactive, document, template…); returns its wamid.

        ``callback_data`` comes back in every status webhook of the message (``biz_opaque_callback_data``):
        the sender puts its outbound id there, so a status can prove Meta accepted a send whose answer was
        lost."""
        payload = to_request(to, body)
        if callback_data is not None:
            payload["biz_opaque_callback_data"] = callback_data
        answer = await self._post(self._messages_url, json=payload)
        try:
            return str(answer["messages"][0]["id"])
        except (KeyError, IndexError, TypeError):
            raise ApiError(None, None, 200, "send answer without a message id", json.dumps(answer)) from None

    async def upload_media(self, data: bytes, mime_type: str, filename: str) -> str:
        """Upload a file (multipart, as Meta requires); returns the media id to send it by."""
        form = aiohttp.FormData()
        form.add_field("messaging_product", "whatsapp")
        form.add_field("type", mime_type)
        form.add_field("file", data, filename=filename, content_type=mime_type)
        answer = await self._post(self._media_url, data=form)
        if not isinstance(answer, dict) or "id" not in answer:
            raise ApiError(None, None, 200, "upload answer without a media id", json.dumps(answer))
        return str(answer["id"])

    async def mark_read(self, message_id: str, typing: bool = True) -> None:
        """Blue ticks on the person's message, and optionally the typing dots while a reply is made."""
        payload: dict[str, Any] = {"messaging_product": "whatsapp", "status": "read", "message_id": message_id}
        if typing:
            payload["typing_indicator"] = {"type": "text"}
        await self._post(self._messages_url, json=payload)

    async def _post(self, url: str, **kwargs: Any) -> Any:
        try:
            async with self._session.post(url, headers=self._headers, timeout=self._timeout, **kwargs) as resp:
                raw = await resp.read()
                status = resp.status
        except (TimeoutError, aiohttp.ClientError) as exc:
            unsent = isinstance(exc, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError)
            raise ApiUnreachable(f"{type(exc).__name__}: {exc}", unsent=unsent) from exc
        body = _json(raw)
        if status >= 400 or (isinstance(body, dict) and "error" in body):
            raise error_from(status, body, raw)
        return body


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


def error_from(status: int, body: Any, raw: bytes = b"") -> ApiError:
    """Build an ``ApiError`` from Meta's ``{"error": {...}}``, or from the bare HTTP status."""
    err = body.get("error") if isinstance(body, dict) else None
    if not isinstance(err, dict):
        return ApiError(None, None, status, f"HTTP {status}", raw[:200].decode(errors="replace"))
    data = err.get("error_data")
    details = data.get("details") if isinstance(data, dict) else None
    return ApiError(
        code=_int(err.get("code")),
        subcode=_int(err.get("error_subcode")),
        http_status=status,
        message=str(err.get("message") or err.get("title") or f"HTTP {status}"),
        details=str(details or ""),
    )


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
