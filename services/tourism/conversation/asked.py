"""What a sentence asks for where no stay is being chosen (the tourism menu, the bookings list, a booking on
screen): to book ("আবার বুক করব", "ঘর বুক করতে চাই", "abar book korbo"), to see one's bookings ("আমার বুকিং
দেখতে চাই"), to complain ("অভিযোগ", "obhijog"), for the voucher ("ভাউচার") or when a refund comes ("taka kobe
ferot pabo", ``refunds``), as the main menu reads such words; a button's own words typed ("অভিযোগ জানান") do what
the button does. Asked against ("বুক করব না", "অভিযোগ নেই"), nothing is started.
"""
from __future__ import annotations

import re

from services.tourism.conversation import choose, complaint, mine, refunds
from services.tourism.conversation.turn import Turn
from shared.india import BANGLISH_NOT, plain

OUTSIDE = ("home", "bookings", "booking")  # the steps where these sentences are read
_VERB = r"(?:\s*(?:করব|করবো|করতে|করার|করবেন|করো|জানাব|জানাবো|জানাতে|চাই|দরকার))*\s*(?:না|নেই|নাই|নয়)(?!\S)"
AGAINST = re.compile(rf"(?:বুক|অভিযোগ|নালিশ)\S*{_VERB}|\b(?:book|complain|obhijog|abhijog|ovijog)\S*{BANGLISH_NOT}"
                     r"|\b(?:no|not|don'?t|do\s+not)\s+(?:(?:want|need|to|a|any)\s+)*(?:book|complain)")
ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("refund", refunds.ASKS),  # "when will I get the refund for my booking": the refund, not the bookings
    ("complain", re.compile(r"অভিযোগ|নালিশ|\bcomplain|\b(?:obhijog|abhijog|ovijog|avijog)\b")),
    ("voucher", re.compile(r"ভাউচার|\bvouchers?\b")),
    ("book", re.compile(r"(?:ঘর|রুম)\s*বুক|বুক(?:িং)?\s*(?:কর|চাই)|\bbook(?:ing)?\s+(?:kor|chai|a\b|again\b|rooms?\b)"
                        r"|\b(?:gh[oa]r|rooms?)\s+book|\b(?:want|like|need)\s+to\s+book\b")),
    ("mine", re.compile(r"আমার\s*বুকিং|বুকিং\S*\s*দেখ|\b(?:amar|my)\s+bookings?\b|\bbookings?\s+dekh")),
)


def asks(text: str) -> str | None:
    """``refund``, ``complain``, ``voucher``, ``book`` or ``mine``, the first the words ask for; None when they ask
    for none of these, or ask against it."""
    said = plain(text)
    if AGAINST.search(said):
        return None
    return next((asked for asked, words in ASKS if words.search(said)), None)


async def answer(turn: Turn, asked: str) -> None:
    """A complaint or the voucher asked at a booking on screen is about that booking; elsewhere the person's
    bookings are listed, to choose the one it is about (the voucher of one's only booking to come is just sent)."""
    number = str(turn.draft.get("number") or "") if turn.chat.step == "booking" else ""
    if asked == "book":
        return await choose.start(turn)
    if asked == "refund":
        return await refunds.answer(turn)
    if asked == "complain" and number:
        return await complaint.ask(turn, number)
    if asked == "voucher":
        return await (mine.voucher(turn, number) if number else mine.to_voucher(turn))
    await mine.listing(turn, hint=None if asked == "mine" else turn.t(f"{asked}_which"))
