"""Changing a booking's dates, asked for: the chat changes no booking, so the person is told so and how to stay on
other dates instead. Book them first (the same room is one tap, so the new rooms are theirs before the old are
let go), then cancel the booking, its refund shown before they confirm as any cancelling does.

Asked in the chat ("change the dates", "বুকিংয়ের তারিখ বদলাতে চাই", "date change korte chai", "reschedule") at the
tourism menu or their bookings, or at the main menu (the phrase ``redate``): the one booking still to come is
answered at once, of several the person picks which.
"""
from __future__ import annotations

import re
import unicodedata

from services.tourism.conversation import cloud, mine
from services.tourism.conversation.cloud import Row
from services.tourism.conversation.turn import Turn
from shared.india import plain

# a change asked for, as a lookahead on ``plain`` text as the main menu's phrases are (there with a booking named)
CHANGE = (r"(?=.*(?:\b(?:chang\w*|shift\w*|move|modify|amend|extend|reschedul\w*|postpone\w*|prepone\w*|bod[oa]?l\w*"
           r"|palt\w*|poriborton)\b|বদল|পরিবর্তন|পাল্ট))")
_ASKED = re.compile(unicodedata.normalize(
    "NFKC", rf"^{CHANGE}(?=.*(?:\b(?:dates?|tarikh|tarik|bookings?|reservations?)\b|তারিখ|বুকিং))"))


def asks(text: str) -> bool:
    return _ASKED.search(plain(text)) is not None


async def ask(turn: Turn, number: str | None = None) -> None:
    """How to change the dates of booking ``number`` (the one on screen, else the one still to come, else the
    person picks which); with none still to come, their bookings with why."""
    if number is None and turn.chat.step == "booking":
        number = str(turn.draft.get("number", "")) or None
    if number is not None:
        return await _told(turn, number)
    found = await turn.repos.bookings.for_guest(turn.inbound.wa_id, limit=mine.SHOWN)
    open_ = [b for b in found if b.status == "confirmed" and b.check_in >= turn.today]
    if len(open_) == 1:
        return await _told(turn, open_[0].number)
    if not open_:
        return await mine.listing(turn, hint=turn.t("redate_none"))
    turn.go("bookings")
    rows = [Row(f"tourism:redate:{b.number}", b.number, await mine.line(turn, b)) for b in open_]
    turn.say(cloud.rows_list(turn.with_nav(turn.t("redate_which")), turn.t("choose"), turn.t("btn_mine"), rows))


async def _told(turn: Turn, number: str) -> None:
    booking = await mine.own(turn, number)
    if booking is None:
        return
    if booking.status != "confirmed" or booking.check_in < turn.today:
        return await mine.view(turn, number, hint=turn.t("redate_none"))
    turn.go("booking", number=number)
    body = turn.t("redate_how", number=number)
    turn.say(cloud.buttons(turn.with_nav(body), [(f"tourism:room:{booking.room_type_id}", turn.t("btn_new_dates")),
                                                 (f"tourism:cancel:{number}", turn.t("btn_cancel")),
                                                 (f"tourism:view:{number}", turn.t("btn_view"))]))
