"""Back-office routes for complaints: the queue, one complaint, assigning, notes, status changes, the
action-taken report (its photo: ``photo``) and answering a person who asked for an official. Each complaint shown
alone carries its ``ETag``, and a change sent with ``If-Match`` is made only to that version (``versions``).

Every change goes through the ticket's own rules with a conditional update; a status change publishes
``grievance.ticket.status_changed`` and tells the person on WhatsApp (a template when their window is
closed, nothing when they opted out — the sender decides both), but for a move to acknowledged or in progress
of a complaint they have heard is taken up (``notify.heard_taken_up``); a corrected report of a resolved complaint
publishes ``grievance.ticket.report_corrected`` and is told to the person the same way.
"""
from __future__ import annotations

from collections.abc import Callable

from aiohttp import web

from services.grievance.backoffice import announce, schemas
from services.grievance.backoffice.access import (
    CATEGORIES,
    ROLES,
    area,
    context,
    directory,
    in_area,
    named_place,
    repos,
    shown,
    ticket_in_area,
    who,
)
from services.grievance.backoffice.versions import etag, if_match
from services.grievance.domain import Refused, Ticket, today_in_india
from shared.auth import requires
from shared.runtime import Invalid, NotFound, read_json
from shared.texts import Catalog


def _refused(request: web.Request, refused: Refused) -> Invalid:
    """A rule's refusal as the back office's 422, worded from the service's English texts (key first)."""
    texts = context(request).texts
    if isinstance(texts, Catalog) and refused.key in texts.entries:
        return Invalid(f"{refused.key}: " + texts(refused.key, "en", **{k: str(v) for k, v in refused.values.items()}))
    return Invalid(refused.key)


async def change(request: web.Request, rule: Callable[[Ticket], Ticket], owes: announce.Owes | None = None
                 ) -> tuple[Ticket, Ticket]:
    """The complaint before and after ``rule``, applied for an official who may act on it; ``owes``: what the
    change owes until announced (``announce``)."""
    ticket = await ticket_in_area(request, acting=True)
    try:
        changed = await repos(request).tickets.change(ticket.number, if_match(request, rule), owes=owes)
    except Refused as refused:
        raise _refused(request, refused) from None
    if changed is None:
        raise NotFound(f"no complaint {ticket.number}")
    return changed


def _json(ticket: Ticket, request: web.Request) -> web.Response:
    return web.json_response(shown(ticket, request), headers={"ETag": etag(ticket)})


@requires(*ROLES)
async def queue(request: web.Request) -> web.Response:
    query = schemas.QueueQuery.model_validate(dict(request.query))
    codes = area(request)
    where: dict[str, object] = {**codes}
    for field in ("level", "assigned_to"):
        if getattr(query, field):
            where[field] = getattr(query, field)
    if query.category:
        if request.config_dict[CATEGORIES].get(query.category) is None:
            raise Invalid(f"no category {query.category!r}; the categories are "
                          + ", ".join(c.key for c in request.config_dict[CATEGORIES].items))
        where["category"] = query.category
    if query.block:
        where["block"] = named_place(request, "block", query.block, within=codes.get("district"))
    if query.gp:
        where["gp"] = named_place(request, "gp", query.gp, within=str(where.get("block") or "") or None)
    if query.status:
        where["status"] = {"$in": [s.strip() for s in query.status.split(",") if s.strip()]}
    found = [t for t in await repos(request).tickets.find(where) if in_area(t, codes) and query.finds(t)]
    today = today_in_india(context(request).now())
    if query.handoff is not None:
        found = [t for t in found if t.handoff_open == query.handoff]
    if query.overdue:
        found = [t for t in found if t.is_open and t.due < today]
    count = len(found)  # every page says how many match in all
    found.sort(key=lambda t: t.number)  # numbers follow the order of lodging, across years too
    if query.after:
        found = [t for t in found if t.number > query.after]
    page = found[:query.limit]
    after = page[-1].number if len(found) > query.limit else None
    return web.json_response({"count": count, "tickets": [shown(t, request) for t in page], "next": after})


