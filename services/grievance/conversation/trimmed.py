"""A description over the limit (``DESCRIPTION_MAX``) is not thrown away: its first part up to the limit is kept,
cut at the end of a sentence, or else of a word, shown with how long the whole was, and the person asked whether
to use it as the description (*Use this*) or send a shorter one (*Send a shorter one*). Words typed at the summary
are added to the description: when they would push it over the limit, the part of them that fits is offered alike
(``added``), and *Send a shorter one* shows the summary again, the description as it was."""
from __future__ import annotations

import re

from services.grievance.conversation.summary import SUMMARY, confirm
from services.grievance.conversation.turn import Turn
from services.grievance.domain import DESCRIPTION_MAX

KEPT = "trimmed"  # the whole description offered, in the draft until used or another description is given
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


def offer(turn: Turn, text: str, hint: str | None = None, *, spot: str = "") -> None:
    """``text``'s first part offered as the description; with ``spot`` (where the spot is, held before it and put
    under it), cut so that the spot fits too, and shown under it."""
    kept = cut(text, DESCRIPTION_MAX - len(spot) - 1 if spot else DESCRIPTION_MAX)
    turn.go(turn.chat.step, **{KEPT: kept})
    shown = f"{kept}\n{spot}" if spot else kept
    turn.buttons(turn.t("description_trimmed", length=len(text.strip()), most=DESCRIPTION_MAX, kept=shown),
                 [("grievance:trim:use", turn.t("btn_use_trimmed")),
                  ("grievance:trim:shorter", turn.t("btn_send_shorter"))], hint)


def added(turn: Turn, so_far: str, text: str, hint: str | None = None) -> bool:
    """Words typed at the summary that would make the description ``so_far`` too long: the part of them that fits
    offered to add. False when not a word fits (the description is full)."""
    room = DESCRIPTION_MAX - len(so_far.strip()) - 1  # a line break between
    kept = cut(text, room) if room > 0 else ""
    if not kept or not text.strip()[len(kept):][:1].isspace():  # not a whole word fits
        return False
    turn.go(turn.chat.step, **{KEPT: f"{so_far.strip()}\n{kept}"})
    length = len(so_far.strip()) + 1 + len(text.strip())
    turn.buttons(turn.t("description_added_trimmed", length=length, most=DESCRIPTION_MAX, kept=kept),
                 [("grievance:trim:use", turn.t("btn_use_trimmed")),
                  ("grievance:trim:shorter", turn.t("btn_send_shorter"))], hint)
    return True


async def tapped(turn: Turn, args: list[str]) -> bool:
    """*Use this*: the part kept is the description; *Send a shorter one*: the description asked again. False once
    nothing is offered (out of date)."""
    from services.grievance.conversation import lodge  # lodge offers it

    kept = turn.draft.get(KEPT)
    if not isinstance(kept, str) or not kept or args not in (["use"], ["shorter"]):
        return False
    turn.go(turn.chat.step, **{KEPT: None})
    so_far = str(turn.draft.get("description") or "").strip()
    at_summary = turn.chat.step in SUMMARY and bool(so_far)  # the words offered were to be added to it
    if args == ["use"]:
        if at_summary:  # what is kept holds the description before, with the words added
            turn.go(turn.chat.step, description=None)
        lodge.described(turn, kept)
    elif at_summary:
        confirm(turn, hint=turn.t("send_shorter_added", room=max(DESCRIPTION_MAX - len(so_far) - 1, 0)))
    else:
        lodge.ask_description(turn, hint=turn.t("send_shorter", most=DESCRIPTION_MAX))
    return True
