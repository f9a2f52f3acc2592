"""What the tourism tests share: a clock they move, a guest who chats, and readers for the replies.

A ``Guest`` sends through the bus exactly as the gateway does (``wa.inbound.tourism``), waits until the
bus is idle, and reads what the service published for that message from the service's inbox record —
the replies and events in the order they went out.
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
START = datetime(2026, 3, 1, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal
_ids = itertools.count(1)


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
    def last(self) -> Reply:
        return self.replies[-1]

    def choice(self, starting: str) -> str:
        """The one reply id (in any reply) starting with ``starting``."""
        found = [id for r in self.replies for id in r.choices if id.startswith(starting)]
        assert found, f"no choice {starting!r} in {[r.choices for r in self.replies]}"
        return found[0]

    def event(self, type: str) -> dict[str, Any]:
        found = [e.payload for e in self.events if e.type == type]
        assert len(found) == 1, f"{type}: {len(found)} published; events: {[e.type for e in self.events]}"
        return found[0]


class Guest:
    def __init__(self, bus: InProcessBus, store: Store, wa_id: str, *, lang: str = "en", name: str = "Rina Das"):
        self.bus, self.store, self.wa_id, self.lang, self.name = bus, store, wa_id, lang, name

    def envelope(self, *, text: str | None = None, reply_id: str | None = None) -> Envelope:
        wamid = f"wamid.test.{next(_ids)}"
        inbound = Inbound(wa_id=self.wa_id, message_id=wamid, lang=self.lang, profile_name=self.name,  # type: ignore[arg-type]
                          kind="reply" if reply_id else "text", text=text, reply_id=reply_id)
        return Envelope(type="wa.inbound.tourism", correlation_id=wamid, payload=inbound.model_dump(mode="json"))

    async def send(self, envelope: Envelope) -> Exchange:
        await self.bus.publish(envelope)
        await self.bus.drain()
        return await self.outcome(envelope)

    async def outcome(self, envelope: Envelope) -> Exchange:
        outputs = await Inbox(self.store).recorded(envelope.id)
        if outputs is None:
            dead = [d.id for d in await self.bus.dead_letters("tourism")]
            raise AssertionError(f"the service never finished {envelope.id} (dead letters: {dead})")
        replies = [Reply(o.payload) for o in outputs if o.type == "wa.outbound"]
        return Exchange(envelope, replies, [o for o in outputs if o.type != "wa.outbound"])

    async def say(self, text: str) -> Exchange:
        return await self.send(self.envelope(text=text))

    async def tap(self, reply_id: str) -> Exchange:
        return await self.send(self.envelope(reply_id=reply_id))

    async def quote(self, room: str, check_in: str, *, nights: int = 2, guests: int = 2, rooms: int = 1) -> Exchange:
        """Straight to the quote by taps (old taps carry their values, as a person scrolling up would)."""
        await self.tap("tourism:book")
        await self.tap(f"tourism:room:{room}")
        await self.tap(f"tourism:date:{check_in}")
        await self.tap(f"tourism:nights:{nights}")
        await self.tap(f"tourism:guests:{guests}")
        return await self.tap(f"tourism:rooms:{rooms}")

    async def book(self, room: str, check_in: str, **party: int) -> Exchange:
        quoted = await self.quote(room, check_in, **party)
        return await self.tap(quoted.choice("tourism:confirm:"))
