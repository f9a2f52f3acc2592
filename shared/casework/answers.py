"""What the casework desk answers about cases: the asker's own list, a case by its number, its document.

Privacy is decided here, once: details and the document go only to the WhatsApp number matching the case's
registered mobile; anyone else who knows a number learns its status and nothing more (no name, no plot, no
reason, no letter).
"""
from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from shared.casework import cloud, issuing, seen
from shared.casework.case import OPEN, Case
from shared.casework.visit import Visit
from shared.india import typed_number
from shared.logging import get_logger

log = get_logger(__name__)

Details = Callable[[Visit, Any], Awaitable[str]]  # (visit, the service's case) → the owner's view
Then = Callable[..., Awaitable[None]]  # (visit, number, hint=...) → what a number found is answered with
SPELLINGS_TRIED = 12  # of a code typed in Bengali letters, the English spellings looked up at most
MOST_SHOWN = 3  # of the numbers in one message, those answered


def ask_number(visit: Visit, *, hint: str | None = None) -> None:
    visit.number_asked = True  # "ok" typed next asks it again (``asked``)
    visit.say(cloud.text(visit.with_nav(visit.t("ask_number", example=visit.kind.number.example), hint)))


async def mine(visit: Visit, details: Details, page: int = 0, *, numbers: bool = False,
               other_than: str | None = None) -> None:
    """All of the asker's cases, newest first: nine a page and a "more" row when they do not fit; their one case
    is shown at once, as its View. ``numbers``: what their numbers are was asked, and the numbers of the page are
    written out above the list too, where a phone shows them without opening it. ``other_than``: the one of theirs
    just shown, when the others were asked after ("what about the other one?"): the rest, or that it is their only
    one."""
    found = await visit.cases.of_mobile(visit.inbound.wa_id)
    if other_than is not None:
        found = [case for case in found if case.number != other_than]
        if not found:
            return visit.ask(visit.t("mine_only", number=other_than),
                             [visit.button("view", "btn_view", other_than), visit.button("home", "btn_home")])
    if not found:  # asked for the number, they are told where it is written rather than to send it
        said = "number_hidden" if visit.number_hidden else "none_numbers" if numbers else "none_mine"
        return visit.ask(visit.t(said), [visit.button("status", "btn_status"), visit.button("home", "btn_home")])
    if len(found) == 1:  # a list of one to tap is one tap more for the same answer
        hint = visit.t("numbers_intro", count=1) if numbers else None
        return await view(visit, found[0].number, details, hint=hint, alone=other_than is None)
    rows = [cloud.Row(f"{visit.prefix}view:{c.number}", c.number,
                      f"{visit.status(c)} · {visit.local(c.gp.name_bn, c.gp.name_en)}") for c in found]
    shown = visit.page(rows, page, "mine")
    said = visit.t("mine_others" if other_than else "mine_intro", count=len(found))
    if numbers:
        listed = "\n".join(f"*{row.title}* · {row.description}" for row in shown if row.id.startswith(
            f"{visit.prefix}view:"))
        said = f"{visit.t('numbers_intro', count=len(found))}\n\n{listed}"
    visit.say(cloud.rows(visit.with_nav(said), visit.t("choose"), visit.t("btn_mine"), shown))


