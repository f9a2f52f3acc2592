"""Changing a booking's dates, its room or its guest's name asked for: the chat changes no booking, so the person
is told so and how to stay on other dates, in another room or in another name instead. Book them first (the same
room is one tap, another room of the same guest house is its list, so the new rooms are theirs before the old are
let go), then cancel the booking, its refund shown before they confirm as any cancelling does. The name is what is
meant when a name is named and no dates are ("booking er naam change korte chai", "wrong name in booking", "বুকিংয়ে
নাম ভুল"): the guest house checks it against the guest's photo ID, so a name misspelt is for its caretaker, whose
phone is given; the room when a room is named and no dates are ("change room", "ঘর বদলাব"); otherwise the dates. At
the quote, before anything is booked, the name is simply asked again (``renames``).

Asked in the chat ("change the dates", "বুকিংয়ের তারিখ বদলাতে চাই", "date change korte chai", "reschedule") at the
tourism menu or their bookings, or at the main menu (the phrase ``redate``): the one booking still to come is
answered at once, of several the person picks which. At "Cancel booking …?", a change of dates asked instead ("na thak,
date change korbo") or new dates typed ("25 dec theke 2 raat") keep the booking, said first (``instead``). New dates
typed with the words are said back and kept (``choose.AHEAD``): *Book new dates* takes them, as a stay typed ahead.
They belong to that offer alone (``OFFER``): once the chat leaves it other than by *Book new dates* (the booking
looked at again is still the offer), they are let go (``lapse``), so an old row tapped later asks the dates anew.
"""
from __future__ import annotations

import re
import unicodedata

from services.tourism.conversation import choose, cloud, mine, noted
from services.tourism.conversation.cloud import Row
from services.tourism.conversation.turn import Turn
from services.tourism.domain import read_request
from shared.india import plain

# a guest's name named, and said wrong ("naam bhul", "wrong name", "নাম ভুল", Hindi's "naam galat")
NAME = (r"\b(?:names?|naam|nam|spelling)\b|(?<![\u0980-\u09ff])নাম(?:ে|টা|টি|ের)?(?![\u0980-\u09ff])"
        r"|(?<![\u0900-\u097f])नाम(?![\u0900-\u097f])")
_WRONG = r"\b(?:wrong|mistake|misspelt|bhul|vul|galat)\b|ভুল|गलत"
# a change asked for, or a name said wrong, as a lookahead on ``plain`` text as the main menu's phrases are (there
# with a booking named)
CHANGE = (r"(?:(?=.*(?:\b(?:chang\w*|shift\w*|move|modify|amend|extend|reschedul\w*|postpone\w*|prepone\w*"
           r"|bod[oa]?l\w*|palt\w*|poriborton|badal\w*)\b|বদল|পরিবর্তন|পাল্ট|बदल))"
           rf"|(?=.*(?:{_WRONG}))(?=.*(?:{NAME})))")
_ASKED = re.compile(unicodedata.normalize(
    "NFKC", rf"^{CHANGE}(?=.*(?:\b(?:dates?|tarikh|tarik|bookings?|reservations?|rooms?|gh[oa]r)\b"
            rf"|তারিখ|বুকিং|ঘর|রুম|बुकिंग|{NAME}))"))
_RENAMES = re.compile(unicodedata.normalize("NFKC", rf"^{CHANGE}(?=.*(?:{NAME}))"))
_NAMED = re.compile(unicodedata.normalize("NFKC", NAME))
_ROOM = re.compile(unicodedata.normalize("NFKC", r"\b(?:rooms?|gh[oa]r)\b|ঘর|রুম"))
KEYS = {"dates": "redate", "room": "reroom", "name": "rename"}  # what is asked changed: its answers' texts
OFFER = "ahead_offer"  # "number:room type" of the Book new dates offer that the dates kept in choose.AHEAD are for
_DATES = re.compile(unicodedata.normalize("NFKC", r"\b(?:dates?|tarikh|tarik|days?|nights?)\b|তারিখ|দিন|রাত"))


def asks(text: str) -> bool:
    return _ASKED.search(plain(text)) is not None


