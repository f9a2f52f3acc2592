"""What the sender's tests drive it with: Outbound payloads, and ``SenderStack`` — one sender copy on the
test bus, talking to the simulator's fake Cloud API, with the ``wa.delivery.failed`` events it caused."""
from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from gateway.sender.worker import Sender
from shared.bus.memory import InProcessBus
from shared.chat import Document, Outbound
from shared.envelope import Envelope, new_id
from shared.runtime import ServiceRuntime
from simulator.app import Simulator

RECIPIENT = "919800000001"
ACCESS_TOKEN = "test-token"
PHONE_NUMBER_ID = "106540352242922"
PDF = b"%PDF-1.7 test"
FAST = {"PANCHAYAT_SEND_BACKOFF": 0.001, "PANCHAYAT_SEND_BACKOFF_MAX": 0.004, "PANCHAYAT_SEND_PAIR_HOLD": 0.05,
        "PANCHAYAT_SEND_PAIR_HOLD_MAX": 0.2}


def outbound(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {"to": RECIPIENT, "service": "tourism",
                              "message": {"type": "text", "text": {"body": "Your booking is confirmed"}}}
    return Outbound(**{**fields, **overrides}).model_dump(mode="json")


def pdf(caption: str | None = "Your voucher") -> Document:
    return Document(filename="voucher.pdf", data_b64=base64.b64encode(PDF).decode(), caption=caption)


@dataclass
class SenderStack:
    bus: InProcessBus
    cloud: Simulator
    runtime: ServiceRuntime
    sender: Sender
    failed: list[Envelope] = field(default_factory=list)

    async def publish(self, payload: dict[str, Any], *, id: str | None = None, type: str = "wa.outbound") -> Envelope:
        envelope = Envelope(id=id or new_id(), type=type, payload=payload)
        await self.bus.publish(envelope)
        await self.bus.drain()
        return envelope

    @property
    def sends(self) -> list[dict[str, Any]]:
        """The requests the Cloud API accepted as messages, oldest first."""
        return [m["body"] for m in self.cloud.sent()]

    def injections_left(self) -> int:
        """Injected failures not yet used up: what tells how many calls the sender made."""
        return sum(f["times"] for f in self.cloud.failures.pending())

    async def record(self, envelope_id: str) -> dict[str, Any] | None:
        return await self.sender.sent.get(envelope_id)


MakeSender = Callable[..., Awaitable[SenderStack]]