async def letters(visit: Visit, page: int = 0, *, other: str | None = None) -> None:
    """The document asked for without its number: of the asker's own cases, the one whose document is in force
    is sent, several are offered as a list to tap (nine a page and "more"); their one case not in force is named
    with why it has none (its View a tap away); with none of several in force the number is asked, said first
    that none has one. ``other``: another's case whose status was just shown: said first that its document goes only
    to the number given in it, and that what follows is of the asker's own."""
    owned = await visit.cases.of_mobile(visit.inbound.wa_id)
    found = [c for c in owned if c.shown_status(visit.today) == "approved"]
    hint = visit.t("letter_other") if other else None
    if len(found) == 1 or len(owned) == 1:  # the one in force sent; their one case named, and why it has none
        number = (found or owned)[0].number
        return await download(visit, number, hint=" ".join((hint, visit.t("letter_own", number=number))) if hint
                              else None)
    if not found:
        return ask_number(visit, hint=" ".join(t for t in (hint, _none_in_force(visit, owned)) if t))
    rows = [cloud.Row(f"{visit.prefix}download:{c.number}", c.number,
                      f"{visit.status(c)} · {visit.local(c.gp.name_bn, c.gp.name_en)}") for c in found]
    visit.say(cloud.rows(visit.with_nav(visit.t("letters_intro", count=len(found)), hint), visit.t("choose"),
                         visit.t("btn_letters"), visit.page(rows, page, "letters")))


def _none_in_force(visit: Visit, owned: list[Any]) -> str | None:
    if owned:
        return visit.t("letters_none", count=len(owned))
    # none is theirs: why nothing comes (only the registered mobile is sent one), naming no one else's
    return visit.t("number_hidden" if visit.number_hidden else "letters_not_yours")


async def view(visit: Visit, number: str, details: Details, *, hint: str | None = None, alone: bool = False) -> None:
    """``hint``: a word said before the case (that a file sent with its number went nowhere). ``alone``: shown as
    the asker's only case, where their list would show it again; another number is offered instead."""
    case = await _found(visit, number, hint)
    if case is None:
        return
    if not visit.owns(case):
        return status_only(visit, case, hint)
    visit.ask(await details(visit, case), choices(visit, case, alone=alone), hint=hint)
    visit.case_shown = case.number  # words it does not read next keep its buttons (``asked``)
    await seen.saw(visit, case.number)  # "send the certificate" next means this one


def choices(visit: Visit, case: Case, *, alone: bool = False) -> list[tuple[str, str]]:
    """The buttons under the owner's View of a case: its document when in force, their other cases (another number
    when it is their only one), the service's start."""
    found = [visit.button("status", "btn_status") if alone else visit.button("mine", "btn_mine"),
             visit.button("home", "btn_home")]
    if case.shown_status(visit.today) == "approved":
        found.insert(0, visit.button("download", "btn_download", case.number))
    return found


async def download(visit: Visit, number: str, *, hint: str | None = None) -> None:
    case = await _found(visit, number, hint)
    if case is None:
        return
    if not visit.owns(case):
        return status_only(visit, case, hint)
    shown = case.shown_status(visit.today)
    if shown != "approved":
        return visit.ask(no_document(visit, case),
                         [visit.button("view", "btn_view", case.number), visit.button("home", "btn_home")],
                         hint=hint)
    try:
        document = await issuing.attachment(visit.kind, case, visit.public_url,
                                            visit.t("caption", number=case.number))
    except Exception:  # fonts missing on this machine: say so rather than fail the message for ever
        log.exception("casework.letter_failed", service=visit.kind.service, number=case.number)
        return visit.say(cloud.text(visit.with_nav(visit.t("letter_failed", number=case.number))))
    # The way back rides in the caption: a message sent after a document can reach the phone before it
    # (the sender uploads the file first), and would leave the document last, a dead end.
    caption = visit.with_nav(document.caption or "", hint)
    visit.say(cloud.document(document.filename, caption), document=document.model_copy(update={"caption": caption}))
    visit.ctx.publish(*visit.kind.events.downloaded(case))
    visit.document_sent = case.number  # "abar pathan", "khulche na" next: this one again (``asked``)
    await seen.saw(visit, case.number)  # "send the certificate" next means this one


def no_document(visit: Visit, case: Case) -> str:
    """Why a case of one's own sends no document: still under way, run out (how to renew it), or rejected or
    revoked (apply afresh, at its office)."""
    shown = case.shown_status(visit.today)
    key = "not_ready" if shown in OPEN else "no_document_expired" if shown == "expired" else "no_document"
    return visit.t(key, number=case.number, status=visit.status(case), gp=visit.local(case.gp.name_bn, case.gp.name_en))


