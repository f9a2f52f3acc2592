"""A complaint about a stay, handed to the grievance service: the guest writes it, sees it back, and sends
it, changes it or drops it — nothing leaves the chat before Send.

While the text is awaited the service's own words still work ("back", "book", "my bookings", "cancel", a
booking number on its own), so a guest who meant a command does not file a complaint by it. The text is
held to the grievance description's limit (``events.COMPLAINT_TEXT_MAX``): a longer one is refused with
its length, never cut. A cancelled booking had no stay, so it has nothing to complain about.

A stay's problem told in words before its booking is chosen ("the guest house was dirty", at the main menu or here)
is the complaint's text: for the one booking stayed at, shown to send at once; of several, kept while the person
picks the booking (``TOLD_KEPT``), so Complain on it shows those words rather than asking them again.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from services.tourism import events
from services.tourism.conversation import cloud, prompts
from services.tourism.conversation.mine import SHOWN as BOOKINGS_SHOWN
from services.tourism.conversation.mine import listing, own, view
from services.tourism.conversation.turn import Turn
from services.tourism.domain import Booking, Refused, local_digits
from services.tourism.room_wanted import STAY_PROBLEM, STAY_WRONG
from shared.envelope import derive_id
from shared.india import grouped, plain

TEXT_MIN = 10
SHOWN = 700  # characters of the complaint repeated in the Send / Change / Cancel message
TOLD = "complaint_told"  # a stay's problem told before its booking was chosen: {"words", "at"}
TOLD_KEPT = timedelta(minutes=30)  # as long as the main menu keeps words no service took
FIELDS = {"complaint": None, "complaint_id": None, TOLD: None}

# at a booking on screen, what went wrong alone is the stay's: "the room was dirty", "AC was not working", "জল ছিল না"
_AT_BOOKING = (rf"{STAY_WRONG}|\bno\s+(?:hot\s+|running\s+)?(?:water|electricity|power|light)\b|\bnot\s+working\b"
               r"|\bbroken\b|\bjol\s+(?:nei|chilo\s+na|ashe\s+ni)\b|জল\s*(?:নেই|ছিল\s*না|আসেনি)|কাজ\s*কর(?:ে|ছিল)\s*না"
               r"|\bkaj\s+kor(?:e|chilo)\s+na\b|ভাঙা|\bbhanga\b")
_PROBLEM, _WRONG = re.compile(STAY_PROBLEM), re.compile(rf"^(?=.*(?:{_AT_BOOKING}))")


def problem_told(text: str | None, *, at_booking: bool = False) -> str | None:
    """``text`` when it tells a stay's problem (the guest house and what was wrong, as the main menu reads it; at a
    booking on screen, what was wrong alone: "the room was dirty"), to be the complaint's words; else None (a
    button's title, "I want to complain")."""
    if not text:
        return None
    return text if (_WRONG if at_booking else _PROBLEM).search(plain(text)) else None


async def about_stay(turn: Turn, words: str | None) -> None:
    """A stay's problem told, no booking named: with one booking stayed at (its check-in day come, not cancelled),
    ``words`` are the complaint about it, shown to send, change or drop; otherwise one's bookings are listed to choose
    the one, the words kept for its Complain; with no booking on this number, where a complaint is made."""
    found = await turn.repos.bookings.for_guest(turn.inbound.wa_id, limit=BOOKINGS_SHOWN)
    if not found:
        turn.go("home")
        return prompts.home(turn, hint=turn.t("complain_none"))
    stayed = [b for b in found if b.status != "cancelled" and b.check_in <= turn.today]
    if words and len(stayed) == 1:
        return await ask(turn, stayed[0].number, told=words)
    await listing(turn, hint=turn.t("complain_which_told" if words else "complain_which"))
    if words:
        turn.go(turn.chat.step, **{TOLD: {"words": words, "at": turn.now.isoformat()}})


