"""One outbound message to the Cloud API, with the limits and the error policy applied.

``Delivery`` knows nothing of the bus or the store: it either returns what was sent, raises
``Undeliverable`` (permanent: report it, never retry), ``Deferred`` (transient and the in-process
retries are spent: give it back to the bus, whose wait queues hold it for longer) or ``InDoubt`` (the
sending call went unanswered after it may have reached Meta: never retried here, Meta's status decides).
"""
from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from gateway.sender import metrics
from gateway.sender.client import ApiError, ApiUnreachable, CloudApi
from gateway.sender.limits import PairLimiter, Sleep, TokenBucket
from gateway.sender.policy import Action, Backoff, classify
from shared.chat import Outbound
from shared.logging import get_logger

log = get_logger(__name__)
T = TypeVar("T")


class Undeliverable(Exception):
    def __init__(self, error: ApiError):
        super().__init__(str(error))
        self.error = error


class InDoubt(Exception):
    """The call that sends the message got no answer, but may have reached Meta: sending it again here could
    send it twice. The caller keeps its claim ``sending`` and gives the envelope back to the bus, whose
    redelivery waits for Meta's status of the message before it sends again (``worker.Sender._claim``)."""

    def __init__(self, error: ApiError):
        super().__init__(str(error))
        self.error = error


class Deferred(Exception):
    """Still failing after the in-process retries; the bus retries the envelope later."""

    def __init__(self, error: ApiError):
        super().__init__(str(error))
        self.error = error


@dataclass
class Sent:
    wamid: str
    template: bool = False
    media_id: str | None = None


@dataclass
class _Attempt:
    """State kept across retries of one message, so a retry neither re-uploads nor forgets the switch."""

    body: dict[str, Any]
    template: bool = False
    media_id: str | None = None


class Delivery:
    def __init__(self, api: CloudApi, bucket: TokenBucket, pairs: PairLimiter, *,
                 backoff: Backoff | None = None, sleep: Sleep = asyncio.sleep):
        self.api = api
        self.bucket = bucket
        self.pairs = pairs
        self.backoff = backoff or Backoff()
        self._sleep = sleep

    async def send(self, out: Outbound, *, before_send: Callable[[], Awaitable[None]] | None = None,
                   callback_data: str | None = None) -> Sent:
        """``before_send`` runs after the upload and the waits, right before each call that sends the message
        (the first and every retry), so the caller can say "sending now" and stop a copy that lost its claim.
        ``callback_data`` goes with the message and comes back in its status webhooks."""
        attempt = _Attempt(body=dict(out.message))

        async def once() -> str:
            if out.document and attempt.media_id is None and not attempt.template:
                doc = out.document
                attempt.media_id = await _timed("media", self.api.upload_media(
                    base64.b64decode(doc.data_b64), doc.mime_type, doc.filename))
                attempt.body = document_body(out.message, attempt.media_id, doc.filename, doc.caption, doc.mime_type)
            await self.pairs.wait(out.to)
            await self.bucket.acquire()
            if before_send is not None:
                await before_send()
            try:
                return await sending(attempt.body)
            except ApiError as err:
                if classify(err) is not Action.WINDOW or out.template is None or attempt.template:
                    raise
                log.info("sender.window_closed.template", to=out.to, service=out.service)
                attempt.template, attempt.body = True, template_body(out.template)
                await self.bucket.acquire()
                return await sending(attempt.body)

        async def sending(body: dict[str, Any]) -> str:
            try:
                return await _timed("send", self.api.send(out.to, body, callback_data=callback_data))
            except ApiUnreachable as err:
                if err.unsent:
                    raise
                metrics.API_ERRORS.labels(code="network", action="in_doubt").inc()
                log.warning("sender.answer_lost", to=out.to, error=err.message)
                raise InDoubt(err) from err

        wamid = await self._retrying(once, out.to)
        self.pairs.delivered(out.to)
        metrics.SEND_RATE.set(self.bucket.rate)  # shows the recovery after a slow-down too
        return Sent(wamid, attempt.template, attempt.media_id)

    async def mark_read(self, message_id: str, typing: bool = True) -> None:
        async def once() -> None:
            await self.bucket.acquire()
            await _timed("read", self.api.mark_read(message_id, typing))

        await self._retrying(once, None)

    def throttled(self, action: Action, to: str | None) -> None:
        """Meta's word that the number (``SLOW_DOWN``) or this person (``PAIR``) got too much, told to the limits,
        whether it came as the call's answer or later in a ``failed`` status."""
        if action is Action.PAIR and to is not None:
            self.pairs.penalize(to)
        if action is Action.SLOW_DOWN:
            self.bucket.slow_down()
            metrics.SEND_RATE.set(self.bucket.rate)

    async def _retrying(self, once: Callable[[], Awaitable[T]], to: str | None) -> T:
        for retry in range(self.backoff.attempts):
            try:
                return await once()
            except ApiError as err:
                action = classify(err)
                code = err.code if err.code is not None else err.http_status or "network"
                metrics.API_ERRORS.labels(code=str(code), action=action.value).inc()
                log.warning("sender.api_error", code=err.code, http_status=err.http_status,
                            action=action.value, error=err.message, details=err.details, to=to)
                if action in (Action.FAIL, Action.WINDOW):
                    raise Undeliverable(err) from err
                if action is Action.ESCALATE:
                    raise
                # the limits hear every throughput error, the last try's too: the bus's retry of it must wait
                self.throttled(action, to)
                if retry + 1 >= self.backoff.attempts:
                    raise Deferred(err) from err
                if action is Action.PAIR and to is not None:
                    continue
                await self._sleep(self.backoff.delay(retry))
        raise AssertionError("unreachable: the last attempt either returns or raises")


def document_body(message: dict[str, Any], media_id: str, filename: str, caption: str | None,
                  mime_type: str = "") -> dict[str, Any]:
    """The message to send once the file is on Meta's side: the service's document body, by media id. A photo
    (``image/*``) goes as an ``image`` message, which the person sees in the chat rather than as a file to open;
    an image has no filename."""
    kind = "image" if mime_type.startswith("image/") else "document"
    given = message.get(kind) or message.get("document") or {}
    media: dict[str, Any] = {k: v for k, v in given.items() if k != "link" and (kind == "document" or k == "caption")}
    media["id"] = media_id
    if kind == "document":
        media.setdefault("filename", filename)
    if caption and not media.get("caption"):
        media["caption"] = caption
    rest = {k: v for k, v in message.items() if k not in ("type", "document", "image", "text")}
    return {**rest, "type": kind, kind: media}


def template_body(template: dict[str, Any]) -> dict[str, Any]:
    """Accept either a whole message body (``{"type": "template", ...}``) or the bare template object."""
    return dict(template) if template.get("type") == "template" else {"type": "template", "template": template}


async def _timed(call: str, awaitable: Awaitable[T]) -> T:
    start = time.perf_counter()
    try:
        return await awaitable
    finally:
        metrics.API_LATENCY.labels(call=call).observe(time.perf_counter() - start)
