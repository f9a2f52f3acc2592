"""A booking's confirming asked for in words ("booking confirm korte chai", "বুকিং কনফার্ম করতে চাই"): a booking here
is confirmed by *Confirm* on its quote, so what the words mean is read from where the person is. A quote on hold is
shown again with its Confirm; a stay being chosen, its question asked again, saying how a booking is confirmed;
else their bookings, each with whether it is confirmed, or, with none, a booking begun with the same words said."""
from __future__ import annotations

import re
import unicodedata

from services.tourism.conversation import choose, left, mine, steps
from services.tourism.conversation.turn import Turn
from shared.india import plain

# asked for in a few words, never against nor with a cancel ("booking confirm korte chai", "বুকিং কনফার্ম করতে চাই",
# "ghor ta confirm korbo", "বুকিং নিশ্চিত করুন")
CONFIRM_WANTED = (r"^(?!.*(?:\bna\b|\bnot?\b|না(?!\S)|\bcancel|বাতিল))(?=.*(?:\bbookings?\b|\brooms?\b|\bgh[oa]r\b"
                  r"|বুকিং|ঘর|রুম))(?=.*(?:\bconfirm\s+kor\w*|কনফার্ম\s*কর\S*|নিশ্চিত\s*কর\S*|\bni?sh?c?hit\s+kor\w*))"
                  r"(?:\S+(?:\s+|$)){1,8}$")
_WANTED = re.compile(unicodedata.normalize("NFKC", CONFIRM_WANTED))


def asked(text: str) -> bool:
    """Whether the words ask for a booking to be confirmed (``CONFIRM_WANTED``), as the main menu reads them."""
    return _WANTED.search(plain(text)) is not None


async def tapped(turn: Turn, args: list[str]) -> None:
    """The words at the main menu or in this chat: the quote, the step's question, one's bookings or a booking
    begun, as the module says."""
    if turn.chat.step == "quote" and (turn.draft.get("hold") or {}).get("id"):
        return await steps.ask(turn, hint=turn.t("confirm_on_quote"))
    if turn.chat.step in left.BOOKING and left.kept(turn):  # a stay being chosen: its question again
        return await steps.ask(turn, hint=turn.t("confirm_how"))
    if await turn.repos.bookings.for_guest(turn.inbound.wa_id, limit=1):
        return await mine.listing(turn, hint=turn.t("confirm_listed"))
    await choose.start(turn, hint=turn.t("confirm_how"))
