"""What the payroll tests share: a clock they move, employees who chat, fixed pay data, and readers for
the replies (copied in small from tourism's kit, since test modules are not shared between services).

A ``Staff`` member sends through the bus exactly as the gateway does (``wa.inbound.payroll``), waits until
the bus is idle, and reads what the service published for that message from the service's inbox record.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from chat_kit import Clock, Reply, pdf_text  # noqa: F401 - the tests import them from here

from shared.bus.memory import InProcessBus
from shared.chat import Inbound
from shared.envelope import Envelope
from shared.runtime.inbox import Inbox
from shared.store import Store

PUBLIC_URL = "https://panchayat.example.in"
START = datetime(2026, 3, 10, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal
_ids = itertools.count(1)


def employee(id: str = "GP-TEST-0001", mobile: str = "919700000001", **changes: Any) -> dict[str, Any]:
    """An employee as the back office registers one."""
    return {"id": id, "name": {"bn": "অণিমা মাহাতো", "en": "Anima Mahato"},
            "designation": {"bn": "নির্বাহী সহায়ক", "en": "Executive Assistant"},
            "office": {"name": {"bn": "ইলু-জারগো গ্রাম পঞ্চায়েত", "en": "Ilu-Jargo Gram Panchayat"},
                       "district": "Purulia", "block": "Jhalda-I", "gp": "Ilu-Jargo", "contact": "03252 255 014"},
            "mobile": mobile, "bank_account": "30711012345678", "bank_name": "Paschim Banga Gramin Bank",
            "pan": "BKTPM4821K", **changes}


def pay(employee_id: str = "GP-TEST-0001", **changes: Any) -> dict[str, Any]:
    """Fixed figures: gross 38,950, deductions 10,550, net ₹28,400 (Twenty-Eight Thousand Four Hundred)."""
    return {"employee_id": employee_id, "basic": "30000", "da": "4200", "hra": "3600", "medical": "500",
            "other_earnings": "650", "gpf": "3000", "ptax": "200", "tds": "7000", "other_deductions": "350",
            "credit_date": "2026-02-28", **changes}


@dataclass
class Exchange:
    envelope: Envelope
    replies: list[Reply]
    events: list[Envelope] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n---\n".join(r.text for r in self.replies)

    def __repr__(self) -> str:
        return f"<replies: {self.text!r} choices: {[r.choices for r in self.replies]}>"

    @property
    def pdfs(self) -> list[bytes]:
        return [r.pdf for r in self.replies if r.pdf is not None]

    @property
    def choices(self) -> dict[str, str]:
        return {id: title for r in self.replies for id, title in r.choices.items()}

    def event(self, type: str) -> dict[str, Any]:
        found = [e.payload for e in self.events if e.type == type]
        assert len(found) == 1, f"{type}: {len(found)} published; events: {[e.type for e in self.events]}"
        return found[0]


class Staff:
    """Someone writing to the payroll service from ``wa_id``."""

    def __init__(self, bus: InProcessBus, store: Store, wa_id: str, *, lang: str = "en"):
        self.bus, self.store, self.wa_id, self.lang = bus, store, wa_id, lang

    def envelope(self, *, text: str | None = None, reply_id: str | None = None) -> Envelope:
        wamid = f"wamid.payroll.{next(_ids)}"
        inbound = Inbound(wa_id=self.wa_id, message_id=wamid, lang=self.lang, profile_name="Staff",  # type: ignore[arg-type]
                          kind="reply" if reply_id else "text", text=text, reply_id=reply_id)
        return Envelope(type="wa.inbound.payroll", correlation_id=wamid, payload=inbound.model_dump(mode="json"))

    async def send(self, envelope: Envelope) -> Exchange:
        await self.bus.publish(envelope)
        await self.bus.drain()
        outputs = await Inbox(self.store).recorded(envelope.id)
        if outputs is None:
            dead = [d.id for d in await self.bus.dead_letters("payroll")]
            raise AssertionError(f"the service never finished {envelope.id} (dead letters: {dead})")
        replies = [Reply(o.payload) for o in outputs if o.type == "wa.outbound"]
        return Exchange(envelope, replies, [o for o in outputs if o.type != "wa.outbound"])

    async def say(self, text: str) -> Exchange:
        return await self.send(self.envelope(text=text))

    async def tap(self, reply_id: str) -> Exchange:
        return await self.send(self.envelope(reply_id=reply_id))

    async def set_pin(self, pin: str = "4821") -> Exchange:
        await self.tap("payroll:menu")
        await self.say(pin)
        return await self.say(pin)
