"""Reminders the day before check-in, sent by a periodic sweep inside every copy of the service.

Several copies sweep at once, so each reminder is first claimed with a conditional update on its booking
(``bookings.claim_reminder``): one copy wins and sends, the others skip it. The reminder and its
``tourism.booking.reminded`` event carry ids derived from the booking number, so a copy that died after
sending but before marking it sent — its stale claim is taken over later — sends the same ids again, and
the sender drops the repeat. The person is probably outside the 24-hour window by then, so the message
carries the approved template the sender switches to when the window is closed. Reminders go out only
in the day (from ``SEND_FROM_HOUR`` to ``SEND_UNTIL_HOUR`` in India), not at night: a booking made late in the
evening for the next day, or a copy that starts late, does not wake the guest; they booked minutes ago, and
the voucher they hold says when to come.
"""
from __future__ import annotations

from datetime import timedelta
from functools import partial

from services.tourism import events
from services.tourism.conversation import cloud
from services.tourism.domain import INDIA, Booking, Property, local_digits, show_date, today_in_india
from services.tourism.repository import Repositories
from shared.envelope import derive_id
from shared.logging import get_logger
from shared.runtime import ServiceContext
from shared.runtime.periodic import repeat
from shared.texts import Catalog

log = get_logger(__name__)

TEMPLATE = "tourism_checkin_reminder"  # body: {{1}} property, {{2}} check-in date, {{3}} time, {{4}} booking no.
SEND_FROM_HOUR = 9
SEND_UNTIL_HOUR = 21  # as the NOC renewal reminders


async def send_due(service: ServiceContext) -> int:
    """Remind every confirmed guest arriving tomorrow who has not been reminded; returns how many."""
    now = service.now()
    if not SEND_FROM_HOUR <= now.astimezone(INDIA).hour < SEND_UNTIL_HOUR:
        return 0
    repos = Repositories.of(service.store)
    sent = 0
    for booking in await repos.bookings.arriving_on(today_in_india(now) + timedelta(days=1)):
        if booking.status != "confirmed":
            continue
        claimed = await repos.bookings.claim_reminder(booking.number, now)
        if claimed is None:
            continue
        prop = await repos.catalog.property(booking.property_id)
        await _remind(service, booking, prop)
        await repos.bookings.reminder_sent(booking.number, now)
        sent += 1
    return sent


async def _remind(service: ServiceContext, booking: Booking, prop: Property | None) -> None:
    texts = service.texts
    if not isinstance(texts, Catalog):
        raise TypeError("the tourism service runs with its text catalog")
    lang = await service.lang_for(booking.wa_id, booking.lang)
    name = prop.name(lang) if prop else booking.property_id
    day, time = show_date(booking.check_in, lang), local_digits(prop.check_in_time, lang) if prop else ""
    body = texts("reminder", lang, property=name, check_in=day, check_in_time=time, number=booking.number,
                 contact=prop.contact if prop else "")
    await service.notify(booking.wa_id, cloud.text(body), template=cloud.template(TEMPLATE, lang, [name, day, time,
                                                                                                  booking.number]),
                         id=derive_id(booking.number, "reminder"))
    await service.publish(events.REMINDED, events.booking_facts(booking, prop),
                          id=derive_id(booking.number, events.REMINDED))


async def sweep_forever(service: ServiceContext, every: float) -> None:
    """Sweep, then wait ``every`` seconds, for as long as the service runs."""
    await repeat(partial(send_due, service), every=every, done="tourism.reminders_sent",
                 failed="tourism.reminder_sweep_failed")
