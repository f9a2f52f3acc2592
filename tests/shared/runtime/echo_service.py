"""The test service and the listener the runtime tests share.

``echo_spec`` builds the test service: it echoes text, stores what it echoed, publishes
``echo.message.echoed``, answers "paper" with a document, and fails on the text "boom". ``Collector``
stands where the sender and other departments stand: a queue bound to what the service publishes.
"""
from __future__ import annotations

import asyncio
import base64
from datetime import UTC, datetime
from typing import Any

from shared.chat import Document, Inbound
from shared.envelope import Envelope, derive_id
from shared.runtime import Context, MenuEntry, ServiceSpec

FIXED_NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
PAPER_B64 = base64.b64encode(b"%PDF-1.4 the echo service's paper").decode()


class Collector:
    """Stands where the sender and other departments stand: a queue bound to what the service publishes."""

    def __init__(self) -> None:
        self.seen: list[Envelope] = []

    async def handle(self, envelope: Envelope) -> None:
        self.seen.append(envelope)

    def of(self, type: str) -> list[Envelope]:
        return [e for e in self.seen if e.type == type]

    async def wait_for(self, type: str, count: int = 1) -> list[Envelope]:
        """Waits until ``count`` envelopes of ``type`` arrived (the bound only stops a broken test hanging)."""
        for _ in range(1000):
            if len(self.of(type)) >= count:
                return self.of(type)
            await asyncio.sleep(0.01)
        raise AssertionError(f"{count} × {type} never arrived; saw {[e.type for e in self.seen]}")


def inbound(text: str, *, message_id: str = "wamid.1", wa_id: str = "919800000001") -> Envelope:
    payload = Inbound(wa_id=wa_id, message_id=message_id, text=text, lang="en")
    return Envelope(type="wa.inbound.echo", correlation_id=message_id, payload=payload.model_dump(mode="json"))


def echo_spec(calls: list[str] | None = None, **overrides: Any) -> ServiceSpec:
    calls = [] if calls is None else calls

    async def on_inbound(envelope: Envelope, ctx: Context) -> None:
        message = Inbound.model_validate(envelope.payload)
        calls.append(message.text or "")
        if message.text == "boom":
            raise RuntimeError("the echo handler refuses 'boom'")
        await ctx.store.collection("echoes").insert(
            {"_id": derive_id(envelope.id, "echo"), "text": message.text, "at": ctx.now().isoformat()})
        if message.text == "paper":  # answered with a document, as a certificate or a voucher is
            ctx.reply(message, {"type": "document", "document": {"filename": "echo.pdf", "caption": "Your paper"}},
                      document=Document(filename="echo.pdf", data_b64=PAPER_B64, caption="Your paper"))
        else:
            ctx.reply(message, {"type": "text", "text": {"body": f"echo: {message.text}"}})
        ctx.publish("echo.message.echoed", {"wa_id": message.wa_id, "text": message.text})

    fields: dict[str, Any] = {
        "name": "echo", "bindings": ("wa.inbound.echo",), "handlers": {"wa.inbound.*": on_inbound},
        "menu": MenuEntry("echo", {"bn": "প্রতিধ্বনি", "en": "Echo"}, {"bn": "যা বলবেন", "en": "Says it back"}),
    }
    return ServiceSpec(**{**fields, **overrides})
