""""My complaints": the person's own tickets and one ticket's state, with what they can do next.

Every ticket is looked up with the person's WhatsApp id (``tickets.of_person``), so a ticket number that is
not theirs — typed, or a tap forwarded from someone else's chat — answers as not found among theirs.
"""
from __future__ import annotations

from collections.abc import Callable

from services.grievance.conversation import cloud, numbered, places, wants
from services.grievance.conversation.cloud import ROWS_MAX, Row
from services.grievance.conversation.receipts import details, status_word
from services.grievance.conversation.turn import Turn
from services.grievance.domain import Ticket
from services.grievance.domain.ticket import REOPEN_DAYS
from services.grievance.domain.offices import district_name
from services.grievance.media import work_photo
from shared.india import local_digits


def home(turn: Turn, *, hint: str | None = None, intro: str = "home") -> None:
    turn.go("home", purpose=None)
    turn.ctx.at_home(turn.inbound)
    turn.buttons(turn.t(intro), [("grievance:new", turn.t("btn_new")), ("grievance:mine", turn.t("btn_mine")),
                                 ("grievance:report", turn.t("btn_report"))], hint)


def how_long(turn: Turn) -> None:
    """How long a complaint takes asked ("how long does a complaint take", "complaint korle koto din lage"): the days
    an office has, the fewest and the most of the kinds a person chooses from, and that a late one moves up; with
    the complaints' buttons."""
    days = [c.sla_days for c in turn.categories.chosen_by_people()]
    home(turn, hint=turn.t("how_long", least=local_digits(str(min(days)), turn.lang),
                           most=local_digits(str(max(days)), turn.lang)))


async def listing(turn: Turn, *, hint: str | None = None, only: list[Ticket] | None = None,
                  choosing: bool = False) -> None:
    """Their complaints, the latest first; ``only`` those of them. ``choosing``: ``hint`` says how to go on with one
    chosen from the list ("choose it below"), left out when there is none."""
    found = only if only is not None else await turn.repos.tickets.for_person(turn.inbound.wa_id, limit=ROWS_MAX)
    if not found:
        return home(turn, hint=None if choosing else hint, intro="no_tickets")
    turn.go("tickets")
    rows = numbered.shown(turn, [Row(f"grievance:view:{t.number}", t.number, _line(turn, t)) for t in found], 0)
    turn.rows(turn.t("ask_ticket"), rows, hint)  # a row's number typed is that row (``serial``)


async def reports(turn: Turn) -> None:
    """The action-taken report asked for ("send the action taken report", "কী ব্যবস্থা নেওয়া হয়েছে"): it is in a
    resolved complaint's status. One's one such complaint opens with it; several are listed, those alone, said so;
    with none resolved, one's complaints, told that the report comes when one is."""
    await _those(turn, lambda t: t.status in ("resolved", "closed") and bool(t.atr), "atr", photo=True)


async def asked(turn: Turn, text: str, *, hint: str | None = None, choosing: bool = False) -> None:
    """Their complaints asked for: why one was rejected asked ("why was my complaint rejected?", "keno batil holo"),
    those rejected, where each shows its reason; reopening asked ("I want to reopen my complaint"), those that may
    still be reopened (resolved or rejected in the last days), each with *Reopen*; else all of them (``hint``)."""
    if hint is None and wants.asks_rejected(text):
        return await _those(turn, lambda t: t.status == "rejected", "rejected")
    if hint is None and wants.asks_reopen(text):
        return await _those(turn, lambda t: t.may_reopen(turn.now), "reopen")
    await listing(turn, hint=hint, choosing=choosing)


async def _those(turn: Turn, keep: Callable[[Ticket], bool], said: str, *, photo: bool = False) -> None:
    """Those of one's complaints ``keep`` takes: one opens, several are listed alone (``<said>_which``); with none,
    all of one's complaints, told so (``<said>_none``)."""
    found = await turn.repos.tickets.for_person(turn.inbound.wa_id, limit=None)
    kept = [t for t in found if keep(t)]
    if len(kept) == 1:
        return await view(turn, kept[0].number, photo=photo)
    if kept:
        return await listing(turn, hint=turn.t(f"{said}_which"), only=kept[:ROWS_MAX])
    none = turn.t(f"{said}_none", days=local_digits(str(REOPEN_DAYS), turn.lang))
    await listing(turn, hint=none if found else None, only=found[:ROWS_MAX])


async def others(turn: Turn, number: str) -> None:
    """One's complaints other than ``number``, the one on screen, asked after ("what about the other one?", "অন্যটার
    কী খবর"): the one other opens, several are listed, said so; with none, that one is said to be their only one."""
    found = [t for t in await turn.repos.tickets.for_person(turn.inbound.wa_id, limit=None) if t.number != number]
    if len(found) == 1:
        return await view(turn, found[0].number)
    if found:
        return await listing(turn, hint=turn.t("others_which", number=number), only=found[:ROWS_MAX])
    await view(turn, number, hint=turn.t("others_none", number=number))


async def view(turn: Turn, number: str, *, hint: str | None = None, photo: bool = False) -> None:
    """The complaint and what can be done with it; opened by the person (``photo``), a resolved one with the photo
    of the work done under it, which did not come with the notice's template when their 24-hour window was closed,
    and still once they accepted it (closed with their rating)."""
    ticket = await own(turn, number)
    if ticket is None:
        return
    turn.go("ticket", number=ticket.number)
    turn.buttons(details(turn, ticket), actions(turn, ticket), hint)
    if photo and ticket.status in ("resolved", "closed"):
        caption = turn.t("atr_photo_caption", number=ticket.number)
        if (image := await work_photo(turn.repos.media, ticket, caption)) is not None:
            turn.say(cloud.image(caption), document=image)


def actions(turn: Turn, ticket: Ticket) -> list[tuple[str, str]]:
    """What the person can do with the complaint now: Reopen only while the 15 days last (after them, a
    rejected complaint is answered by a new one)."""
    n, late = ticket.number, not ticket.may_reopen(turn.now)
    accept, reopen = (f"grievance:accept:{n}", turn.t("btn_accept")), (f"grievance:reopen:{n}", turn.t("btn_reopen"))
    human, mine, new = ((f"grievance:human:{n}", turn.t("btn_human")), ("grievance:mine", turn.t("btn_mine")),
                        (f"grievance:newfrom:{n}", turn.t("btn_new")))  # its subject and place proposed
    if ticket.status == "resolved":
        return [accept, human, mine] if late else [accept, reopen, human]
    if ticket.status == "rejected":
        return [new if late else reopen, human, mine]
    if ticket.status == "closed":
        return [mine, new]
    return [human, mine]


async def own(turn: Turn, number: str) -> Ticket | None:
    """The person's ticket, or None after saying it is not among theirs and listing theirs."""
    ticket = await turn.repos.tickets.of_person(turn.inbound.wa_id, number)
    if ticket is None:
        await listing(turn, hint=f"{turn.t('ticket_not_found', number=number.upper())} {turn.t('number_looks')}")
    return ticket


def _line(turn: Turn, ticket: Ticket) -> str:
    cat = turn.categories.get(ticket.category)
    gp = turn.directory.gp(ticket.gp)
    where = gp.name(turn.lang) if gp else district_name(ticket, turn.directory, turn.lang)
    return " · ".join(p for p in (status_word(turn, ticket.status), cat.name(turn.lang) if cat else "", where) if p)


def start_report(turn: Turn) -> None:
    turn.go("district", purpose="report", district=None, block=None, gp=None, found=None)
    places.districts(turn)