def instead(turn: Turn, text: str) -> bool:
    """At the question whether to cancel: the dates asked to be changed, or new dates typed, rather than yes or no."""
    return asks(text) and changing(text) == "dates" or read_request(text, turn.today).day is not None


def renames(text: str) -> bool:
    """Whether the words ask the guest's name changed, or say it wrong ("naam bhul hoyeche, change korbo")."""
    return _RENAMES.search(plain(text)) is not None


def changing(text: str) -> str:
    """``name`` when the words name a name and no dates ("booking er naam change korte chai"), ``room`` when they
    name a room and no dates ("change room", "ঘর বদলাব"), else ``dates``."""
    said = plain(text)
    if _DATES.search(said):
        return "dates"
    return "name" if _NAMED.search(said) else "room" if _ROOM.search(said) else "dates"


async def ask(turn: Turn, number: str | None = None, what: str | None = None, *, kept: bool = False) -> None:
    """How to change the dates (or the room or the name, ``what``: else as the words say) of booking ``number`` (the
    one on screen, else the one still to come, else the person picks which); with none still to come, their bookings
    with why. ``kept``: asked instead of cancelling it, the booking is said first to be kept."""
    what = what if what in KEYS else changing(turn.inbound.text or "")
    key = KEYS[what]
    if number is None and turn.chat.step == "booking":
        number = str(turn.draft.get("number", "")) or None
    if number is not None:
        return await _told(turn, number, key, kept=kept)
    _, open_ = await mine.standing(turn, lambda b: b.status == "confirmed" and b.check_in >= turn.today)
    if len(open_) == 1:
        return await _told(turn, open_[0].number, key)
    if not open_:
        return await mine.listing(turn, hint=turn.t(f"{key}_none"))
    turn.go("bookings")
    pick = f":{what}" if what != "dates" else ""  # the dates, as the rows always said
    rows = [Row(f"tourism:redate:{b.number}{pick}", b.number, await mine.line(turn, b)) for b in open_]
    turn.say(cloud.rows_list(turn.with_nav(turn.t(f"{key}_which")), turn.t("choose"), turn.t("btn_mine"), rows))


async def _told(turn: Turn, number: str, key: str, *, kept: bool = False) -> None:
    booking = await mine.own(turn, number)
    if booking is None:
        return
    if booking.status != "confirmed" or booking.check_in < turn.today:
        return await mine.view(turn, number, hint=turn.t(f"{key}_none"))
    typed = turn.inbound.text if not turn.inbound.reply_id and key == "redate" else None
    said = read_request(typed or "", turn.today)
    ahead = noted.ahead(said) if said.day is not None else None  # the new dates typed: taken by Book new dates
    offer = f"{number}:{booking.room_type_id}" if ahead else None  # the offer those dates are for (``lapse``)
    turn.go("booking", number=number, **{choose.AHEAD: ahead, OFFER: offer})
    again = "btn_book_again" if key == "rename" else "btn_new_dates"  # the same room, for a name or new dates
    book = ((f"tourism:property:{booking.property_id}", turn.t("btn_other_room")) if key == "reroom"
            else (f"tourism:room:{booking.room_type_id}", turn.t(again)))
    body = turn.t(f"{key}_how", number=number, **(await mine.caretaker(turn, booking) if key == "rename" else {}))
    if ahead:
        body = f"{turn.t('request_read', said=', '.join(noted.parts(turn, ahead)))}\n{body}"
    if kept:
        body = f"{turn.t('redate_kept', number=number)}\n\n{body}"
    turn.say(cloud.buttons(turn.with_nav(body),
                           [book, (f"tourism:cancel:{number}", turn.t("btn_cancel")),
                            (f"tourism:view:{number}", turn.t("btn_view"))]))


def lapse(turn: Turn) -> None:
    """After each message: dates kept for a *Book new dates* offer are let go once the chat has left it, unless it
    left by that button (the offer's room type chosen, its dates to be read now)."""
    offer = turn.draft.get(OFFER)
    if not offer:
        return
    number, room = offer.split(":", 1)
    step = turn.chat.step
    if step == "booking" and turn.draft.get("number") == number:
        return  # still at the offer, or at that booking looked at again
    taken = step == "date" and turn.draft.get("room") == room
    turn.go(step, **{OFFER: None, **({} if taken else {choose.AHEAD: None})})
