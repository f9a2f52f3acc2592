"""The tourism rules, pure: no store, no bus, no HTTP. Everything here can be tested with plain values.

``calendar`` (a date typed, nights in India's calendar) with ``stay_dates`` (a stay's dates typed), ``loose_dates``
(those a clerk would check), ``request`` (a whole request typed in one message) with ``place_named`` (the place it
names), ``counts`` (nights, guests, rooms typed) and ``dates_shown``; ``catalog`` (properties, room types, blocks),
``money`` (policy, quotes with tax, refunds), ``inventory`` (claims on a room type's night) and ``booking`` (the
checks that refuse a stay, and a booking's life).
"""
from services.tourism.domain.booking import (
    NUMBER,
    Booking,
    Cancellation,
    Refused,
    Status,
    booking_number,
    check_in_date,
    find_booking_number,
    guests_count,
    holds,
    nights_count,
    nights_until,
    rooms_count,
    rooms_needed,
)
from services.tourism.domain.calendar import INDIA, latin_digits, local_digits, nights_of, parse_date, today_in_india
from services.tourism.domain.catalog import (
    DISTRICTS,
    Block,
    Names,
    Property,
    RoomType,
    district_key,
    district_name,
    district_near,
    near,
)
from services.tourism.domain.counts import parse_count
from services.tourism.domain.dates_shown import show_date, show_day_month, show_short_date, show_typed_date
from services.tourism.domain.inventory import Claim, Night
from services.tourism.domain.loose_dates import (
    parse_days,
    parse_days_stay,
    passed_days,
    passed_lately,
    passed_stay,
    year_matters,
)
from services.tourism.domain.money import (
    Policy,
    Quote,
    RefundTier,
    TaxSlab,
    quote,
    refund,
    rupees,
)
from services.tourism.domain.party import Party, parse_party
from services.tourism.domain.place_named import place_named
from services.tourism.domain.request import Request, read_request
from services.tourism.domain.stay_dates import parse_check_out, parse_stay

__all__ = [
    "DISTRICTS", "INDIA", "NUMBER", "Block", "Booking", "Cancellation", "Claim", "Names", "Night", "Party", "Policy",
    "Property", "Quote", "RefundTier", "Refused", "Request", "RoomType", "Status", "TaxSlab", "booking_number",
    "check_in_date",
    "district_key", "district_name", "district_near", "find_booking_number", "guests_count", "holds", "latin_digits",
    "local_digits", "near", "nights_count", "nights_of",
    "nights_until", "parse_check_out", "parse_count", "parse_date", "parse_days", "parse_days_stay", "parse_party",
    "parse_stay", "passed_days", "passed_lately", "passed_stay", "place_named", "quote", "read_request", "refund",
    "rooms_count",
    "rooms_needed",
    "rupees",
    "show_date", "show_day_month", "show_short_date", "show_typed_date", "today_in_india", "year_matters",
]
