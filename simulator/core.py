"""The simulator's state and what happens in it: the business sends (``accept``), people type (``send``).

One ``Simulator`` stands for Meta: the fake Cloud API (``simulator.graph``) records what the business sent
and answers with status webhooks; the simulated phones (``simulator.people``, used by the chat page and by
tests) post Meta-shaped, signed message webhooks to the gateway.
"""
from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from simulator import webhooks
from simulator.chats import Chats
from simulator.failures import Endpoint, Failure, Failures
from simulator.media import MediaStore
from simulator.poster import WebhookPoster
from simulator.window import REFUSED, Windows


@dataclass(frozen=True)
class Persona:
    wa_id: str
    name: str
    note: str = ""


PERSONAS = (
    Persona("919800000001", "Rina Das", "citizen · বাংলা"),
    Persona("919800000002", "Arjun Mondal", "citizen · English"),
    Persona("919800000003", "Sabina Khatun", "panchayat employee"),
    Persona("919800000004", "Tapan Ghosh", "guest-house visitor"),
)


@dataclass(frozen=True)
class Config:
    access_token: str
    app_secret: str
    webhook_url: str
    phone_number_id: str
    api_version: str = "v23.0"
    display_phone_number: str = webhooks.BUSINESS_NUMBER
    business_name: str = "Smart Panchayat"
    personas: Sequence[Persona] = PERSONAS
    status_delay: float = 0.2
    api_latency: float = 0.0  # seconds a call to /messages takes before it is answered (Meta's: 0.1-0.5)
    auto_read: bool = True
    retry_delays: Sequence[float] = (0.5, 2.0)
    service_window: bool = True  # free-form messages only within 24 hours of the person's last message, as Meta
    clock: Callable[[], float] = time.time  # the simulator's time (seconds), for the window; tests move their own


KEEP = 10_000  # records of each kind kept, so a long ``panchayat run`` does not grow without end


def _log() -> deque[dict[str, Any]]:
    return deque(maxlen=KEEP)


@dataclass
class Records:
    """What the fake Cloud API received, for tests: accepted sends, read receipts, refused requests."""

    sent: deque[dict[str, Any]] = field(default_factory=_log)
    reads: deque[dict[str, Any]] = field(default_factory=_log)
    rejected: deque[dict[str, Any]] = field(default_factory=_log)


class SimulatorState:
    """Everything the simulator knows; ``simulator.app.Simulator`` adds the people and the HTTP routes."""

    def __init__(self, config: Config):
        self.config = config
        self.failures = Failures()
        self.media = MediaStore()
        self.chats = Chats()
        self.poster = WebhookPoster(config.webhook_url, config.app_secret, retry_delays=config.retry_delays)
        self.records = Records()
        self.windows = Windows(config.clock)
        self._sent_event = asyncio.Event()

    # --- the recorded-messages API -------------------------------------------------------------------
    def sent(self, to: str | None = None) -> list[dict[str, Any]]:
        """Accepted messages, oldest first: ``{"id", "to", "type", "body", "timestamp"}``."""
        return [m for m in self.records.sent if to is None or m["to"] == to]

    async def wait_sent(self, count: int = 1, *, to: str | None = None, timeout: float = 5.0) -> list[dict[str, Any]]:
        """The accepted messages once there are ``count`` of them (for ``to``), or what there is at ``timeout``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while len(self.sent(to)) < count and (left := deadline - loop.time()) > 0:
            event = self._sent_event
            try:
                await asyncio.wait_for(event.wait(), left)
            except TimeoutError:
                break
        return self.sent(to)

    def fail(self, code: int, times: int = 1, *, to: str | None = None, status: int | None = None,
             endpoint: Endpoint = "send", details: str | None = None, subcode: int | None = None) -> None:
        """The next ``times`` calls to ``endpoint`` (for ``to``, if given) answer Meta's error ``code``."""
        self.failures.add(Failure(code, times, to, status, subcode, details, endpoint))

    def heard(self, payload: Mapping[str, Any]) -> None:
        """A message webhook posted to the gateway on the simulator's behalf (a test standing in for Meta): the
        people who wrote in it open their 24-hour window, as the simulator's own people do."""
        self.windows.heard_payload(payload)

    # --- the business's side (called by the fake Cloud API) -------------------------------------------
    def window_closed(self, request: Mapping[str, Any]) -> str | None:
        """Meta's details when it refuses ``request`` for a closed 24-hour window (131047), else None."""
        if not self.config.service_window or not self.windows.refuses(request):
            return None
        self.reject(request, 131047, REFUSED)
        return REFUSED

    def accept(self, request: Mapping[str, Any]) -> str:
        """Record an accepted message, show it on the phone, and report its statuses in the background."""
        wamid, to = webhooks.wamid(), str(request.get("to") or request["recipient"])
        body = {k: v for k, v in request.items()
                if k not in ("messaging_product", "recipient_type", "to", "recipient", "biz_opaque_callback_data")}
        self.records.sent.append({"id": wamid, "to": to, "type": body.get("type", "text"), "body": dict(request),
                                  "timestamp": time.time()})
        self._sent_event.set()
        self._sent_event = asyncio.Event()
        self.chats.add(to, "business", wamid, body, "sent")
        callback = request.get("biz_opaque_callback_data")
        self.poster.spawn(self._report(wamid, to, self._missing_media(body), callback), "status webhooks")
        return wamid

    def receipt(self, request: Mapping[str, Any]) -> None:
        self.records.reads.append({**request, "timestamp": time.time()})
        self.chats.read_by_business(str(request["message_id"]), "typing_indicator" in request)

    def reject(self, request: Any, code: int, details: str) -> None:
        self.records.rejected.append({"body": request, "code": code, "details": details, "timestamp": time.time()})

    def _missing_media(self, body: Mapping[str, Any]) -> str | None:
        media = body.get(str(body.get("type")))
        media_id = media.get("id") if isinstance(media, Mapping) else None
        return media_id if media_id is not None and self.media.get(str(media_id)) is None else None

    async def _report(self, wamid: str, to: str, missing_media: str | None, callback: str | None = None) -> None:
        """sent → delivered → read, one webhook each; an unknown media id fails later, as on Meta."""
        await asyncio.sleep(self.config.status_delay)
        if missing_media is not None:
            self.chats.set_status(wamid, "failed")
            await self.post(statuses=[webhooks.failed(wamid, to, 131053, "Media upload error",
                                                      f"Media id {missing_media} was not found",
                                                      callback_data=callback)])
            return
        states = ("sent", "delivered", "read") if self.config.auto_read else ("sent", "delivered")
        for i, state in enumerate(states):
            if i:
                await asyncio.sleep(self.config.status_delay)
            self.chats.set_status(wamid, state)
            await self.post(statuses=[webhooks.status(wamid, to, state, callback_data=callback)])

    async def post(self, *, messages: Sequence[Mapping[str, Any]] = (),
                   statuses: Sequence[Mapping[str, Any]] = (), names: Mapping[str, str] | None = None) -> int | None:
        self.windows.heard(messages)
        body = webhooks.payload(messages, statuses, names=names, phone_number_id=self.config.phone_number_id,
                                display_phone_number=self.config.display_phone_number)
        return await self.poster.post(body)