@requires(*ROLES)
async def get_ticket(request: web.Request) -> web.Response:
    return _json(await ticket_in_area(request), request)


@requires(*ROLES)
async def assign(request: web.Request) -> web.Response:
    body = await read_json(request, schemas.Assign)
    now, by = context(request).now(), who(request)
    before, after = await change(request, lambda t: t.assign(body.official, by=by, now=now),
                                 announce.taken_up_owed(now))
    if not before.taken_up and after.taken_up:  # the first official to hold it: the person hears it is taken up
        await announce.taken_up(context(request), after, directory(request))
    return _json(after, request)


@requires(*ROLES)
async def add_note(request: web.Request) -> web.Response:
    body = await read_json(request, schemas.NoteBody)
    now, by = context(request).now(), who(request)
    _, after = await change(request, lambda t: t.with_note(body.text, by=by, now=now))
    return _json(after, request)


@requires(*ROLES)
async def change_status(request: web.Request) -> web.Response:
    """A status change; the very same change sent again by the same official (the answer to the first was
    lost: the bus refused the announcement, or the copy stopped) tells everyone again with the same ids
    instead of a 422, so the person still hears of it. Anyone else's repeat stays refused, but for resolving a
    resolved complaint: with the report the person read it changes nothing and tells nobody, with another
    report it is a correction, told to the person as one (``write_atr``)."""
    body = await read_json(request, schemas.StatusChange)
    service, by = context(request), who(request)
    now = service.now()
    try:
        before, after = await change(request, lambda t: t.change_status(body.status, by=by, now=now,
                                                                         reason=body.reason, atr=body.atr),
                                     announce.status_owed(by, now))
    except Invalid:
        stored = await repos(request).tickets.get(request.match_info["number"])
        if stored is None or not _made_by(stored, body, by):
            raise
        before = after = stored
    if before.status == after.status == "resolved" and not _made_by(after, body, by):
        if after.corrected_atr_by(by, body.atr):
            await announce.status(service, after, after, by, directory(request))
        return _json(after, request)
    await announce.status(service, before, after, by, directory(request))
    return _json(after, request)


def _made_by(ticket: Ticket, change: schemas.StatusChange, by: str) -> bool:
    """Whether ``ticket``'s last step is ``change``, made by ``by``."""
    last = ticket.history[-1] if ticket.history else None
    return (last is not None and (last.status, last.by, last.note) == (change.status, by, change.reason.strip())
            and (change.status != "resolved" or not change.atr.strip() or ticket.atr == change.atr.strip()))


@requires(*ROLES)
async def write_atr(request: web.Request) -> web.Response:
    """The report; one corrected on a resolved complaint is told to the person, again (with the same id) when
    the same official sends the same correction again because its answer was lost."""
    body = await read_json(request, schemas.AtrBody)
    service, by = context(request), who(request)
    now = service.now()
    _, after = await change(request, lambda t: t.write_atr(body.text, by=by, now=now), announce.status_owed(by, now))
    if after.status == "resolved" and after.corrected_atr_by(by, body.text):  # its id is the step that made it
        await announce.status(service, after, after, by, directory(request))
    return _json(after, request)


@requires(*ROLES)
async def reply(request: web.Request) -> web.Response:
    body = await read_json(request, schemas.ReplyBody)
    service, by = context(request), who(request)
    if (await ticket_in_area(request, acting=True)).wa_id is None:
        raise Invalid("this complaint came without a contact that can be reached on WhatsApp")
    now = service.now()
    _, after = await change(request, lambda t: t.answer_person(body.text, by=by, now=now),
                            announce.answer_owed(by, body.text, now))
    await announce.answer(service, after, by, body.text, directory(request))
    return _json(after, request)
