"""What the grievance tests share: a clock they move, a person who chats, and readers for the replies.

A ``Person`` sends through the bus exactly as the gateway does (``wa.inbound.grievance``) — text, taps,
shared locations, photos and voice notes — waits until the bus is idle, and reads what the service
published for that message from the service's inbox record, in the order it went out.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chat_kit import Chatter, Clock, Exchange, Reply  # noqa: F401 - the tests import them from here
from phone_kit import at_the_menu, words

from shared.bus.memory import InProcessBus
from shared.chat import Location, Media
from shared.india import today_in_india
from shared.store import Store

START = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal
# the year of the numbers complaints get on the real clock (the demo's, loaded as a test's system starts, and those
# lodged in it): "GRV-2026-000002" this year, "GRV-2027-000002" the next
YEAR = today_in_india(datetime.now(UTC)).year
KALCHINI = (26.6960, 89.4490)  # the Kalchini gram panchayat office in the demo directory
KALCHINI_GP, KALCHINI_BLOCK, ALIPURDUAR = "703506", "7035", "703"


def sent_to(bus: InProcessBus, wa_id: str) -> list[dict[str, Any]]:
    """The ``wa.outbound`` payloads the bus carried to ``wa_id``, in order."""
    return [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == wa_id]


class Person(Chatter):
    def __init__(self, bus: InProcessBus, store: Store, wa_id: str, *, lang: str = "en"):
        super().__init__(bus, store, "grievance", wa_id, lang=lang, name="Sabita Oraon")

    async def share(self, latitude: float, longitude: float) -> Exchange:
        return await self.send(self.envelope(kind="location", location=Location(latitude=latitude,
                                                                                 longitude=longitude)))

    async def photo(self, media_id: str, caption: str | None = None, kind: str = "image") -> Exchange:
        mime = "image/jpeg" if kind == "image" else "audio/ogg"
        return await self.send(self.envelope(kind="media", text=caption, media=Media(
            kind=kind, id=media_id, mime_type=mime, caption=caption)))

    async def draft(self, category: str = "water", gp: str = KALCHINI_GP,
                    text: str = "The tube well near the school has been dry for a week.") -> Exchange:
        """A complaint by taps and text, up to its summary (returned), not yet submitted."""
        await self.tap("grievance:new")
        await self.tap(f"grievance:cat:{category}")
        await self.tap(f"grievance:gp:{gp}")
        return await self.say(text)

    async def lodge(self, category: str = "water", gp: str = KALCHINI_GP,
                    text: str = "The tube well near the school has been dry for a week.") -> str:
        """A complaint by taps and text; returns its number."""
        confirm = await self.draft(category, gp, text)
        done = await self.tap(confirm.choice("grievance:submit:"))
        return done.event("grievance.ticket.lodged")["number"]


async def told_none_of_hers(system: Any, typed: str) -> str:
    """What Rina (the demo's 919800000001), who lodged none of Arjun's complaints, is told when ``typed`` names one of
    his through the webhook: that none of hers has it; the words, for what must not be in them."""
    rina = await at_the_menu(system, "919800000001", name="Rina Das")
    return words(await rina.say(typed, until=lambda m: "None of your complaints" in words(m)))
