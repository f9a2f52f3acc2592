"""The tourism chat: a tap goes to its action (``taps``), typed words to the current step (``typed``).

Reading order: ``turn`` (what a step is given), ``steps`` (the map: questions, needs, "back"), ``taps``
and ``typed`` (the two ways in), then the steps themselves: ``choose`` (district … rooms) with ``dates``
(check-in, nights, the other dates and rooms offered for them), ``quoting`` (quote, confirm) with ``soldout`` and
``receipts``, and ``mine`` (a person's bookings). Back at the main menu's row in the middle of a booking or a
complaint, the person is asked to carry on or start again (``left``); those two buttons typed, or their numbers,
are taken as tapped; after a message that leaves nothing in progress by that same rule (a booking looked at, the
bookings listed, the districts' list), the main menu is told nothing is kept here (``resume.tell``). A row's
number typed at a list picks that row as a tap would (``numbered``). A whole request typed at the menu or the
districts question starts the booking with what it names (``whole``), as does one in the words that brought the
person here from the main menu, or typed at the offer to carry on (``brought``). Another district named once one
is chosen ("actually purulia is better") shows its guest houses, the dates and group given kept (``moved``). A
document's verification code typed gets the link to its page, the booking kept (``shared.runtime.verifying``); at
the guest's name and a complaint's words, only the code typed alone. A shared location at the menu or the districts
question is said to be of no use here, with the districts to choose from (``pressed``).
"""
from __future__ import annotations

from services.tourism.conversation import brought, left, mine, numbered, pressed, redate, soldout, steps, whole
from services.tourism.conversation.taps import tap
from services.tourism.conversation.turn import Turn
from services.tourism.conversation.typed import typed
from shared.runtime import resume, verifying

PREFIX = "tourism:"
WORDS = ("name", "complaint")  # the steps that ask for the person's own words


async def converse(turn: Turn) -> None:
    await _answer(turn)
    redate.lapse(turn)  # new dates typed at the cancel question: kept only while their offer is
    await whole.dated(turn)  # a room type chosen after a request typed whole: its stay read now
    resume.tell(turn, in_progress=left.kept(turn))  # nothing half made: the main menu says none is kept


async def _answer(turn: Turn) -> None:
    inbound = turn.inbound
    if await brought.started(turn):
        return  # a whole request in the words that brought the person here, or typed at the offer to carry on
    if resume.came_back(turn) and (doing := await left.in_progress(turn)) is not None:
        return resume.offer(turn, "tourism", doing)
    if (choice := resume.chosen(turn, "tourism")) is not None:
        return await tap(turn, choice, [])  # the carry-on offer's button typed ("Start again", "2") instead of tapped
    if inbound.reply_id and inbound.reply_id.startswith(PREFIX):
        return await tap(turn, inbound.action or "", inbound.args)
    if await verifying.answered(turn, turn.public_url, words=turn.chat.step in WORDS,
                                again=lambda hint: steps.ask(turn, hint=hint)):
        return  # a document's code: its page, and the question of the step again
    text = (inbound.text or "").strip()
    if inbound.kind == "text" and await numbered.picked(turn, text, tap, _list_again):
        return  # a row's number typed at a list: that row, as if tapped
    if inbound.kind in ("text", "media") and text:  # a photo's caption is what it says; a contact card is not
        return await typed(turn, text)
    if inbound.kind == "location" and await pressed.located(turn):
        return  # at the menu or the districts: a location cannot be used here, the districts to choose from
    await steps.ask(turn, hint=turn.t("text_only"))


async def _list_again(turn: Turn, kind: str, hint: str) -> None:
    """The list on screen again, after a number past its rows: ``hint`` says the numbers it has."""
    if kind == mine.CANCEL_LIST:
        return await mine.to_cancel(turn, hint=hint)
    if kind == "date" and await soldout.again(turn, hint):
        return
    await steps.ask(turn, hint=hint)


__all__ = ["Turn", "converse"]
