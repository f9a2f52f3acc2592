"""Words telling a problem of their own (what the main menu sends here as a complaint's words: ``problems.SAID``)
where a complaint being put together asks for a choice or a place name ("rastay jol jome ache" at the district,
sent from the main menu the complaint was left for): no answer to that question. With something given already, the
person is asked whether this is a new complaint (``grievance:afresh:<draft id>``: begun with the words, the draft
dropped and said so) or to carry on with the one begun (``grievance:resume``); with nothing given, the words begin
it. Never where the person's own words are asked (the description, the summary, which add to it)."""
from __future__ import annotations

import re
import unicodedata

from services.grievance.conversation import left, lodge
from services.grievance.conversation.cloud import fit
from services.grievance.conversation.turn import Turn
from services.grievance.problems import SAID
from shared.india import plain

STEPS = ("category", "district", "block", "gp", "located", "change", "remove")
SHOWN = 80  # characters of the words, quoted in the question
_SAID = tuple(re.compile(unicodedata.normalize("NFKC", pattern), re.IGNORECASE) for pattern in SAID)


def tells_problem(text: str) -> bool:
    """As the main menu reads the words (``gateway.menu``: ``plain``, the phrases' patterns)."""
    said = plain(text)
    return any(pattern.search(said) for pattern in _SAID)


def asked(turn: Turn, text: str) -> bool:
    """False when the step takes no such question, or the words tell no problem."""
    draft = turn.draft
    if turn.chat.step not in STEPS or draft.get("purpose") != "lodge" or "id" not in draft:
        return False
    if not tells_problem(text):
        return False
    details = left.drafted(turn)
    if details is None:
        lodge.begun_with_words(turn, text)
        return True
    turn.go(turn.chat.step, fresh=text.strip())
    begun = f":\n*{details}*" if details else "."
    turn.buttons(turn.t("fresh_ask", said=fit(text.strip(), SHOWN), details=begun),
                 [(f"grievance:afresh:{draft['id']}", turn.t("btn_new")), ("grievance:resume", turn.t("btn_carry_on"))])
    return True


def start(turn: Turn, draft_id: str) -> bool:
    """*New complaint* tapped: False once that draft is no longer being put together (out of date)."""
    words = turn.draft.get("fresh")
    if left.drafted(turn) is None or turn.draft.get("id") != draft_id or not words:
        return False
    turn.go(turn.chat.step, fresh=None)
    lodge.begun_with_words(turn, str(words), hint=f"{turn.t('dropped')}\n{turn.t('started_words')}")
    return True
