"""What the tourism service tells other departments, as versioned payload models.

Routing keys are ``tourism.<entity>.<past-tense verb>``. Amounts are whole paise. The grievance service
consumes ``tourism.complaint.raised``: it carries the booking number and the guest's number sealed
(``contact``, see ``shared.privacy``) so the grievance can be followed up with them; the other events are
for accounts and the district office. A guest is named by a pseudonymous ``person`` id, never a number.
A phone number the guest wrote into their complaint shows its last four digits in ``text``; their words
whole travel sealed as ``contact`` does (``sealed_text``), for the ticket the guest and the office read.
"""
from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from services.tourism.domain import Booking, Cancellation, Property
from shared import privacy
from shared.catalog import EventSpec, document_events
from shared.logging import mask_phone_text

CONFIRMED = "tourism.booking.confirmed"
CANCELLED = "tourism.booking.cancelled"
REMINDED = "tourism.booking.reminded"
ARRIVED = "tourism.booking.checked_in"
NO_SHOW = "tourism.booking.missed"  # the guest did not come (a no-show); the coming nights went back on sale
COMPLAINT = "tourism.complaint.raised"
COMPLAINT_TEXT_MAX = 2000  # characters of ``ComplaintRaised.text``: the grievance service's description limit


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
    property_name_bn: str = ""  # the property's name in Bengali, for the guest's ticket; empty when unknown
    district: str
    check_in: date
    text: str  # a phone number in it shows its last four digits
    sealed_text: str  # the text as the guest wrote it, sealed like ``contact``


def facts(booking: Booking, prop: Property | None) -> dict[str, object]:
    return {"number": booking.number, "person": privacy.current().person_id(booking.wa_id),
            "property_id": booking.property_id,
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
                            reason=mask_phone_text(booking.cancel_reason or ""),  # the office's words, a number masked
                            days_before=terms.days_before,
                            refund_percent=terms.percent, refund_paise=terms.refund)


def complaint(booking: Booking, prop: Property | None, text: str, lang: str) -> ComplaintRaised:
    """Every subscriber reads the complaint with a phone number in it masked; only the grievance service,
    holding the key, opens the guest's words whole for their ticket."""
    return ComplaintRaised(booking_number=booking.number, person=privacy.current().person_id(booking.wa_id),
                           contact=privacy.current().seal(booking.wa_id), lang=lang,
                           property_id=booking.property_id, property_name=prop.name.en if prop else booking.property_id,
                           property_name_bn=prop.name.bn if prop else "",
                           district=prop.district if prop else "", check_in=booking.check_in,
                           text=mask_phone_text(text), sealed_text=privacy.current().seal(text))



def _examples() -> tuple[BookingFacts, BookingConfirmed, BookingCancelled, ComplaintRaised]:
    stay = BookingFacts(number="PT-2026-000123", person="p-3f9a0c41d2b7e65a18c4f0d9", property_id="darj-lamahatta",
                        property_name="Lamahatta Eco Cottage", district="darjeeling", room_type_id="double",
                        check_in=date(2026, 12, 24), check_out=date(2026, 12, 26), nights=2, rooms=1, guests=2,
                        total_paise=504000)
    confirmed = BookingConfirmed(**stay.model_dump(), voucher_code="7KQ2-M4XD-9WTR-B3HC")
    cancelled = BookingCancelled(**stay.model_dump(), cancelled_by="guest", reason="plans changed", days_before=9,
                                 refund_percent=90, refund_paise=453600)
    complaint = ComplaintRaised(booking_number=stay.number, person=stay.person, contact="gAAAAABn…(sealed)", lang="bn",
                                property_id=stay.property_id, property_name=stay.property_name,
                                property_name_bn="লামাহাটা ইকো কটেজ", district=stay.district,
                                check_in=stay.check_in, text="গরম জল ছিল না, কেয়ারটেকার ******3210 ফোন ধরেননি",
                                sealed_text="gAAAAABn…(sealed)")
    return stay, confirmed, cancelled, complaint


def _catalog() -> tuple[EventSpec, ...]:
    stay, confirmed, cancelled, complaint = _examples()
    return (
        EventSpec(CONFIRMED, BookingConfirmed, "A guest confirmed a booking; the rooms are theirs.", confirmed),
        EventSpec(CANCELLED, BookingCancelled, "A booking was cancelled, with the refund due.", cancelled),
        EventSpec(REMINDED, BookingFacts, "The guest was reminded of a stay that starts soon.", stay),
        EventSpec(ARRIVED, BookingFacts, "The caretaker marked the guest as arrived.", stay),
        EventSpec(NO_SHOW, BookingFacts, "The guest did not come; the coming nights went back on sale.", stay),
        EventSpec(COMPLAINT, ComplaintRaised, "A guest complained about a stay (the grievance service takes it); "
                  "a phone number in the text shows its last four digits, the whole text is sealed.", complaint),
        *document_events("tourism", "booking_voucher", "PT-2026-000123", "Rina Das",
                         "Darjeeling Zilla Parishad · Panchayat Tourism"),
    )


EVENTS = _catalog()
