"""A subject typed where the place of a complaint is asked ("street light not working", "রাস্তার আলো জ্বলছে না" at
the district, block or gram panchayat list, or at the place found from a location), once the words are no place
of the directory: the person is asked whether to change the complaint's subject to the one their words name
(*Change subject*) or carry on choosing the place (*Choose the place*, the same question again). Either way the
place chosen so far and everything else given stays; words naming the subject it already has ask the place again,
and when they tell the problem too ("the tube well near the school has been broken for weeks") they are kept as its
description (added to one given before), so it is not asked again once the place is chosen; so are they when the
complaint had no subject yet and the words give it.
"""
from __future__ import annotations

from services.grievance.conversation import steps
from services.grievance.conversation.describing import DESCRIBING_WORDS
from services.grievance.conversation.turn import Turn
from services.grievance.domain import Refused, checked_description
from services.grievance.domain.subject import guess
from shared.problems import unmended

PLACE_STEPS = ("district", "block", "gp", "located")
CHANGE = "grievance:subj:"


async def offered(turn: Turn, text: str) -> bool:
    """False when ``text`` names no subject, or several, or no complaint's place is being asked."""
    if not _asking_place(turn):
        return False
    named = turn.categories.get(guess(unmended(text), [c.key for c in turn.categories.chosen_by_people()]))
    if named is None:
        return False
    current = turn.categories.get(turn.draft.get("category"))
    if current is None:  # no subject yet: the words give it, and are kept when they tell the problem too
        turn.go(turn.chat.step, category=named.key, guessed=True)
        taken = "subject_taken_described" if _kept(turn, text) else "subject_taken"
        await steps.ask(turn, hint=turn.t(taken, category=named.name(turn.lang)))
    elif current.key == named.key:
        same = "subject_same_described" if _kept(turn, text) else "subject_same"
        await steps.ask(turn, hint=turn.t(same, category=current.name(turn.lang)))
    else:
        turn.buttons(turn.t("subject_at_place", said=named.name(turn.lang), current=current.name(turn.lang)),
                     [(f"{CHANGE}{named.key}", turn.t("row_change_subject")),
                      ("grievance:resume", turn.t("btn_choose_place"))])
    return True


async def changed(turn: Turn, key: str) -> bool:
    """*Change subject* tapped: the subject is ``key``, and the place question again; False once the place is no
    longer asked (out of date)."""
    if not _asking_place(turn) or key not in {c.key for c in turn.categories.chosen_by_people()}:
        return False
    category = turn.categories.get(key)
    if category is None:
        return False
    turn.go(turn.chat.step, category=key, guessed=None)
    await steps.ask(turn, hint=turn.t("subject_changed", category=category.name(turn.lang)))
    return True


def _kept(turn: Turn, text: str) -> bool:
    """Words that tell the problem (three words or more, enough for a description) kept as the description, or
    added to the one given before; False for a few words that only name the subject, or too many to keep."""
    if len(text.split()) < DESCRIBING_WORDS:
        return False
    so_far = str(turn.draft.get("description") or "")
    try:
        turn.go(turn.chat.step, description=checked_description(f"{so_far}\n{text.strip()}" if so_far else text))
    except Refused:
        return False
    return True


def _asking_place(turn: Turn) -> bool:
    draft = turn.draft
    return turn.chat.step in PLACE_STEPS and draft.get("purpose") == "lodge" and "id" in draft