async def each(visit: Visit, numbers: tuple[str, ...], then: Then, *, hint: str | None = None) -> None:
    """Several numbers in one message: each answered as it would be alone (``then``: its details to its holder
    only, its status to anyone else), up to ``MOST_SHOWN``, the first under a word naming those answered, and the
    others to send again when there were more."""
    shown = numbers[:MOST_SHOWN]
    said = visit.t("numbers_each" if len(numbers) == len(shown) else "numbers_first", count=len(numbers),
                   shown=len(shown), numbers=", ".join(shown))
    for at, number in enumerate(shown):
        await then(visit, number, hint=" ".join(t for t in (hint, said) if t) if at == 0 else None)


def typed_serial(text: str) -> str | None:
    """The figures typed last, as a serial reads without its leading zeros (``000101``, ``১০১``: ``101``)."""
    figures = re.findall(r"\d+", typed_number(text))
    return figures[-1].lstrip("0") or "0" if figures else None


async def own_by_serial(visit: Visit, text: str) -> list[Case]:
    """The asker's own cases whose serial is the figures typed last (``typed_serial``); nobody else's."""
    wanted = typed_serial(text)
    if wanted is None:
        return []
    return [case for case in await visit.cases.of_mobile(visit.inbound.wa_id)
            if (case.number.rsplit("/", 1)[-1].lstrip("0") or "0") == wanted]


async def malformed(visit: Visit, text: str, *, hint: str | None = None) -> None:
    """A number that does not read as one: its form is said (or ``hint``), and the asker's own cases whose serial its
    last figures are (typed without the year or the district: ১০১, TNOC/45) are offered to tap, theirs only and no
    more of them than the number's buttons."""
    hint = hint or visit.t("malformed", example=visit.kind.number.example)
    own = await own_by_serial(visit, text)
    if not own:
        return ask_number(visit, hint=hint)
    visit.ask(visit.t("own_serial"), [*((f"{visit.prefix}view:{c.number}", c.number) for c in own[:2]),
                                      visit.button("home", "btn_home")], hint=hint)


async def spelt(visit: Visit, readings: tuple[str, ...], then: Then, *, hint: str | None = None) -> None:
    """A number whose English letters (a district code) were typed in Bengali ones: read as its one spelling when
    the letters were named (পিইউআর), else as the one of its spellings the records hold (পুর: PUR, not POR); when
    none or several are held, the number is asked again, naming the numbers to type in English letters."""
    if len(readings) == 1:
        return await then(visit, readings[0], hint=hint)
    held = [number for number in readings[:SPELLINGS_TRIED] if await visit.cases.get(number) is not None]
    if len(held) == 1:
        return await then(visit, held[0], hint=hint)
    said = visit.t("spelt_several" if held else "spelt_none", numbers="\n".join(f"*{n}*" for n in held or readings[:2]))
    if held:
        return ask_number(visit, hint=" ".join(t for t in (said, hint) if t))
    await malformed(visit, readings[0], hint=" ".join(t for t in (said, hint) if t))  # their own with its serial


async def _found(visit: Visit, number: str, hint: str | None = None) -> Case | None:
    case = await visit.cases.get(number)
    if case is None:
        ask_number(visit, hint=" ".join(t for t in (visit.t("not_found", number=number), hint) if t))
    return case


def status_only(visit: Visit, case: Case, hint: str | None = None) -> None:
    key = "status_only_hidden" if visit.number_hidden else "status_only"
    visit.other_shown = case.number  # its letter asked for next is said to be not theirs (``asked``)
    visit.ask(visit.t(key, number=case.number, status=visit.status(case)),
              [visit.button("status", "btn_status"), visit.button("home", "btn_home")], hint=hint)
