"""Submitting the complaint summed up, or discarding it. Nothing is stored as a ticket until the person taps
Submit; submitting is idempotent: the draft's id is the ticket's ``origin``, so Submit tapped twice, or a retried
message, finds the ticket already made and shows its receipt again; once the complaint has moved on (taken up,
resolved, reopened), an old Submit says it is already lodged and shows where it stands, not the receipt."""
from __future__ import annotations

from datetime import timedelta

from services.grievance import events
from services.grievance.conversation import lodge, mine, places, receipts
from services.grievance.conversation.summary import SUMMARY
from services.grievance.conversation.turn import Turn
from services.grievance.domain import Ticket, office_deadline
from services.grievance.people import person_id
from shared.districts import district_name


async def submit(turn: Turn, draft_id: str) -> bool:
    """False when the tap is not this draft's (an old confirmation); the caller says it is out of date."""
    if turn.draft.get("id") != draft_id or turn.chat.step not in SUMMARY:
        made = await turn.repos.tickets.by_origin(draft_id)
        if made is not None and made.wa_id == turn.inbound.wa_id and len(made.history) > 1:  # it moved on since
            await mine.view(turn, made.number, hint=turn.t("submit_earlier", number=made.number))
            return True
        if made is not None and made.wa_id == turn.inbound.wa_id:
            receipts.lodged(turn, made)
            return True
        return False
    draft, now = turn.draft, turn.now
    cat = turn.categories.get(draft.get("category"))
    elsewhere = places.whole_district(turn)
    if cat is None or not (draft.get("gp") or elsewhere) or not draft.get("description"):
        lodge.proceed(turn)  # the summary was shown before all was given: ask for what is missing
        return True
    level = "district" if elsewhere else "block" if cat.office == "block" else "gp"
    ticket = Ticket(
        number=await turn.repos.tickets.next_number(now), origin=draft_id, wa_id=turn.inbound.wa_id,
        person=person_id(turn.inbound.wa_id), lang=turn.lang,  # type: ignore[arg-type]
        category=cat.key, district=draft["district"], district_name=district_name(elsewhere, "en") if elsewhere else "",
        block=draft.get("block"), gp=draft.get("gp"), level=level, description=draft["description"],
        media=draft.get("media") or [], latitude=draft.get("latitude"), longitude=draft.get("longitude"),
        lodged_at=now, due=turn.today + timedelta(days=cat.sla_days), level_due=office_deadline(now, cat.sla_days),
        sla_days=cat.sla_days)
    ticket = ticket.moved("lodged", by="person", now=now)
    stored = await turn.repos.tickets.add(ticket)
    turn.ctx.publish(events.LODGED, events.lodged(stored))  # again on a retry: same derived id, dropped downstream
    turn.go("home", **dict.fromkeys(lodge.DRAFT_FIELDS), purpose=None)
    receipts.lodged(turn, stored)
    return True


def drop(turn: Turn) -> None:
    turn.go("home", **dict.fromkeys(lodge.DRAFT_FIELDS), purpose=None)
    mine.home(turn, hint=turn.t("dropped"))
