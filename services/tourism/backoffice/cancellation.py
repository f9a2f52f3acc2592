"""The back-office route that cancels a booking on the guest's behalf.

It follows the same use case as the chat (same nights given back), but refunds in full: the department
cancelled, not the guest, so the policy's share by days before check-in does not apply. It tells the guest
on WhatsApp — as a template when their 24-hour window is closed, which it usually is. The same cancellation
sent again (a retry) answers as the first did and finishes what was cut short of it; any other one of a
cancelled booking is refused with the reason. One never sent again is announced by the service's sweep
(``announce_owed``, ``shared.owed``): the booking keeps, from the cancellation's own write, what it owes.
"""
from __future__ import annotations

from aiohttp import web

from services.tourism import events, stays
from services.tourism.backoffice import schemas
from services.tourism.backoffice.access import ROLES, context, managed_booking, refusal, repos
from services.tourism.conversation import cloud
from services.tourism.domain import Booking, Cancellation, Property, Refused, local_digits, rupees
from services.tourism.repository import Repositories
from services.tourism.repository.bookings import COLLECTION, OWED
from services.tourism.voucher import revoked_event
from shared import owed
from shared.auth import principal, requires
from shared.envelope import derive_id
from shared.runtime import ServiceContext, read_json

CANCEL_TEMPLATE = "tourism_booking_cancelled"  # body: {{1}} booking number, {{2}} reason, {{3}} refund


@requires(*ROLES)
async def cancel_booking(request: web.Request) -> web.Response:
    booking, prop = await managed_booking(request, request.match_info["number"])
    body = await read_json(request, schemas.Reason)
    service, found = context(request), repos(request)
    reason = f"{body.reason} ({principal(request).name})"
    try:
        done, terms = await stays.cancel(found, booking, by="office", reason=reason, now=service.now(),
                                         policy=await found.config.policy(),
                                         owes={OWED: owed.owing(service.now(), words=body.reason)})
    except Refused as refused:
        resumed = _retried(booking, refused, reason)
        if resumed is None:
            raise refusal(request, refused) from None
        done, terms = booking, resumed
    await _announce(service, done, prop, terms, body.reason)
    return web.json_response({**done.model_dump(mode="json"), "days_before": terms.days_before,
                              "refund_rule": "cancelled by the office: full refund"})


async def _announce(service: ServiceContext, done: Booking, prop: Property | None, terms: Cancellation,
                    words: str) -> None:
    """The cancellation to the departments and the verification page (the voucher is void), then the guest told;
    nothing is owed after."""
    await service.publish(events.CANCELLED, events.cancelled(done, prop, terms),
                          id=derive_id(done.number, events.CANCELLED))
    type, payload = revoked_event(done)
    await service.publish(type, payload, id=derive_id(done.number, type))
    await _tell_guest(service, done, words, terms.percent, terms.refund)
    await owed.settle(service.store.collection(COLLECTION), done.number, OWED)


async def announce_owed(service: ServiceContext) -> int:
    """Announce each office's cancellation left unannounced (``shared.owed``); how many were."""
    found = Repositories.of(service.store)
    done = 0
    for doc in await owed.due(service.store.collection(COLLECTION), OWED, service.now()):
        booking = await found.bookings.get(doc["_id"])
        terms = None if booking is None else booking.cancelled_terms()
        if booking is None or terms is None:
            continue
        prop = await found.catalog.property(booking.property_id)
        await _announce(service, booking, prop, terms, doc[OWED]["words"])
        service.log.warning("tourism.owed_announced", number=booking.number)
        done += 1
    return done


def _retried(booking: Booking, refused: Refused, reason: str) -> Cancellation | None:
    """The terms of this very cancellation (same office, same reason) when it was stored but what follows it
    was cut short (the bus refused an event): sent again, it announces with the same ids instead of a 422, so
    the voucher still shows as revoked and the guest is still told. Any other repeat stays refused."""
    if refused.key != "already_cancelled" or booking.cancelled_by != "office" or booking.cancel_reason != reason:
        return None
    return booking.cancelled_terms()


async def _tell_guest(service: ServiceContext, booking: Booking, reason: str, percent: int, refund: int) -> None:
    texts, lang = service.texts, await service.lang_for(booking.wa_id, booking.lang)
    if texts is None:
        raise TypeError("the tourism service runs with its text catalog")
    text = texts("cancelled_by_office", lang, number=booking.number, reason=reason,
                 refund_paise=rupees(refund, lang), percent=local_digits(str(percent), lang))
    template = cloud.template(CANCEL_TEMPLATE, lang, [booking.number, reason, rupees(refund, lang)])
    ways = [(f"tourism:view:{booking.number}", texts("btn_view", lang)), ("tourism:book", texts("btn_book", lang))]
    await service.notify(booking.wa_id, cloud.buttons(text, ways), template=template,
                         id=derive_id(booking.number, "office"))

