"""Words the person typed at the main menu and sent here with its *Send my message*, while a complaint of theirs
was still on screen from before (its view, or its question of a message for the official, a reason to reopen or a
rating). They went to the main menu: they left that complaint, and the words are not taken as its answer, nor
asked about as a message for its official as words typed at its view are (``remark``). They are kept and the
person asked which they are: a new complaint (begun with them, as words sent with no complaint on screen are), or
about that complaint (then the question words typed at its view get: send them to its official, reopen it with
them…, so nothing reaches an official but by its own tap), or neither (not sent). A photo, voice note or file sent
at the question instead of a tap is kept with the words (``held``) and goes where they go: into the new complaint,
onto that complaint (the tap on *About that one* adds it, as one sent at its view is), or nowhere. Other words
The main menu's Complaints row offers to carry on with the question, the files still kept (``left``); leaving it
otherwise (back, Start again, another button, other words sent from the main menu) says that the words and files
were not kept and how to send a photo again (``not_kept``). Words sent so, or typed at the receipt, within half an
hour of lodging a complaint are most often more of it, as a photo sent then is (``just_lodged``): they are asked
about the same way, the question naming the complaint lodged just now (``kept_after_lodging``).
"""
from __future__ import annotations

from typing import Any

from services.grievance.conversation import just_lodged, lodge, remark
from services.grievance.conversation.mine import own, view
from services.grievance.conversation.turn import Turn
from services.grievance.conversation.words import titles
from services.grievance.domain import MEDIA_MAX, Refused
from services.grievance.domain.subject import guess
from shared.chat import Media
from shared.india import typed_word
from shared.problems import unmended

STEP = "left"
ON_SCREEN = ("ticket", "handoff", "reopen", "rate", "remark", STEP)  # steps that are about one complaint


def left(turn: Turn) -> bool:
    """Words sent unasked from the main menu, at a step about one complaint."""
    return turn.inbound.unasked and turn.chat.step in ON_SCREEN and "number" in turn.draft


async def keep(turn: Turn, text: str) -> None:
    ticket = await own(turn, str(turn.draft["number"]))
    if ticket is not None:
        turn.go(STEP, number=ticket.number, remark=text.strip(), files=None, just=None)
        ask(turn)


async def kept_after_lodging(turn: Turn, text: str) -> bool:
    """Words sent soon after lodging a complaint (``just_lodged.lately``), with none on screen: most often more of
    it, as a file sent then is, so asked about as here; False when none was lodged lately, when they name another
    subject than its ("the road is broken" after the tube well's), or at this question already (they begin one, and
    what was kept here is said to be let go)."""
    ticket = None if turn.chat.step == STEP else await just_lodged.lately(turn)
    if ticket is None or guess(unmended(text), [c.key for c in turn.categories.chosen_by_people()]) not in (
            None, ticket.category):
        return False
    turn.go(STEP, number=ticket.number, remark=text.strip(), files=None, just=True)
    ask(turn)
    return True


async def other_problem(turn: Turn, number: str, text: str) -> bool:
    """Words typed at the view of complaint ``number`` that name another subject than its ("the road is broken" at
    the tube well's): most often a new problem, not a message for its official, so asked about as words after
    lodging are (the question naming the complaint on screen); False for words of its subject or of none, and at a
    closed complaint, whose question offers a new complaint already (``remark``)."""
    ticket = await turn.repos.tickets.of_person(turn.inbound.wa_id, number)
    if ticket is None or ticket.status == "closed" or guess(
            unmended(text), [c.key for c in turn.categories.chosen_by_people()]) in (None, ticket.category):
        return False
    turn.go(STEP, number=ticket.number, remark=text.strip(), files=None, just="view")
    ask(turn)
    return True


def held(turn: Turn, media: Media) -> None:
    """A file sent at the question: kept with the words (each once, at most ``MEDIA_MAX``), and the question again."""
    files = _files(turn)
    if media.id not in {m["id"] for m in files}:
        if len(files) >= MEDIA_MAX:
            return ask(turn, hint=turn.t("media_full", most=MEDIA_MAX))
        files.append(media.model_dump(exclude_none=True))
        turn.go(STEP, files=files)
    ask(turn, hint=turn.t("unasked_files_kept", files=_described(turn, files)))


def not_kept(turn: Turn, key: str = "unasked_files_not_kept") -> str | None:
    """What to tell a person who leaves the question while files are kept with the words: neither was kept, and how
    to send a photo again; with ``key="left_unasked_files"``, the question in a few words for the offer to carry
    on (``left``). None when no file is kept."""
    if not (files := _files(turn)):
        return None
    return turn.t(key, files=_described(turn, files), number=str(turn.draft.get("number", "")))


def let_go(turn: Turn) -> str | None:
    """The words and files kept are let go, as the person left the question: what to tell them (``not_kept``)."""
    note = not_kept(turn)
    if note is not None:
        turn.go(turn.chat.step, remark=None, files=None)
    return note


def ask(turn: Turn, *, hint: str | None = None) -> None:
    """The question; asked again with files kept (carrying on from the main menu), it says they are."""
    n = str(turn.draft["number"])
    if hint is None and (files := _files(turn)):
        hint = turn.t("unasked_files_kept", files=_described(turn, files))
    just = turn.draft.get("just")  # lodged just now (True), or on screen with words of another problem ("view")
    key = "unasked_which_view" if just == "view" else "unasked_which_lodged" if just else "unasked_which"
    turn.buttons(turn.t(key, number=n, said=str(turn.draft["remark"])),
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
    files = _files(turn)
    turn.go(STEP, number=None, remark=None, files=None, just=None)
    lodge.begun_with_words(turn, said, files)
    return True


async def about(turn: Turn, number: str) -> bool:
    """About that complaint: asked, as words typed at its view are, where they go."""
    if not _kept(turn, number):
        return False
    hint = None
    if files := _files(turn):
        if await own(turn, number) is None:
            return True
        try:
            hint = await just_lodged.added(turn, number, files)
        except Refused as refused:  # it takes no more files: the question again, the words and files kept
            ask(turn, hint=turn.t(refused.key, **refused.values))
            return True
    turn.go("remark", number=number, files=None, just=None)
    await remark.ask(turn, number, hint=hint)
    return True


async def drop(turn: Turn, number: str) -> bool:
    if not _kept(turn, number):
        return False
    files = _files(turn)
    turn.go("ticket", remark=None, files=None, just=None)
    dropped = turn.t("unasked_files_dropped", files=_described(turn, files)) if files else turn.t("remark_dropped")
    await view(turn, number, hint=dropped)
    return True


def _kept(turn: Turn, number: str) -> str:
    """The words kept at the question about ``number``; none for a button of another question or tapped twice."""
    return str(turn.draft.get("remark") or "") if turn.chat.step == STEP and turn.draft.get("number") == number else ""


def _files(turn: Turn) -> list[dict[str, Any]]:
    return list(turn.draft.get("files") or []) if turn.chat.step == STEP else []


def _described(turn: Turn, files: list[dict[str, Any]]) -> str:
    return just_lodged.described([Media.model_validate(m) for m in files], turn)


def _titles(turn: Turn, key: str) -> set[str]:
    return titles(turn.texts, key)
