"""What the tourism tests share: a clock they move, a guest who chats, and readers for the replies.

A ``Guest`` sends through the bus exactly as the gateway does (``wa.inbound.tourism``), waits until the
bus is idle, and reads what the service published for that message from the service's inbox record —
the replies and events in the order they went out.
"""
from __future__ import annotations

from datetime import UTC, datetime

from chat_kit import Chatter, Clock, Exchange, Reply, pdf_text  # noqa: F401 - the tests import them from here
from phone_kit import Message, Phone, choices, has

from shared.bus.memory import InProcessBus
from shared.store import Store

PUBLIC_URL = "https://panchayat.example.in"
START = datetime(2026, 3, 1, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal


class Guest(Chatter):
    def __init__(self, bus: InProcessBus, store: Store, wa_id: str, *, lang: str = "en", name: str = "Rina Das"):
        super().__init__(bus, store, "tourism", wa_id, lang=lang, name=name)

    async def at_nights(self, room: str, check_in: str) -> Exchange:
        """Straight to the nights' question by taps (old taps carry their values, as a person scrolling up would)."""
        await self.tap("tourism:book")
        await self.tap(f"tourism:room:{room}")
        return await self.tap(f"tourism:date:{check_in}")

    async def quote(self, room: str, check_in: str, *, nights: int = 2, guests: int = 2, rooms: int = 1) -> Exchange:
        """Straight to the quote by taps."""
        await self.at_nights(room, check_in)
        await self.tap(f"tourism:nights:{nights}")
        await self.tap(f"tourism:guests:{guests}")
        await self.tap(f"tourism:rooms:{rooms}")
        return await self.tap("tourism:name:profile")  # booked in the profile's name, offered as it is one

    async def book(self, room: str, check_in: str, **party: int) -> Exchange:
        quoted = await self.quote(room, check_in, **party)
        return await self.tap(quoted.choice("tourism:confirm:"))


DORM = "tinchuley-dorm"  # one room, up to six guests
DOUBLE = "tinchuley-double"  # five rooms of two


async def sold_out(make_guest, lang: str = "en") -> Guest:
    """A guest of three at a 'not free' list: the dormitory's 10–12 April 2026 taken by another guest at the quote,
    the alternatives offered (12 April, other dates)."""
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap("tourism:date:2026-04-10")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:3")
    await make_guest().book(DORM, "2026-04-10", nights=2, guests=2)
    told = await guest.tap("tourism:name:profile")
    assert "tourism:altdate:2026-04-12" in told.choices and "tourism:dates" in told.choices
    return guest


async def too_few(make_guest, lang: str = "en", *, via_dorm: bool = False) -> tuple[Guest, Exchange]:
    """A group of eight at a 'too few rooms' list: two of Tinchuley's five double rooms free for 10–12 June 2026,
    three taken by another guest first. ``via_dorm``: the dormitory chosen first and the double rooms taken when it
    could not hold the group; else the double rooms chosen at once."""
    await make_guest().book(DOUBLE, "2026-06-10", nights=2, guests=6, rooms=3)
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM if via_dorm else DOUBLE}")
    await guest.tap("tourism:date:2026-06-10")
    await guest.tap("tourism:nights:2")
    if via_dorm:
        await guest.say("8")
        return guest, await guest.tap(f"tourism:roomier:{DOUBLE}:8")
    return guest, await guest.tap("tourism:guests:8")


AYODHYA = ("tourism:district:purulia", "tourism:property:ayodhya-hills", "tourism:room:ayodhya-double")


async def walk(phone: Phone, lang: str | None, *taps: str) -> list[Message]:
    """The first steps of a booking through the webhook (``Guest.quote`` taps them on the bus): started in ``lang``
    (None: already chatting), the tourism menu, Book, then ``taps`` in turn (district, guest house, room, ...), each
    reply waited for. A tap ending in ":" (``"tourism:date:"``) is the first such row the last reply offered.
    The last reply."""
    if lang is not None:
        await phone.start(lang)
    await phone.tap("tourism:menu", until=has("interactive"))
    reply = await phone.tap("tourism:book", until=has("interactive"))
    for tap in taps:
        if tap.endswith(":"):
            tap = next(c for c in choices(reply) if c.startswith(tap))
        reply = await phone.tap(tap, until=has("interactive"))
    return reply


async def named(phone: Phone, name: str = "Sumit Paul") -> list[Message]:
    """The booking name typed where it is asked; the quote, once its confirm button arrived."""
    return await phone.say(name, until=lambda m: any(c.startswith("tourism:confirm:") for c in choices(m)))
