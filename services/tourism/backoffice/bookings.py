"""Back-office routes for the arrivals: the list of a property's bookings by check-in date, one booking, and
marking a guest arrived or absent.

A guest marked absent who comes after all is marked arrived while the stay lasts, the coming nights taken
back if nobody was given them meanwhile. A mark sent again as it was (a retry) answers as the first did and
finishes what was cut short of it; a different one of a closed booking is refused with the reason.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from aiohttp import web

from services.tourism import events, stays
from services.tourism.backoffice import schemas
from services.tourism.backoffice.access import ROLES, context, managed_booking, managed_property, refusal, repos
from services.tourism.domain import Booking, Claim, Refused, today_in_india
from services.tourism.repository import Repositories
from shared.auth import requires
from shared.envelope import derive_id
from shared.runtime import Invalid, NotFound


@requires(*ROLES)
async def arrivals(request: web.Request) -> web.Response:
    query = schemas.ArrivalsQuery.model_validate(dict(request.query))
    prop = await managed_property(request, query.property)
    found = await repos(request).bookings.arrivals(prop.id, query.first, query.last)
    shown = [b for b in found if query.include_cancelled or b.status != "cancelled"]
    return web.json_response({
        "property": prop.id, "from": str(query.first), "to": str(query.last), "count": len(shown),
        "rooms": sum(b.rooms for b in shown), "guests": sum(b.guests for b in shown),
        "bookings": [b.model_dump(mode="json") for b in shown]})


@requires(*ROLES)
async def get_booking(request: web.Request) -> web.Response:
    booking, _ = await managed_booking(request, request.match_info["number"])
    return web.json_response(booking.model_dump(mode="json"))


async def _arrival(request: web.Request, outcome: Literal["checked_in", "no_show"]) -> web.Response:
    booking, prop = await managed_booking(request, request.match_info["number"])
    service, found = context(request), repos(request)
    now = service.now()
    today = today_in_india(now)
    if outcome == "checked_in" and booking.status == "no_show":
        await _take_back(found, booking, today, now)
    try:
        marked = await found.bookings.change(booking.number, lambda current: {
            "status": current.arrival(today, outcome), "arrived_at": now})
    except Refused as refused:
        marked = _marked_before(await found.bookings.get(booking.number) or booking, refused, outcome)
        if marked is None:
            raise refusal(request, refused) from None
    if marked is None:
        raise NotFound(f"no booking {booking.number}")
    if outcome == "no_show":  # the rooms stand empty: from the night it was marked on they can be sold again
        await stays.give_back(found, booking, now, from_day=today_in_india(marked.arrived_at or now))
    kind = events.ARRIVED if outcome == "checked_in" else events.NO_SHOW
    await service.publish(kind, events.booking_facts(marked, prop), id=derive_id(booking.number, kind))
    return web.json_response(marked.model_dump(mode="json"))


async def _take_back(found: Repositories, booking: Booking, today: date, now: datetime) -> None:
    """A guest marked absent came after all: the nights from tonight on, given back by the no-show, are theirs
    again, unless another guest has been given their rooms meanwhile (then the caretaker is told which nights)."""
    room = await found.catalog.room_type(booking.room_type_id)
    days = [d for d in booking.nights_list() if d >= today]
    if room is None or await found.inventory.claim(room, days, booking.draft_id, Claim(booking.rooms, "booking"), now):
        return
    sold = await found.inventory.short(room, days, booking.rooms, now)
    raise Invalid(f"{booking.number} was marked a no-show and its rooms have been booked or blocked again on "
                  f"{', '.join(map(str, sold[:10]))}: free {booking.rooms} room(s) of {room.id} then, and mark the "
                  "arrival again")


def _marked_before(booking: Booking, refused: Refused, outcome: str) -> Booking | None:
    """The booking as marked already, when this very mark is sent again (a retry after a timeout, or after
    the bus refused its event): it is finished with the same ids instead of a 422, so the nights of a no-show
    still go back on sale and the event still goes out. A different mark (check-in after a no-show) stays refused."""
    return booking if refused.key == "not_confirmed" and booking.status == outcome else None


@requires(*ROLES)
async def check_in(request: web.Request) -> web.Response:
    return await _arrival(request, "checked_in")


@requires(*ROLES)
async def no_show(request: web.Request) -> web.Response:
    return await _arrival(request, "no_show")
