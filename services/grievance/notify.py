"""Telling the person that their complaint moved: a status change, a corrected action-taken report (each with
the photo of the work done, if the office gave one, or that photo alone when it came later), an escalation, an
official's answer.

These are business-initiated, so they go with ``notify``: the sender switches to the approved template
when the person's 24-hour window is closed and drops the message for someone who sent STOP. Message ids
derive from the ticket and what happened to it, so a repeated change cannot message the person twice.
"""
from __future__ import annotations

from services.grievance.conversation import cloud
from services.grievance.domain import Directory, Ticket, last_day, show_date
from services.grievance.domain.offices import office
from services.grievance.media import work_photo
from services.grievance.repository import Repositories
from shared.envelope import derive_id
from shared.runtime import ServiceContext
from shared.runtime.context import Message
from shared.store import Conflict, DuplicateKey
from shared.texts import Catalog

AWAITS_REPLY = ("home", "tickets", "ticket", "handoff")  # steps an official's answer takes the chat from
AT_REST = ("home", "tickets", "ticket")  # steps a resolution or rejection takes the chat from, to that complaint
ATTEMPTS = 3
STATUS_TEMPLATE = "grievance_status_changed"  # body: {{1}} ticket number, {{2}} new status, {{3}} detail
REPLY_TEMPLATE = "grievance_official_reply"  # body: {{1}} ticket number, {{2}} office, {{3}} the answer


def _texts(service: ServiceContext) -> Catalog:
    if not isinstance(service.texts, Catalog):
        raise TypeError("the grievance service runs with its text catalog")
    return service.texts


async def status_changed(service: ServiceContext, ticket: Ticket, directory: Directory) -> None:
    """The move told to the person, but for one to acknowledged or in progress of a complaint they have heard is
    taken up (``heard_taken_up``)."""
    if ticket.wa_id is None or heard_taken_up(ticket):
        return
    texts, lang = _texts(service), await service.lang_for(ticket.wa_id, ticket.lang)
    status = texts(f"status_{ticket.status}", lang)
    detail = ticket.atr if ticket.status == "resolved" else ticket.reason if ticket.status == "rejected" else ""
    key = {"resolved": "notify_resolved", "rejected": "notify_rejected",
           "in_progress": "notify_in_progress"}.get(ticket.status, "notify_status")
    where = office(ticket, directory, lang)
    body = texts(key, lang, number=ticket.number, status=status, detail=detail or "", office=where,
                 due=show_date(ticket.expected_by, lang))
    detail = where if ticket.status == "in_progress" else detail
    id = derive_id(ticket.number, "status", len(ticket.history))
    await _tell(service, ticket.wa_id, body, _next(service, ticket, texts, lang), texts("next_ask", lang),
                template=cloud.template(STATUS_TEMPLATE, lang, [ticket.number, status, detail or "-"]), id=id)
    if ticket.status in ("resolved", "rejected"):  # words typed in answer are read at this complaint
        await _bring(service, ticket, AT_REST, "ticket", remark=None)
    if ticket.status == "resolved":
        await atr_photo(service, ticket, directory)


def heard_taken_up(ticket: Ticket) -> bool:
    """Whether the complaint's last step, a move to acknowledged or in progress, is no news to the person: it was
    taken up (``Ticket.taken_up``) before that step, given to an official or in progress, and they heard so then,
    with its office and the date it is due. What the office holding it does next that changes anything (resolved,
    rejected, moved up a level) is told; so is the complaint taken up again once reopened. Read from the stored
    complaint, not the one before the change, so a change sent again because its answer was lost is told, or not,
    as the first time."""
    if ticket.status not in ("acknowledged", "in_progress") or not ticket.history:
        return False
    step = ticket.history[-1]
    earlier = ticket.model_copy(update={"history": ticket.history[:-1],
                                        "assignments": [a for a in ticket.assignments if a.at <= step.at]})
    return earlier.taken_up


async def taken_up(service: ServiceContext, ticket: Ticket, directory: Directory) -> None:
    """The complaint was given to an official before anything else took it up: the person hears once, by its
    office's name (never the official's), that it is being looked into, by when, and what they can do meanwhile.
    Its id is the round of the complaint (how often it was reopened), so a retried or later assignment adds none."""
    if ticket.wa_id is None:
        return
    texts, lang = _texts(service), await service.lang_for(ticket.wa_id, ticket.lang)
    where = office(ticket, directory, lang)
    body = texts("notify_taken_up", lang, number=ticket.number, office=where, due=show_date(ticket.expected_by, lang))
    await _tell(service, ticket.wa_id, body, _next(service, ticket, texts, lang), texts("next_ask", lang),
                template=cloud.template(STATUS_TEMPLATE, lang, [ticket.number, texts("taken_up_word", lang), where]),
                id=derive_id(ticket.number, "taken_up", ticket.reopened))


async def atr_corrected(service: ServiceContext, ticket: Ticket, directory: Directory) -> None:
    """The office corrected the action-taken report the person read when their complaint was resolved; the
    template says it is a correction, or it would read as the resolution told again."""
    if ticket.wa_id is None:
        return
    texts, lang = _texts(service), await service.lang_for(ticket.wa_id, ticket.lang)
    body = texts("notify_atr_corrected", lang, number=ticket.number, office=office(ticket, directory, lang),
                 detail=ticket.atr or "")
    id = derive_id(ticket.number, "atr", len(ticket.history))
    await _tell(service, ticket.wa_id, body, _next(service, ticket, texts, lang), texts("next_ask", lang),
                template=cloud.template(STATUS_TEMPLATE, lang, [
                    ticket.number, texts("status_resolved", lang),
                    texts("detail_atr_corrected", lang, atr=ticket.atr or "-")]), id=id)
    await _bring(service, ticket, AT_REST, "ticket", remark=None)
    await atr_photo(service, ticket, directory, id=derive_id(id, "photo"))


