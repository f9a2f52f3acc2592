"""A description over the limit (``DESCRIPTION_MAX``) is not thrown away: its first part up to the limit is kept,
cut at the end of a sentence, or else of a word, shown with how long the whole was, and the person asked whether
to use it as the description (*Use this*) or send a shorter one (*Send a shorter one*)."""
from __future__ import annotations

import re

from services.grievance.conversation.turn import Turn
from services.grievance.domain import DESCRIPTION_MAX

KEPT = "trimmed"  # the first part offered, in the draft until used or another description is given
_SENTENCE_END = re.compile(r"[.!?।]+[\"'”’)\]]*(?=\s)")


def cut(text: str, most: int = DESCRIPTION_MAX) -> str:
    """``text`` up to ``most`` characters: to its last sentence's end when that keeps at least half, else to its last
    whole word."""
    text = text.strip()
    if len(text) <= most:
        return text
    head = text[:most + 1]  # the character after tells whether the limit falls at a word's end
    ends = [found.end() for found in _SENTENCE_END.finditer(head) if found.end() <= most]
    if ends and ends[-1] >= most // 2:
        return head[:ends[-1]].strip()
    spaces = [found.start() for found in re.finditer(r"\s", head)]
    return head[:spaces[-1]].strip() if spaces and spaces[-1] > 0 else text[:most]


def offer(turn: Turn, text: str, hint: str | None = None) -> None:
    kept = cut(text)
    turn.go(turn.chat.step, **{KEPT: kept})
    turn.buttons(turn.t("description_trimmed", length=len(text.strip()), most=DESCRIPTION_MAX, kept=kept),
                 [("grievance:trim:use", turn.t("btn_use_trimmed")),
                  ("grievance:trim:shorter", turn.t("btn_send_shorter"))], hint)


async def tapped(turn: Turn, args: list[str]) -> bool:
    """*Use this*: the part kept is the description; *Send a shorter one*: the description asked again. False once
    nothing is offered (out of date)."""
    from services.grievance.conversation import lodge  # lodge offers it

    kept = turn.draft.get(KEPT)
    if not isinstance(kept, str) or not kept or args not in (["use"], ["shorter"]):
        return False
    turn.go(turn.chat.step, **{KEPT: None})
    if args == ["use"]:
        lodge.described(turn, kept)
    else:
        lodge.ask_description(turn, hint=turn.t("send_shorter", most=DESCRIPTION_MAX))
    return True
