"""A complaint begun with words (a photo's caption, a description typed where the subject is asked) takes its
subject from them when they name exactly one category, so the person is not asked what they already said. The
next question then carries a line saying which subject was taken; the place list has a "Change subject" row, the
place found a button, and "change subject" / "বিষয় বদলান" typed at any step of the draft (the summary too, whose
three buttons are taken) opens the category list. Choosing there replaces the guess."""
from __future__ import annotations

import re
import unicodedata

from services.grievance.conversation import wants
from services.grievance.conversation.cloud import ROWS_MAX, Row
from services.grievance.conversation.turn import Turn
from services.grievance.domain.subject import guess
from shared.india import typed_word
from shared.problems import unmended

_WORDS = re.compile(r"[\s/,&]+")  # between the words of a category's name
CHANGE = "grievance:cats"  # the category list, page one: choosing there keeps the rest of the draft


def taken(turn: Turn, text: str, hint: str | None) -> str | None:
    """With no subject yet, the one ``text`` names is the complaint's; ``hint`` is returned with a line saying so
    (unchanged when a subject was already chosen, or the words name none or several)."""
    draft = turn.draft
    if draft.get("purpose") != "lodge" or turn.categories.get(draft.get("category")) is not None:
        return hint
    key = guess(unmended(text), [c.key for c in turn.categories.chosen_by_people()])
    category = turn.categories.get(key)
    if category is None:
        return hint
    turn.go(turn.chat.step, category=category.key, guessed=True)
    said = turn.t("subject_taken", category=category.name(turn.lang))
    return f"{hint}\n{said}" if hint else said


def named_alone(turn: Turn, text: str) -> bool:
    """A complaint asked for or a problem named with its subject alone ("water problem", "জলের সমস্যা", "I want to
    complain about water"): a subject, but no description of it (``wants.named_alone``)."""
    return wants.named_alone(text) and guess(unmended(text), [c.key for c in turn.categories.chosen_by_people()]) is not None


def guessed(turn: Turn) -> bool:
    return turn.draft.get("purpose") == "lodge" and bool(turn.draft.get("guessed"))


def with_change_row(turn: Turn, rows: list[Row]) -> list[Row]:
    """The place list's rows, with "Change subject" last while the subject is a guess (and a row is free)."""
    if not guessed(turn) or len(rows) >= ROWS_MAX:
        return rows
    return [*rows, Row(CHANGE, turn.t("row_change_subject"))]


def with_change_button(turn: Turn, choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Buttons under a question, with "Change subject" while the subject is a guess (WhatsApp shows three)."""
    if not guessed(turn) or len(choices) >= 3:
        return choices
    return [*choices, (CHANGE, turn.t("row_change_subject"))]


def summary_line(turn: Turn) -> str:
    """Under the summary, whose buttons are Submit, Change place and Discard: how to change a guessed subject."""
    return f"\n\n{turn.t('subject_change_typed')}" if guessed(turn) else ""


def named(turn: Turn, text: str) -> str | None:
    """The one category one of whose names (either language) or of their words is what was typed, or
    starts with it (three letters or more): "water", "পথবাতি", "জল" (পানীয় জল)."""
    typed_ = typed_word(text)
    if not typed_:
        return None

    def fits(name: str) -> bool:
        name = unicodedata.normalize("NFC", name).casefold()
        return any(part == typed_ or (len(typed_) >= 3 and part.startswith(typed_))
                   for part in (name, *_WORDS.split(name)))

    hits = [c.key for c in turn.categories.chosen_by_people() if fits(c.en) or fits(c.bn)]
    return hits[0] if len(hits) == 1 else None
