"""The stay asked about: the check-in or check-out time ("check in kokhon?", "চেক-ইন কখন?", "what time is check
in") or what it includes ("khabar deya hoy?", "ki ki thakbe?", "is food included"), answered from the guest house
being booked, or the booking on screen, or one's only booking to come: its times, what it has, and its caretaker's
phone for the rest; then the step's question again. A date typed with "check in" ("check in 25 dec") is no question.
"""
from __future__ import annotations

import re

from services.tourism.conversation import mine, prompts, steps
from services.tourism.conversation.turn import Turn
from services.tourism.domain.catalog import Property
from shared.india import plain

_CHECK = r"(?:\bcheck\s*-?\s*(?:in|out)|\bcheckout|\bcheckin|চেক\s*-?\s*(?:ইন|আউট))"
_WHEN = (r"(?:\btime|\btiming|\bwhen\b|\bkokhon\b|\bkhokhon\b|\bkotay?\b|\bkoto\b|\bkoy\s*tay?\b|সময়|সময়|কখন|কটা"
         r"|কয়টা|কয়টা|কত)")
_FOOD = (r"\b(?:khabar|khawa|khaoa|food|meals?|breakfast|lunch|dinner)\b|\bincluded\b|\bfacilit|\bamenit"
         r"|\bki\s+ki\s+(?:thakbe|ache|pabo|paoa\s+jabe)|খাবার|খাওয়া|খাওয়া|সুবিধা|কী\s*কী|কি\s*কি")
ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("times", re.compile(rf"^(?=.*{_CHECK})(?=.*{_WHEN})")),
    ("included", re.compile(_FOOD)),
)
STEPS = ("home", "bookings", "booking", "room", "date", "nights", "guests", "rooms", "quote")


def asks(text: str) -> str | None:
    """``times`` or ``included``: what the words ask about the stay; None when they ask neither."""
    said = plain(text)
    return next((asked for asked, words in ASKS if words.search(said)), None)


async def answered(turn: Turn, text: str) -> bool:
    """Whether the words asked about the stay and were answered, the step's question after the answer."""
    if turn.chat.step not in STEPS or asks(text) is None or (prop := await _property(turn)) is None:
        return False
    answer = turn.t("stay_asked", about=prompts.about(turn, prop), contact=prop.contact)
    await steps.ask(turn, hint=f"*{prop.name(turn.lang)}*\n{answer}")
    return True


async def _property(turn: Turn) -> Property | None:
    """The guest house being booked, or of the booking on screen, or of one's only booking to come."""
    if turn.draft.get("property"):
        return await turn.repos.catalog.property(str(turn.draft["property"]))
    number = str(turn.draft.get("number") or "") if turn.chat.step == "booking" else ""
    if not number:
        _, coming = await mine.standing(
            turn, lambda b: b.status in ("confirmed", "checked_in") and b.check_out >= turn.today)
        number = coming[0].number if len(coming) == 1 else ""
    booking = await turn.repos.bookings.of_guest(turn.inbound.wa_id, number) if number else None
    return await turn.repos.catalog.property(booking.property_id) if booking else None
