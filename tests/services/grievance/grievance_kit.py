"""What the grievance tests share: a clock they move, a person who chats, and readers for the replies.

A ``Person`` sends through the bus exactly as the gateway does (``wa.inbound.grievance``) — text, taps,
shared locations, photos and voice notes — waits until the bus is idle, and reads what the service
published for that message from the service's inbox record, in the order it went out.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from chat_kit import Clock, Reply  # noqa: F401 - the tests import them from here

from shared.bus.memory import InProcessBus
from shared.chat import Inbound, Location, Media
from shared.envelope import Envelope
from shared.runtime.inbox import Inbox
from shared.store import Store

START = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal
KALCHINI = (26.6960, 89.4490)  # the Kalchini gram panchayat office in the demo directory
KALCHINI_GP, KALCHINI_BLOCK, ALIPURDUAR = "703506", "7035", "703"
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
        found = [id for r in self.replies for id in r.choices if id.startswith(starting)]
        assert found, f"no choice {starting!r} in {[r.choices for r in self.replies]}"
        return found[0]

    def event(self, type: str) -> dict[str, Any]:
        found = [e.payload for e in self.events if e.type == type]
        assert len(found) == 1, f"{type}: {len(found)} published; events: {[e.type for e in self.events]}"
        return found[0]


class Person:
    def __init__(self, bus: InProcessBus, store: Store, wa_id: str, *, lang: str = "en"):
        self.bus, self.store, self.wa_id, self.lang = bus, store, wa_id, lang

    def envelope(self, **content: Any) -> Envelope:
        wamid = f"wamid.grievance.{next(_ids)}"
        inbound = Inbound(wa_id=self.wa_id, message_id=wamid, lang=self.lang, profile_name="Sabita Oraon",  # type: ignore[arg-type]
                          **content)
        return Envelope(type="wa.inbound.grievance", correlation_id=wamid, payload=inbound.model_dump(mode="json"))

    async def send(self, envelope: Envelope) -> Exchange:
        await self.bus.publish(envelope)
        await self.bus.drain()
        outputs = await Inbox(self.store).recorded(envelope.id)
        if outputs is None:
            dead = [d.id for d in await self.bus.dead_letters("grievance")]
            raise AssertionError(f"the service never finished {envelope.id} (dead letters: {dead})")
        replies = [Reply(o.payload) for o in outputs if o.type == "wa.outbound"]
        return Exchange(envelope, replies, [o for o in outputs if o.type != "wa.outbound"])

    async def say(self, text: str) -> Exchange:
        return await self.send(self.envelope(kind="text", text=text))

    async def tap(self, reply_id: str) -> Exchange:
        return await self.send(self.envelope(kind="reply", reply_id=reply_id))

    async def share(self, latitude: float, longitude: float) -> Exchange:
        return await self.send(self.envelope(kind="location", location=Location(latitude=latitude,
                                                                                 longitude=longitude)))

    async def photo(self, media_id: str, caption: str | None = None, kind: str = "image") -> Exchange:
        mime = "image/jpeg" if kind == "image" else "audio/ogg"
        return await self.send(self.envelope(kind="media", text=caption, media=Media(
            kind=kind, id=media_id, mime_type=mime, caption=caption)))

    async def lodge(self, category: str = "water", gp: str = KALCHINI_GP,
                    text: str = "The tube well near the school has been dry for a week.") -> str:
        """A complaint by taps and text; returns its number."""
        await self.tap("grievance:new")
        await self.tap(f"grievance:cat:{category}")
        await self.tap(f"grievance:gp:{gp}")
        confirm = await self.say(text)
        done = await self.tap(confirm.choice("grievance:submit:"))
        return done.event("grievance.ticket.lodged")["number"]
