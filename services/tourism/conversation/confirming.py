"""Typed answers once the stay is chosen, and what no step reads: at the quote (yes, no, Change dates, a new group),
at "Cancel booking …?", at a complaint's check, at a booking shown; words no step understands get the step's
question again with "not understood", or, when they name another service's business, that service offered.
"""
from __future__ import annotations

import unicodedata

from services.tourism.conversation import (
    answers,
    changed,
    choose,
    complaint,
    mine,
    pressed,
    quoting,
    redate,
    regroup,
    steps,
)
from services.tourism.conversation.turn import Turn
from services.tourism.domain.guest import SENTENCE
from shared import elsewhere

# a stay being chosen or its quote on screen (``changed.STEPS``): where another service's business named is offered
# with *Stay here* asking the step's question again, what was chosen kept (at the guest's name, only words that are no
# name)
CHOOSING = changed.STEPS


async def unclear(turn: Turn, text: str, word: str | None) -> None:
    if not offered_elsewhere(turn, text):
        await steps.ask(turn, hint=turn.t("unclear"))


def offered_while_choosing(turn: Turn, text: str) -> bool:
    """``offered_elsewhere`` where a stay is being chosen (``CHOOSING``): "pay slip chai" where the district or the
    check-in is asked; at the guest's name only a sentence, never a name ("Bhaban Das")."""
    step = turn.chat.step
    if step not in CHOOSING or step == "name" and SENTENCE.search(unicodedata.normalize("NFC", text)) is None:
        return False
    return offered_elsewhere(turn, text)


def offered_elsewhere(turn: Turn, text: str) -> bool:
    """Words naming another service's business ("my pay slip", "trade licence chai") where nothing here is understood:
    that service is offered, with the button that opens it, rather than 'not understood' or a district of that name
    not found (``shared.elsewhere``); in a stay being chosen, *Stay here* is ``tourism:resume``."""
    if (offered := elsewhere.offer(text, "tourism", turn.lang, in_progress=turn.chat.step in CHOOSING)) is None:
        return False
    turn.say(offered)
    return True


async def _quote(turn: Turn, text: str, word: str | None) -> None:
    hold_id = str((turn.draft.get("hold") or {}).get("id", ""))
    if word == "yes" and await quoting.confirm(turn, hold_id):
        return
    if word in ("no", "cancel") or pressed.drops(text):
        await quoting.release_hold(turn)
        return await steps.ask(turn, step="home", hint=turn.t("quote_dropped"))
    if redate.renames(text):  # "naam bhul hoyeche, change korbo": nothing is booked yet, so the name is asked again
        await quoting.release_hold(turn)
        return await steps.ask(turn, step="name")
    if word == "change" or redate.asks(text):  # the Change dates button's words, or a sentence asking it
        await quoting.release_hold(turn)
        choose.keep_group(turn)
        return await steps.ask(turn, step="date")
    if not await regroup.at_quote(turn, text):  # "4 jon hobe": the booking goes on for the new group
        await steps.ask(turn, hint=turn.t("yes_or_no"))


async def _cancel(turn: Turn, text: str, word: str | None) -> None:
    number, agreed = str(turn.draft.get("number", "")), turn.draft.get("agreed_percent")
    if word == "yes":
        return await mine.cancel(turn, number, int(agreed) if agreed is not None else None)
    if word == "no":
        return await mine.keep(turn, number)
    if redate.instead(turn, text):  # "na thak, date change korbo", or new dates: kept, and how to change its dates
        return await redate.ask(turn, number, "dates", kept=True)
    await steps.ask(turn, hint=turn.t("yes_or_no"))


async def _complaint_check(turn: Turn, text: str, word: str | None) -> None:
    if word == "yes":
        return await complaint.send(turn)
    if word in ("no", "cancel"):
        return await complaint.drop(turn)
    if word == "change":
        return await complaint.rewrite(turn)
    complaint.show(turn, hint=turn.t("complaint_buttons"))


async def _booking(turn: Turn, text: str, word: str | None) -> None:
    number = str(turn.draft.get("number", ""))
    if word == "cancel":
        return await mine.ask_cancel(turn, number)
    await unclear(turn, text, word)


STEPS = {**answers.STEPS, "quote": _quote, "booking": _booking, "cancel": _cancel, "complaint_check": _complaint_check}
