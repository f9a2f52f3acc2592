"""Words the person typed at the main menu and sent here with its *Send my message*, while a complaint of theirs
was still on screen from before (its view, or its question of a message for the official, a reason to reopen or a
rating). They went to the main menu: they left that complaint, and the words are not taken as its answer, nor
asked about as a message for its official as words typed at its view are (``remark``). They are kept and the
person asked which they are: a new complaint (begun with them, as words sent with no complaint on screen are), or
about that complaint (then the question words typed at its view get: send them to its official, reopen it with
them…, so nothing reaches an official but by its own tap), or neither (not sent).
"""
from __future__ import annotations

from services.grievance.conversation import lodge, remark
from services.grievance.conversation.mine import own, view
from services.grievance.conversation.turn import Turn
from shared.india import typed_word
from shared.texts import LANGS

STEP = "left"
ON_SCREEN = ("ticket", "handoff", "reopen", "rate", "remark", STEP)  # steps that are about one complaint


def left(turn: Turn) -> bool:
    """Words sent unasked from the main menu, at a step about one complaint."""
    return turn.inbound.unasked and turn.chat.step in ON_SCREEN and "number" in turn.draft


async def keep(turn: Turn, text: str) -> None:
    ticket = await own(turn, str(turn.draft["number"]))
    if ticket is not None:
        turn.go(STEP, number=ticket.number, remark=text.strip())
        ask(turn)


def ask(turn: Turn, *, hint: str | None = None) -> None:
    n = str(turn.draft["number"])
    turn.buttons(turn.t("unasked_which", number=n, said=str(turn.draft["remark"])),
                 [(f"grievance:leftnew:{n}", turn.t("btn_new")), (f"grievance:leftabout:{n}", turn.t("btn_about")),
                  (f"grievance:leftdrop:{n}", turn.t("btn_dont_send"))], hint)


async def typed(turn: Turn, text: str, word: str | None) -> None:
    """Words sent unasked at a step about one complaint are kept and asked about (``keep``); at that question, its
    buttons typed ("new complaint", "about that one", "don't send", "no") are tapped; anything else asks again."""
    if left(turn):
        return await keep(turn, text)
    number, typed = str(turn.draft.get("number", "")), typed_word(text)
    if word == "new" or typed in _titles(turn, "btn_new"):
        await new(turn, number)
    elif typed in _titles(turn, "btn_about"):
        await about(turn, number)
    elif word in ("no", "cancel") or typed in _titles(turn, "btn_dont_send"):
        await drop(turn, number)
    else:
        ask(turn, hint=turn.t("unclear"))


async def new(turn: Turn, number: str) -> bool:
    if not (said := _kept(turn, number)):
        return False
    turn.go(STEP, number=None, remark=None)
    lodge.begun_with_words(turn, said)
    return True


async def about(turn: Turn, number: str) -> bool:
    """About that complaint: asked, as words typed at its view are, where they go."""
    if not _kept(turn, number):
        return False
    turn.go("remark", number=number)
    await remark.ask(turn, number)
    return True


async def drop(turn: Turn, number: str) -> bool:
    if not _kept(turn, number):
        return False
    turn.go("ticket", remark=None)
    await view(turn, number, hint=turn.t("remark_dropped"))
    return True


def _kept(turn: Turn, number: str) -> str:
    """The words kept at the question about ``number``; none for a button of another question or tapped twice."""
    return str(turn.draft.get("remark") or "") if turn.chat.step == STEP and turn.draft.get("number") == number else ""


def _titles(turn: Turn, key: str) -> set[str]:
    return {typed_word(turn.texts(key, lang)) for lang in LANGS}
