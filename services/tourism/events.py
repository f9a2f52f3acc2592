"""What the tourism service tells other departments, as versioned payload models.

Routing keys are ``tourism.<entity>.<past-tense verb>``. Amounts are whole paise. The grievance service
consumes ``tourism.complaint.raised``: it carries the booking number and the guest's number sealed
(``contact``, see ``shared.privacy``) so the grievance can be followed up with them; the other events are
for accounts and the district office. A guest is named by a pseudonymous ``person`` id, never a number.
"""
from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from services.tourism.domain import Booking, Cancellation, Property
from shared import privacy

CONFIRMED = "tourism.booking.confirmed"
CANCELLED = "tourism.booking.cancelled"
REMINDED = "tourism.booking.reminded"
ARRIVED = "tourism.booking.checked_in"
NO_SHOW = "tourism.booking.missed"  # the guest did not come (a no-show); the coming nights went back on sale
COMPLAINT = "tourism.complaint.raised"


class BookingFacts(BaseModel):
    number: str
    person: str
    property_id: str
    property_name: str
    district: str
    room_type_id: str
    check_in: date
    check_out: date
    nights: int
    rooms: int
    guests: int
    total_paise: int


class BookingConfirmed(BookingFacts):
    voucher_code: str


class BookingCancelled(BookingFacts):
    cancelled_by: str
    reason: str
    days_before: int
    refund_percent: int
    refund_paise: int


class ComplaintRaised(BaseModel):
    booking_number: str
    person: str
    contact: str
    lang: str
    property_id: str
    property_name: str
    district: str
    check_in: date
    text: str


def facts(booking: Booking, prop: Property | None) -> dict[str, object]:
    return {"number": booking.number, "person": privacy.current().person_id(booking.wa_id), "property_id": booking.property_id,
            "property_name": prop.name.en if prop else booking.property_id, "district": prop.district if prop else "",
            "room_type_id": booking.room_type_id, "check_in": booking.check_in, "check_out": booking.check_out,
            "nights": booking.nights, "rooms": booking.rooms, "guests": booking.guests, "total_paise": booking.total}


def confirmed(booking: Booking, prop: Property | None) -> BookingConfirmed:
    return BookingConfirmed(**facts(booking, prop), voucher_code=booking.voucher_code)  # type: ignore[arg-type]


def booking_facts(booking: Booking, prop: Property | None) -> BookingFacts:
    """The payload of ``reminded``, ``checked_in`` and ``missed``: the booking as it stands."""
    return BookingFacts(**facts(booking, prop))  # type: ignore[arg-type]


def cancelled(booking: Booking, prop: Property | None, terms: Cancellation) -> BookingCancelled:
    return BookingCancelled(**facts(booking, prop), cancelled_by=booking.cancelled_by or "guest",  # type: ignore[arg-type]
                            reason=booking.cancel_reason or "", days_before=terms.days_before,
                            refund_percent=terms.percent, refund_paise=terms.refund)


def complaint(booking: Booking, prop: Property | None, text: str, lang: str) -> ComplaintRaised:
    return ComplaintRaised(booking_number=booking.number, person=privacy.current().person_id(booking.wa_id),
                           contact=privacy.current().seal(booking.wa_id), lang=lang,
                           property_id=booking.property_id, property_name=prop.name.en if prop else booking.property_id,
                           district=prop.district if prop else "", check_in=booking.check_in, text=text)