def _next(service: ServiceContext, ticket: Ticket, texts: Catalog, lang: str) -> list[tuple[str, str]]:
    """The notice's buttons: on a complaint taken up and open, See status and Talk to an official; on a resolved
    complaint, Accept & rate and, on a resolved or rejected one while the 15
    days last, Reopen, as its words offer, each a tap away; See status always."""
    n, choices = ticket.number, [(f"grievance:view:{ticket.number}", texts("btn_track", lang))]
    if ticket.is_open and ticket.taken_up:  # being looked into: an official is a tap away meanwhile
        return [*choices, (f"grievance:human:{n}", texts("btn_human", lang))]
    if ticket.status not in ("resolved", "rejected") or ticket.rating is not None:
        return choices
    reopen = [(f"grievance:reopen:{n}", texts("btn_reopen", lang))] if ticket.may_reopen(service.now()) else []
    accept = [(f"grievance:accept:{n}", texts("btn_accept", lang))] if ticket.status == "resolved" else []
    return [*accept, *reopen, *choices]


async def atr_photo(service: ServiceContext, ticket: Ticket, directory: Directory, *, late: bool = False,
                    id: str | None = None) -> None:
    """The photo of the work done, if the office gave one, seen in the chat as a photo: right under the notice
    that tells the resolution, or on its own when it came after (``late``), with a line saying so. Its message id
    comes from the photo and the times the complaint was reopened, so one photo reaches the person once for one
    resolution, however often the office gives it; under a corrected report (``id`` derived from that notice's)
    it goes again. The sender keeps one person's messages in order, so it comes after the notice. No template
    stands in for it: with the window closed, the notice's template says what was done, and the photo comes when
    the person opens the complaint (``conversation.mine.view``)."""
    if ticket.wa_id is None or ticket.atr_photo is None:
        return
    texts, lang = _texts(service), await service.lang_for(ticket.wa_id, ticket.lang)
    caption = texts("notify_atr_photo_late" if late else "atr_photo_caption", lang, number=ticket.number,
                    office=office(ticket, directory, lang))
    image = await work_photo(Repositories.of(service.store).media, ticket, caption)
    if image is not None:
        await service.notify(ticket.wa_id, cloud.image(caption), document=image,
                             id=id or derive_id(ticket.number, "atr_photo", ticket.atr_photo.id, ticket.reopened))


async def escalated(service: ServiceContext, ticket: Ticket, directory: Directory) -> None:
    if ticket.wa_id is None:
        return
    texts, lang = _texts(service), await service.lang_for(ticket.wa_id, ticket.lang)
    where = office(ticket, directory, lang)
    body = texts("notify_escalated", lang, number=ticket.number, office=where,
                 due=show_date(last_day(ticket.level_due), lang))
    choices = [(f"grievance:view:{ticket.number}", texts("btn_track", lang)),
               (f"grievance:human:{ticket.number}", texts("btn_human", lang))]
    await _tell(service, ticket.wa_id, body, choices, texts("next_ask", lang),
                template=cloud.template(STATUS_TEMPLATE, lang, [ticket.number, texts("escalated_word", lang), where]),
                id=derive_id(ticket.number, "escalated", ticket.level))


async def answered(service: ServiceContext, ticket: Ticket, directory: Directory, text: str) -> None:
    if ticket.wa_id is None:
        return
    texts, lang = _texts(service), await service.lang_for(ticket.wa_id, ticket.lang)
    where = office(ticket, directory, lang)
    body = texts("notify_answer", lang, number=ticket.number, office=where, text=text)
    await _tell(service, ticket.wa_id, body, [(f"grievance:human:{ticket.number}", texts("btn_answer", lang)),
                                              (f"grievance:view:{ticket.number}", texts("btn_track", lang))],
                texts("next_ask", lang), template=cloud.template(REPLY_TEMPLATE, lang, [ticket.number, where, text]),
                id=derive_id(ticket.number, "answer", len(ticket.conversation)))
    await _bring(service, ticket, AWAITS_REPLY, "handoff")


async def _tell(service: ServiceContext, wa_id: str, body: str, choices: list[tuple[str, str]], ask: str, *,
                template: Message, id: str) -> None:
    """The notice with its buttons; one longer than their 1,024 characters (an action-taken report, an official's
    answer) goes whole as text, the buttons after it under ``ask``. The template stands in for the first part
    only, so a closed window brings the person one template, not one per part."""
    for n, part in enumerate(cloud.buttons_or_parts(body, choices, ask)):
        await service.notify(wa_id, part, template=template if n == 0 else None,
                             id=id if n == 0 else derive_id(id, "part", n))


async def _bring(service: ServiceContext, ticket: Ticket, steps: tuple[str, ...], step: str, **draft: None
                 ) -> None:
    """The person's next typed message after a notice is about its complaint: after an official's answer, their
    reply to it (``handoff``); after a resolution or a rejection, words read as at the complaint's view
    (``ticket``: reopen with them, or send them). Only from ``steps``, so someone in the middle of something
    else (a complaint being put together, a reopening reason, a panchayat report) keeps that step's answer."""
    chats = Repositories.of(service.store).chats
    for _ in range(ATTEMPTS):
        chat = await chats.get(ticket.wa_id or "")
        if chat.step not in steps:
            return
        chat.go(step, number=ticket.number, **draft)
        try:  # the chat's last message and what it published stay as they were (a redelivery repeats them)
            await chats.save(chat, envelope_id=chat.last_envelope or "", outputs=chat.outputs, now=service.now())
            return
        except (Conflict, DuplicateKey):
            continue  # the person wrote at that moment: look again at where their chat now stands
