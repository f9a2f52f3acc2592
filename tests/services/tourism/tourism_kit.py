"""What the tourism tests share: a clock they move, a guest who chats, and readers for the replies.

A ``Guest`` sends through the bus exactly as the gateway does (``wa.inbound.tourism``), waits until the
bus is idle, and reads what the service published for that message from the service's inbox record —
the replies and events in the order they went out.
"""
from __future__ import annotations

from datetime import UTC, datetime

from chat_kit import Chatter, Clock, Exchange, Reply, pdf_text  # noqa: F401 - the tests import them from here

from shared.bus.memory import InProcessBus
from shared.store import Store

PUBLIC_URL = "https://panchayat.example.in"
START = datetime(2026, 3, 1, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal


class Guest(Chatter):
    def __init__(self, bus: InProcessBus, store: Store, wa_id: str, *, lang: str = "en", name: str = "Rina Das"):
        super().__init__(bus, store, "tourism", wa_id, lang=lang, name=name)

    async def quote(self, room: str, check_in: str, *, nights: int = 2, guests: int = 2, rooms: int = 1) -> Exchange:
        """Straight to the quote by taps (old taps carry their values, as a person scrolling up would)."""
        await self.tap("tourism:book")
        await self.tap(f"tourism:room:{room}")
        await self.tap(f"tourism:date:{check_in}")
        await self.tap(f"tourism:nights:{nights}")
        await self.tap(f"tourism:guests:{guests}")
        await self.tap(f"tourism:rooms:{rooms}")
        return await self.tap("tourism:name:profile")  # booked in the profile's name, offered as it is one

    async def book(self, room: str, check_in: str, **party: int) -> Exchange:
        quoted = await self.quote(room, check_in, **party)
        return await self.tap(quoted.choice("tourism:confirm:"))
