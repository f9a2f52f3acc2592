""""When will I get my refund?" ("taka kobe ferot pabo", "রিফান্ড কবে পাব"), asked where no stay is being chosen:
the refund the guest was promised on cancelling, and how it comes. The service keeps what is refunded (the amount
and its share, by the rules or in full when the office cancelled) but pays nothing itself and sets no date for it,
so no date is promised here: the guest house returns the money and will contact the guest, whose caretaker's
number is given to call, as the booking's summary gives it. The booking on screen is the one asked about, else the
guest's latest cancelled with a refund; with none, their bookings are listed with why.
"""
from __future__ import annotations

import re

from services.tourism.conversation import cloud, mine
from services.tourism.conversation.turn import Turn
from services.tourism.domain import Booking

# "refund" or "রিফান্ড" in any sentence; ফেরত (also "back") only with money, when or getting beside it
ASKS = re.compile(r"\brefund|রিফান্ড"
                  r"|(?=.*(?:ফেরত|\bfer[oa]t\b))(?=.*(?:টাকা|কবে|কত|পাব|পাই|পেতে|\b(?:taka|kobe|koto|pabo|pab|pai)\b))")


async def answer(turn: Turn) -> None:
    booking = await _asked_about(turn)
    if booking is None:
        return await mine.listing(turn, hint=turn.t("refund_none"))
    prop = await turn.repos.catalog.property(booking.property_id)
    body = turn.t("refund_how", number=booking.number, refund_paise=booking.refund or 0,
                  percent=booking.refund_percent or 0, contact=prop.contact if prop else "")
    turn.say(cloud.buttons(turn.with_nav(body), [(f"tourism:view:{booking.number}", turn.t("btn_view")),
                                                 ("tourism:mine", turn.t("btn_mine"))]))


async def _asked_about(turn: Turn) -> Booking | None:
    if turn.chat.step == "booking":
        shown = await turn.repos.bookings.of_guest(turn.inbound.wa_id, str(turn.draft.get("number", "")))
        if shown is not None and _refunded(shown):
            return shown
    found = [b for b in await turn.repos.bookings.for_guest(turn.inbound.wa_id, limit=mine.SHOWN) if _refunded(b)]
    return max(found, key=lambda b: b.cancelled_at or b.booked_at, default=None)


def _refunded(booking: Booking) -> bool:
    return booking.status == "cancelled" and bool(booking.refund)
