"""Words at a resolved complaint saying it is put right ("ঠিক আছে, কাজ হয়েছে", "kaj hoye geche", "it is fixed
now"): the person accepting it, so the rating is asked, as *Accept & rate* does. Words with a "not" in them ("কাজ
হয়নি", "kaj hoyni", "never fixed", "still no water") are no such words: they are kept to reopen with or send."""
from __future__ import annotations

import re
import unicodedata

from services.grievance.conversation import after
from services.grievance.conversation.turn import Turn


def _nfc(pattern: str) -> re.Pattern[str]:
    return re.compile(unicodedata.normalize("NFC", pattern), re.IGNORECASE)


_PUT_RIGHT = _nfc(
    r"(?:কাজ|সমস্যা|ঠিক|সমাধান|মেরামত|সারানো|জল|আলো)\s*(?:হয়ে\s*গে(?:ছে|ল)|হয়েছে|মিটে\s*গে(?:ছে|ল)|মিটেছে)"
    r"|\b(?:kaj|kaaj|thik|theek|somossa|somosya|samasya|problem|somadhan|solve)\s+"
    r"(?:hoye\s*(?:geche|gechhe|gache|gelo)|hoyeche|hoyechhe|hoise|mite\s*(?:geche|gechhe|gelo))\b"
    r"|\b(?:fixed|solved|repaired|sorted(?:\s+out)?|put\s+right)\b|\b(?:work|job)\s+(?:is\s+|was\s+|has\s+been\s+)?done\b"
    r"|\bworking\s+(?:now|again)\b")
_NOT = _nfc(r"\b(?:not|never|no|still|yet|nahi|na|ni|nai|hoyni|hoini|ekhono)\b|n't|হয়নি|হয়\s*নি|\bনা\b|নেই|এখনও|এখনো"
            r"|(?:^|\s)না(?:\s|[,.।!?]|$)")


def said(text: str) -> bool:
    text = unicodedata.normalize("NFC", text)
    return bool(_PUT_RIGHT.search(text)) and not _NOT.search(text)


async def accepted(turn: Turn, number: str, text: str) -> bool:
    """The rating asked, when ``text`` says complaint ``number``, resolved and not yet rated, is put right."""
    if not said(text):
        return False
    ticket = await turn.repos.tickets.of_person(turn.inbound.wa_id, number)
    if ticket is None or ticket.status != "resolved" or ticket.rating is not None:
        return False
    await after.ask_rating(turn, ticket.number, hint=turn.t("put_right_said"))
    return True
