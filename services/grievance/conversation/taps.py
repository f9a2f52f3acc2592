"""Tapped choices, ``grievance:<action>[:args]``: each action goes straight to its step with its value.

A tap that no longer fits — an unknown action, a malformed value, a place the directory does not have, the
Submit of an older draft — is answered with "that choice is out of date" and the question of the step the
person is really at.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from services.grievance.conversation import (
    after,
    anew,
    attachments,
    fresh,
    just_lodged,
    left,
    lodge,
    lodged_change,
    mine,
    places,
    reach,
    remark,
    report,
    resubject,
    serial,
    steps,
    submit,
    summary,
    told,
    trimmed,
    unasked,
    wants,
)
from services.grievance.conversation.args import Stale, arg, page
from services.grievance.conversation.turn import Turn
from services.grievance.conversation.words import ticket_number, titles
from shared.india import typed_word

Action = Callable[[Turn, list[str]], Awaitable[bool | None]]


async def tap(turn: Turn, action: str, args: list[str]) -> None:
    handler = ACTIONS.get(action)
    fresh.tapped(turn, action)  # "a new problem?" left open: answered by this tap, the complaint begun carried on
    try:
        if handler is None or await handler(turn, args) is False:
            raise Stale(action)
    except Stale:
        await steps.ask(turn, hint=turn.t("stale"))


async def _home(turn: Turn, args: list[str]) -> None:
    # files still waiting to be told where they go, or kept with words at the question about them: said to go nowhere
    mine.home(turn, hint=just_lodged.let_go(turn) or unasked.let_go(turn))


async def _resume(turn: Turn, args: list[str]) -> None:
    """Carry on, back from the main menu: the question of the step the person was at, with what they gave."""
    await steps.ask(turn)


async def _new(turn: Turn, args: list[str]) -> None:
    """A new complaint; asked for from the main menu with the problem in the words ("the street light is not
    working, I want to complain"): begun with them, as the problem said alone begins one, not dropped. Words that
    ask after one's own ("amar complaint kobe thik hobe": when it is settled) list them, as the chat reads them."""
    text = turn.inbound.text or ""
    if not args and wants.adds_to(text):  # "amar complaint e photo add korbo": which one, and how
        return await serial.asked_after(turn, text, hint=turn.t("add_how"), choosing=True)
    if not args and wants.asks_mine(text):
        return await serial.asked_after(turn, text)
    if not args and wants.asks_how_long(text) and left.drafted(turn) is None:  # "complaint korle koto din lage"
        return mine.how_long(turn)
    if not args and typed_word(text) not in titles(turn.texts, "btn_new") and wants.problem_beside(text):
        return lodge.begun_with_words(turn, text)
    anew.new(turn, text)  # "water complaint", "I want to complain about water": begun at that subject


async def _new_from(turn: Turn, args: list[str]) -> None:
    await lodged_change.new_from(turn, arg(args))


async def _anew(turn: Turn, args: list[str]) -> bool:
    return anew.start_again(turn, arg(args))


async def _categories(turn: Turn, args: list[str]) -> None:
    places.categories(turn, page=page(args))


async def _category(turn: Turn, args: list[str]) -> None:
    lodge.category(turn, arg(args))


async def _subject(turn: Turn, args: list[str]) -> bool:
    return await resubject.changed(turn, arg(args))


async def _districts(turn: Turn, args: list[str]) -> bool:
    if turn.draft.get("purpose") not in ("lodge", "report"):
        return False
    turn.go("district", found=None)
    places.districts(turn, page=page(args))
    return True


async def _district(turn: Turn, args: list[str]) -> bool:
    found = turn.directory.district(arg(args))
    if found is None or "purpose" not in turn.draft:
        return False
    places.blocks(turn, found, page=page(args, 1))
    return True


async def _block(turn: Turn, args: list[str]) -> bool:
    found = turn.directory.block(arg(args))
    if found is None or "purpose" not in turn.draft:
        return False
    places.gps(turn, found, page=page(args, 1))
    return True


async def _gp(turn: Turn, args: list[str]) -> bool:
    found = turn.directory.gp(arg(args))
    purpose = turn.draft.get("purpose")
    if found is None or purpose not in ("lodge", "report"):
        return False
    if purpose == "report":
        await report.show(turn, found)
        return True
    lodge.placed(turn, found)
    return True


async def _submit(turn: Turn, args: list[str]) -> bool:
    return await submit.submit(turn, arg(args))


async def _drop(turn: Turn, args: list[str]) -> bool:
    if turn.draft.get("id") != arg(args):
        return False
    submit.drop(turn)
    return True


async def _unattach(turn: Turn, args: list[str]) -> bool:
    """*Remove photos/files* (``grievance:unattach:<draft id>``), or a row of its list: ``:<media id>`` or ``:all``."""
    return attachments.unattach(turn, arg(args), ":".join(args[1:]) or None)


async def _change(turn: Turn, args: list[str]) -> bool:
    """*Change* under a summary with photos or files: what to change in it."""
    if turn.draft.get("id") != arg(args) or turn.chat.step not in summary.SUMMARY:
        return False
    summary.change(turn)
    return True


async def _summary(turn: Turn, args: list[str]) -> bool:
    """*Back to summary* from what to change, or *Keep it* at the description asked again: the summary, or what
    the complaint still lacks."""
    if turn.draft.get("id") != arg(args) or turn.chat.step not in (*summary.SUMMARY, "describe"):
        return False
    await steps.ask(turn, step="confirm")
    return True


async def _add_to(turn: Turn, args: list[str]) -> bool:
    return await just_lodged.add_to(turn, arg(args))


async def _new_with(turn: Turn, args: list[str]) -> bool:
    return just_lodged.new_with(turn)


async def _mine(turn: Turn, args: list[str]) -> None:
    """Their complaints; asked after in words from the main menu, as the chat reads them (``serial.asked_after``).
    Taken back ("complaint 2 tule nite chai"): with how the office is told it is not needed, as no complaint is
    withdrawn here."""
    text = turn.inbound.text or ""
    hint = turn.t("take_back_how") if not args and wants.takes_back(text) and not wants.asks_rejected(text) else None
    if args:
        return await mine.asked(turn, text)
    if await told.opened(turn, text):  # "my complaint 2 is still not solved": the words kept for it
        return
    await serial.asked_after(turn, text, hint=hint, choosing=True)


async def _atr(turn: Turn, args: list[str]) -> None:
    """The action-taken report asked for from the main menu (``serial.report_asked``)."""
    await serial.report_asked(turn, turn.inbound.text or "")


async def _official(turn: Turn, args: list[str]) -> None:
    await reach.reach(turn)


async def _report(turn: Turn, args: list[str]) -> None:
    mine.start_report(turn)


async def _back(turn: Turn, args: list[str]) -> None:
    await steps.back(turn)


def _on_ticket(use: Callable[[Turn, str], Awaitable[bool | None]]) -> Action:
    """A button of one complaint's (``grievance:<action>:<number>``); one under words kept at its view, or sent from
    the main menu (*Send*, *New complaint*, *Don't send*…), says False once answered: stale."""
    async def run(turn: Turn, args: list[str]) -> bool | None:
        return await use(turn, arg(args))
    return run


async def _view(turn: Turn, args: list[str]) -> None:
    """A complaint's View; a number typed outside this conversation comes as it too (the gateway's tap, so the
    step the person left here is not answered by it), written as they typed it ("grv 2026 5")."""
    given = arg(args)
    spaced = serial.said(given)  # "GRV 2026 000 002", as ``ticket_number`` does not read it
    hint = turn.t("take_back_how") if wants.takes_back(turn.inbound.text or "") else None  # "cancel complaint GRV…"
    await mine.view(turn, spaced.number if spaced and spaced.grv else ticket_number(given) or given, photo=True,
                    hint=hint)


async def _rate(turn: Turn, args: list[str]) -> None:
    stars = arg(args, 1)
    await after.rate(turn, arg(args), int(stars) if stars.isdigit() else None)


ACTIONS: dict[str, Action] = {
    "menu": _home, "home": _home, "restart": _home, "resume": _resume, "new": _new, "newfrom": _new_from, "anew": _anew,
    "cats": _categories, "cat": _category, "dists": _districts, "dist": _district, "blk": _block, "gp": _gp,
    "here": _gp, "submit": _submit, "drop": _drop, "unattach": _unattach, "change": _change, "summary": _summary,
    "mine": _mine, "atr": _atr, "report": _report, "back": _back, "view": _view, "accept": _on_ticket(after.ask_rating),
    "rate": _rate, "reopen": _on_ticket(after.ask_reopen), "human": _on_ticket(after.ask_official),
    "official": _official, "addto": _add_to, "newwith": _new_with, "send": _on_ticket(remark.send),
    "newsaid": _on_ticket(remark.new_with), "reopensaid": _on_ticket(remark.reopen_with), "trim": trimmed.tapped,
    "unsent": _on_ticket(remark.unsent), "leftnew": _on_ticket(unasked.new), "leftabout": _on_ticket(unasked.about),
    "leftdrop": _on_ticket(unasked.drop), "subj": _subject, "afresh": _on_ticket(fresh.start),
    "keep": _on_ticket(fresh.keep),
}