async def ask(turn: Turn, number: str, *, hint: str | None = None, told: str | None = None) -> None:
    """The complaint about booking ``number`` asked for; with words already told (``told``, or kept by
    ``about_stay``), those words shown to send instead."""
    if await _stayed(turn, number) is None:
        return
    told = told or _kept(turn)
    turn.go("complaint", number=number, **FIELDS)
    if told and hint is None:
        return await written(turn, told)
    body = turn.t("complaint_ask", number=number, most=_count(turn, events.COMPLAINT_TEXT_MAX))
    turn.say(cloud.text(turn.with_nav(body if hint is None else f"{hint}\n\n{body}")))


async def written(turn: Turn, text: str) -> None:
    number, cleaned = str(turn.draft.get("number", "")), text.strip()
    if len(cleaned) > events.COMPLAINT_TEXT_MAX:
        hint = turn.t("complaint_long", length=_count(turn, len(cleaned)), most=_count(turn, events.COMPLAINT_TEXT_MAX))
        return await ask(turn, number, hint=hint)
    if len(cleaned) < TEXT_MIN or sum(ch.isalpha() for ch in cleaned) < 3:
        return await ask(turn, number, hint=turn.t("complaint_short"))
    turn.go("complaint_check", complaint=cleaned, complaint_id=derive_id(turn.ctx.envelope.id, "complaint"))
    show(turn)


def _kept(turn: Turn) -> str | None:
    """The words ``about_stay`` kept, while the person is still at their bookings and not for longer than
    ``TOLD_KEPT``."""
    kept = turn.draft.get(TOLD)
    if turn.chat.step not in ("bookings", "booking") or not isinstance(kept, dict):
        return None
    if turn.now - datetime.fromisoformat(str(kept.get("at"))) > TOLD_KEPT:
        return None
    return str(kept.get("words") or "") or None


def show(turn: Turn, *, hint: str | None = None) -> None:
    number, id = turn.draft["number"], turn.draft["complaint_id"]
    body = turn.t("complaint_check", number=number, text=cloud.fit_block(str(turn.draft["complaint"]), SHOWN))
    turn.say(cloud.buttons(turn.with_nav(body if hint is None else f"{hint}\n\n{body}"), [
        (f"tourism:complaintsend:{id}", turn.t("btn_send")), (f"tourism:complaintedit:{id}", turn.t("btn_rewrite")),
        (f"tourism:complaintdrop:{id}", turn.t("btn_dont_send"))]))


def current(turn: Turn, id: str) -> bool:
    """Whether ``id`` names the complaint on screen (a tap on an older one is out of date)."""
    return turn.chat.step == "complaint_check" and turn.draft.get("complaint_id") == id


async def send(turn: Turn) -> None:
    number, text = str(turn.draft.get("number", "")), str(turn.draft.get("complaint", ""))
    booking = await _stayed(turn, number)
    if booking is None:
        return
    prop = await turn.repos.catalog.property(booking.property_id)
    turn.ctx.publish(events.COMPLAINT, events.complaint(booking, prop, text, turn.lang))
    turn.go("home", number=None, **FIELDS)
    turn.say(cloud.buttons(turn.with_nav(turn.t("complaint_sent", number=number)),
                           [("tourism:mine", turn.t("btn_mine")), ("tourism:home", turn.t("btn_home"))]))


async def rewrite(turn: Turn) -> None:
    await ask(turn, str(turn.draft.get("number", "")))


async def drop(turn: Turn) -> None:
    number = str(turn.draft.get("number", ""))
    turn.go("booking", **FIELDS)
    await view(turn, number, hint=turn.t("complaint_dropped"))


async def _stayed(turn: Turn, number: str) -> Booking | None:
    """The guest's booking if it had a stay to complain about; else None, after saying why."""
    booking = await own(turn, number)
    if booking is None:
        return None
    try:
        booking.complainable()
    except Refused as refused:
        await view(turn, number, hint=turn.t(refused.key, **refused.values))
        return None
    return booking


def _count(turn: Turn, n: int) -> str:
    """``2,000`` in the person's script (the grievance chat writes its limits so), grouped as money is."""
    return local_digits(grouped(str(n)), turn.lang)
