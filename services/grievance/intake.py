"""A stay complaint from the tourism chat becomes a ticket in the tourism-stay category, linked to its booking.

The event names the guest by pseudonym and carries their number sealed (``contact``); it is opened here so
the guest can be told the ticket number and every change. A contact that cannot be opened (altered, or
sealed with another key) still makes the ticket — nothing is lost — but without anyone to tell; that is
logged. The complaint's ``text`` has phone numbers masked for every subscriber; the ticket keeps the
guest's words whole from ``sealed_text``, or the masked text when that cannot be opened. The tourism
district code is matched to the directory by name; a district outside the directory keeps its name for
the district office to read. The ticket's origin is the event id: a redelivered event finds the ticket it
already made.
"""
from __future__ import annotations

from datetime import timedelta

from services.grievance import events
from services.grievance.conversation import cloud
from services.grievance.domain import (
    DESCRIPTION_MAX,
    TOURISM_STAY,
    Booking,
    Categories,
    Directory,
    Ticket,
    office_deadline,
    show_date,
    today_in_india,
)
from services.grievance.domain.offices import office
from services.grievance.notify import STATUS_TEMPLATE
from services.grievance.people import opened
from services.grievance.repository import Repositories
from shared.envelope import Envelope
from shared.runtime import Context


async def stay_complaint(envelope: Envelope, ctx: Context, directory: Directory, categories: Categories) -> None:
    raised = events.StayComplaintRaised.model_validate(envelope.payload)
    repos, now = Repositories.of(ctx.store), ctx.now()
    category = categories.get(TOURISM_STAY)
    sla = category.sla_days if category else 7
    wa_id = opened(raised.contact)
    if wa_id is None:
        ctx.log.warning("grievance.stay_contact_unreadable", booking=raised.booking_number, person=raised.person)
    district = directory.find_district(raised.district)
    lang = "en" if raised.lang == "en" else "bn"
    ticket = Ticket(
        number=await repos.tickets.next_number(now), origin=f"event:{envelope.id}", wa_id=wa_id,
        person=raised.person, lang=lang, category=TOURISM_STAY,
        district=district.code if district else raised.district,
        district_name="" if district else raised.district.replace("-", " ").title(), level="district",
        description=_words(raised)[:DESCRIPTION_MAX] or "-", lodged_at=now,
        due=today_in_india(now) + timedelta(days=sla), level_due=office_deadline(now, sla), sla_days=sla,
        booking=Booking(number=raised.booking_number, property_id=raised.property_id,
                        property_name=raised.property_name, property_name_bn=raised.property_name_bn,
                        check_in=raised.check_in),
    ).moved("lodged", by="tourism", now=now)
    stored = await repos.tickets.add(ticket)
    ctx.publish(events.LODGED, events.lodged(stored))
    if stored.wa_id is None or ctx.texts is None:
        return
    body = ctx.texts("stay_ticket", stored.lang, number=stored.number, booking=raised.booking_number,
                     office=office(stored, directory, stored.lang), due=show_date(stored.due, stored.lang))
    ctx.notify(stored.wa_id, cloud.text(body), template=cloud.template(
        STATUS_TEMPLATE, stored.lang, [stored.number, ctx.texts("status_lodged", stored.lang), raised.booking_number]))


def _words(raised: events.StayComplaintRaised) -> str:
    """The guest's complaint as they wrote it, for them and the office; the masked text if it cannot be opened."""
    whole = opened(raised.sealed_text) if raised.sealed_text else None
    return (whole if whole is not None else raised.text).strip()
