"""What closing a guest house or one kind of its rooms leaves standing. Closing (``active: false``) stops new
bookings only: the guests already booked there keep their bookings and vouchers, and are told nothing until the
office cancels for them. So the answer to a change names every confirmed booking there from today on, with a
note saying how to cancel those that cannot be kept; an open one names none.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from services.tourism.domain import Property, RoomType, today_in_india
from services.tourism.repository import Repositories
from shared.runtime import ServiceContext

AHEAD = timedelta(days=3650)  # further than any policy sells ahead
NOTE = ("the guest house is closed to new bookings only: these guests are still booked and have been told nothing. "
        "Cancel each that cannot be kept (POST /api/tourism/bookings/{number}/cancel with a reason: the guest is "
        "told on WhatsApp and refunded in full), or open it again")


async def standing(service: ServiceContext, found: Repositories, closed: Property | RoomType) -> dict[str, Any]:
    """``bookings_standing`` (and ``bookings_note`` when there are some) for the answer to a change of ``closed``."""
    if closed.active:
        return {"bookings_standing": []}
    today = today_in_india(service.now())
    is_room = isinstance(closed, RoomType)
    booked = await found.bookings.arrivals(closed.property_id if is_room else closed.id, today, today + AHEAD)
    kept = [b for b in booked if b.status == "confirmed" and (not is_room or b.room_type_id == closed.id)]
    listed = [{"number": b.number, "check_in": b.check_in.isoformat(), "nights": b.nights,
               "room_type_id": b.room_type_id, "rooms": b.rooms, "guest_name": b.guest_name} for b in kept]
    return {"bookings_standing": listed, **({"bookings_note": NOTE} if listed else {})}
