"""The tourism rules on plain values: dates as people type them, prices with tax, refunds, availability."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from pydantic import ValidationError

from services.tourism.domain import (
    Block,
    Booking,
    Claim,
    Names,
    Night,
    Policy,
    Property,
    RefundTier,
    Refused,
    RoomType,
    TaxSlab,
    booking_number,
    check_in_date,
    find_booking_number,
    nights_count,
    nights_until,
    parse_count,
    parse_date,
    parse_stay,
    quote,
    rooms_count,
    rupees,
    show_short_date,
    today_in_india,
)

TODAY = date(2026, 3, 1)
NOW = datetime(2026, 3, 1, 6, 0, tzinfo=UTC)
ROOM = RoomType(id="ayodhya-double", property_id="ayodhya-hills", name=Names(bn="ডাবল ঘর", en="Double room"),
                beds=2, max_guests=3, tariff=1800, rooms=6)


@pytest.mark.parametrize("typed, expected", [
    ("25/12/2026", date(2026, 12, 25)),
    ("25-12-2026", date(2026, 12, 25)),
    ("25.12.26", date(2026, 12, 25)),
    ("25 Dec", date(2026, 12, 25)),
    ("25th December 2026", date(2026, 12, 25)),
    ("Dec 25", date(2026, 12, 25)),
    ("২৫/১২/২০২৬", date(2026, 12, 25)),
    ("২৫ ডিসেম্বর", date(2026, 12, 25)),
    ("ডিসেম্বর ২৫", date(2026, 12, 25)),
    ("10 Jan", date(2027, 1, 10)),  # no year: the next 10 January from today
    ("1/3", date(2026, 3, 1)),  # today itself is not in the past
    ("Tomorrow", date(2026, 3, 2)),
    ("today", date(2026, 3, 1)),
    ("আগামীকাল", date(2026, 3, 2)),
    ("আজ", date(2026, 3, 1)),
    ("পরশু", date(2026, 3, 3)),
    ("kal", date(2026, 3, 2)),  # in Latin letters, as many type Bengali
    ("Kalke", date(2026, 3, 2)),
    ("ajke", date(2026, 3, 1)),
    ("porshu", date(2026, 3, 3)),
    ("tmrw", date(2026, 3, 2)),
    ("tommorow", date(2026, 3, 2)),
])
def test_dates_are_read_day_first_in_either_script(typed, expected):
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed, expected", [
    ("২৫ ডিসেম্বর।", date(2026, 12, 25)),
    ("25 Dec 2026.", date(2026, 12, 25)),
    ("25/12/2026.", date(2026, 12, 25)),
    ("১০ তারিখ।", date(2026, 3, 10)),
])
def test_a_date_ended_as_a_sentence_is_read(typed, expected):
    """A full stop or a দাঁড়ি after the date, as a sentence ends, made it unreadable: "তারিখটি বুঝতে পারিনি"."""
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed, expected", [
    ("ডিসেম্বরের ২৫ তারিখ", date(2026, 12, 25)),
    ("জানুয়ারির ১০ তারিখ", date(2027, 1, 10)),
    ("২৫ ডিসেম্বর থেকে", date(2026, 12, 25)),
    ("the 25th of December", date(2026, 12, 25)),
    ("on 25 Dec", date(2026, 12, 25)),
])
def test_a_date_said_with_the_words_around_it_is_read(typed, expected):
    """"ডিসেম্বরের ২৫ তারিখ" (December's 25th), as Bengali says a date, and "the 25th of December" were not read."""
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed, expected", [
    ("২৫শে ডিসেম্বর", date(2026, 12, 25)),
    ("২৫ শে ডিসেম্বর ২০২৬", date(2026, 12, 25)),
    ("১লা জানুয়ারি", date(2027, 1, 1)),
    ("২রা এপ্রিল", date(2026, 4, 2)),
    ("৪ঠা মে", date(2026, 5, 4)),
    ("১৫ই আগস্ট", date(2026, 8, 15)),
    ("২৫-এ ডিসেম্বর", date(2026, 12, 25)),
    ("ডিসেম্বর ২৫শে", date(2026, 12, 25)),
    ("২৫ এপ্রিল", date(2026, 4, 25)),  # the এ of এপ্রিল is the month's, not an ending of the day
])
def test_a_bengali_day_with_its_ordinal_ending_is_read(typed, expected):
    """Bengali writes a date's day with its ending (১লা, ২রা, ৪ঠা, ১৫ই, ২৫শে): as a Bengali guest types it."""
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed, month", [("১৫ অগস্ট", 8), ("১৫ আগস্ট", 8), ("২ অক্টোবার", 10), ("২ অক্টোবর", 10),
                                          ("৫ সেপ্টেম্বার", 9), ("৫ ডিসেম্বার", 12)])
def test_bengali_months_are_read_in_the_spellings_in_use(typed, month):
    """অগস্ট as the newspapers write it, beside আগস্ট; the same spellings as the payroll chat reads."""
    found = parse_date(typed, TODAY)
    assert found is not None and found.month == month


@pytest.mark.parametrize("typed", ["Fri 25 Dec", "Friday, 25 December 2026", "25 Dec (Fri)", "fri 25/12",
                                   "25/12/2026 Friday", "২৫ ডিসেম্বর, শুক্র", "শুক্রবার ২৫শে ডিসেম্বর",
                                   "২৫ ডিসেম্বর শুক্রবার", "25 Dec 26", "Dec 25, 26", "২৫ ডিসেম্বর ২৬"])
def test_a_date_is_read_with_its_weekday_and_a_two_digit_year(typed):
    """As the date list shows a day ('Fri 25 Dec', '২৫ ডিসেম্বর, শুক্র'), copied or typed back, and with the
    year as people shorten it."""
    assert parse_date(typed, TODAY) == date(2026, 12, 25)


@pytest.mark.parametrize("day", [date(2026, 12, 25), date(2027, 1, 4), date(2026, 3, 1)])
def test_every_date_the_list_shows_reads_back_as_itself(day):
    for lang in ("en", "bn"):
        assert parse_date(show_short_date(day, lang), TODAY) == day


def test_a_weekday_that_is_not_the_dates_is_asked_again_not_guessed():
    """25 December 2026 is a Friday: 'Thu 25 Dec' has a slip in the day or the date, and neither is booked."""
    assert parse_date("Thu 25 Dec", TODAY) is None
    assert parse_date("২৫ ডিসেম্বর, বৃহস্পতিবার", TODAY) is None


@pytest.mark.parametrize("typed, expected", [
    ("next Friday", date(2026, 3, 6)), ("Friday", date(2026, 3, 6)), ("this coming Friday", date(2026, 3, 6)),
    ("আগামী শুক্রবার", date(2026, 3, 6)), ("শুক্রবারে", date(2026, 3, 6)), ("এই শনিবার", date(2026, 3, 7)),
    ("Sunday", date(2026, 3, 8)),  # on a Sunday, "Sunday" is the next one: today is "today"
    ("রবিবার", date(2026, 3, 8)),
])
def test_a_weekday_named_alone_is_the_coming_one(typed, expected):
    assert parse_date(typed, TODAY) == expected


def test_a_weekday_named_alone_for_a_check_out_is_the_first_after_the_check_in():
    assert parse_date("Sunday", TODAY, on_or_after=date(2026, 3, 6)) == date(2026, 3, 8)
    assert parse_date("আগামী শুক্রবার", TODAY, on_or_after=date(2026, 3, 6)) == date(2026, 3, 13)
    assert parse_date("next week", TODAY) is None and parse_date("next", TODAY) is None


@pytest.mark.parametrize("typed, expected", [
    ("১০ তারিখ", date(2026, 3, 10)), ("১০ই", date(2026, 3, 10)), ("৫ তারিখে", date(2026, 3, 5)),
    ("১লা", date(2026, 3, 1)), ("২৫শে", date(2026, 3, 25)), ("10th", date(2026, 3, 10)),
    ("on the 5th", date(2026, 3, 5)), ("31st", date(2026, 3, 31)),
])
def test_a_day_of_the_month_without_its_month_is_the_next_such_day(typed, expected):
    assert parse_date(typed, TODAY) == expected


def test_a_day_of_the_month_that_has_passed_is_next_months():
    assert parse_date("৫ তারিখ", date(2026, 3, 20)) == date(2026, 4, 5)
    assert parse_date("31st", date(2026, 4, 5)) == date(2026, 5, 31)  # April has no 31st
    assert parse_date("১ তারিখ", date(2026, 12, 20)) == date(2027, 1, 1)
    assert parse_date("8th", TODAY, on_or_after=date(2026, 3, 6)) == date(2026, 3, 8)  # a check-out
    assert parse_date("10", TODAY) is None and parse_date("99th", TODAY) is None  # a number alone may be a count


def test_a_check_out_without_its_year_is_the_next_such_day_after_the_check_in():
    """Booked in January for the year's last nights: '3 Jan' as the check-out is the new year's, not this one's."""
    today, check_in = date(2026, 1, 2), date(2026, 12, 30)
    assert parse_date("3 Jan", today, on_or_after=check_in) == date(2027, 1, 3)
    assert parse_date("০৩/০১", today, on_or_after=check_in) == date(2027, 1, 3)
    assert parse_date("31/12", today, on_or_after=check_in) == date(2026, 12, 31)
    assert parse_date("tomorrow", today, on_or_after=check_in) == date(2026, 1, 3)  # still from today
    assert parse_date("3 Jan", today) == date(2026, 1, 3)


def test_29_february_without_a_year_is_the_next_leap_day():
    """Typed in March 2027, '29/02' is 29 February 2028, the next one: not 'I could not read that date'."""
    assert parse_date("29/02", date(2027, 3, 1)) == date(2028, 2, 29)
    assert parse_date("২৯ ফেব্রুয়ারি", date(2027, 1, 10)) == date(2028, 2, 29)
    assert parse_date("29 Feb", date(2028, 2, 1)) == date(2028, 2, 29)
    assert parse_date("30/02", date(2027, 3, 1)) is None


@pytest.mark.parametrize("typed", ["31/02/2026", "hello", "25 Smarch", "", "2026-13-01", "99"])
def test_what_is_not_a_date_is_none(typed):
    assert parse_date(typed, TODAY) is None


@pytest.mark.parametrize("typed, check_in, check_out", [
    ("5 to 8 December", date(2026, 12, 5), date(2026, 12, 8)),
    ("৫ থেকে ৮ ডিসেম্বর", date(2026, 12, 5), date(2026, 12, 8)),
    ("5–8 Dec", date(2026, 12, 5), date(2026, 12, 8)),
    ("from 5 Dec to 8 Dec", date(2026, 12, 5), date(2026, 12, 8)),
    ("৫ ডিসেম্বর থেকে ৮ ডিসেম্বর পর্যন্ত", date(2026, 12, 5), date(2026, 12, 8)),
    ("5-12-2026 to 8-12-2026", date(2026, 12, 5), date(2026, 12, 8)),
    ("30 Dec to 2 Jan", date(2026, 12, 30), date(2027, 1, 2)),  # the check-out follows the check-in's year
    ("28 to 2 Dec", date(2026, 11, 28), date(2026, 12, 2)),  # a day after the check-out's is of the month before
    ("8 to 5 Dec", date(2026, 12, 8), date(2026, 12, 5)),  # not 27 nights from 8 Nov: a slip, to be told so
    ("১০ তারিখ থেকে ১২ তারিখ", date(2026, 3, 10), date(2026, 3, 12)),
    ("10 Jun - 8 Jun", date(2026, 6, 10), date(2026, 6, 8)),  # typed before the check-in, to be told so
])
def test_a_stay_typed_in_one_go_is_read_as_its_two_dates(typed, check_in, check_out):
    assert parse_stay(typed, TODAY, 30) == (check_in, check_out)


@pytest.mark.parametrize("typed", ["5 Dec", "5 to 8", "hello", "31 to 2 Mar", "2-3", ""])
def test_what_is_not_a_stay_is_none(typed):
    assert parse_stay(typed, TODAY, 30) is None


def test_today_is_the_date_in_india_not_on_the_server():
    assert today_in_india(datetime(2026, 2, 28, 19, 0, tzinfo=UTC)) == date(2026, 3, 1)  # 00:30 IST


@pytest.mark.parametrize("typed, expected", [("2", 2), ("৩ রাত", 3), ("3 nights", 3), ("2 or 3", None),
                                             ("-2", -2), ("1000", 1000), ("৯৯৯৯", 9999), ("2-3", None),
                                             ("two", 2), ("two nights", 2), ("দুই রাত", 2), ("tin ta ghor", 3),
                                             ("three guests", 3), ("two or three", None), ("one moment", None)])
def test_counts_are_single_numbers(typed, expected):
    assert parse_count(typed) == expected


def test_past_and_far_dates_are_refused_with_the_reason():
    policy = Policy()
    assert check_in_date(TODAY, TODAY, policy) == TODAY
    with pytest.raises(Refused) as past:
        check_in_date(TODAY - timedelta(days=1), TODAY, policy)
    assert past.value.key == "date_past"
    with pytest.raises(Refused) as far:
        check_in_date(TODAY + timedelta(days=400), TODAY, policy)
    assert far.value.key == "date_too_far" and far.value.values["last"] == TODAY + timedelta(days=365)


@pytest.mark.parametrize("nights", [0, 31, 60])
def test_nights_outside_the_policy_are_refused(nights):
    with pytest.raises(Refused) as refused:
        nights_count(nights, Policy())
    assert refused.value.key == "nights_range" and refused.value.values == {"max": 30}


def test_a_check_out_on_or_before_check_in_is_refused():
    assert nights_until(date(2026, 12, 25), date(2026, 12, 27), Policy()) == 2
    for check_out in (date(2026, 12, 25), date(2026, 12, 20)):
        with pytest.raises(Refused) as refused:
            nights_until(date(2026, 12, 25), check_out, Policy())
        assert refused.value.key == "checkout_before"


def test_more_guests_than_the_rooms_hold_is_refused_naming_the_rooms_needed():
    assert rooms_count(2, 5, ROOM, Policy()) == 2
    with pytest.raises(Refused) as refused:
        rooms_count(1, 5, ROOM, Policy())
    assert refused.value.key == "too_many_guests" and refused.value.values["needed"] == 2
    with pytest.raises(Refused) as too_many:
        rooms_count(7, 7, ROOM, Policy())
    assert too_many.value.key == "rooms_range" and too_many.value.values == {"max": 6}


def test_a_quote_is_nights_times_tariff_times_rooms_plus_the_tariffs_gst_slab():
    q = quote(Policy(), tariff=1800, nights=2, rooms=2)
    assert (q.subtotal, q.tax_percent, q.tax, q.total) == (720000, Decimal(5), 36000, 756000)
    cheap = quote(Policy(), tariff=1000, nights=3, rooms=1)
    assert (cheap.tax, cheap.total) == (0, 300000)
    dear = quote(Policy(), tariff=8000, nights=1, rooms=1)
    assert dear.tax == 144000


def test_taxes_are_configurable_and_rounded_half_up_to_the_paisa():
    policy = Policy(taxes=(TaxSlab(from_tariff=0, percent=Decimal("12.5")),))
    assert quote(policy, tariff=333, nights=1, rooms=1).tax == 4163  # 33300 × 12.5% = 4162.5


@pytest.mark.parametrize("days, percent", [(30, 90), (7, 90), (6, 50), (2, 50), (1, 0), (0, 0)])
def test_refunds_follow_the_default_tiers(days, percent):
    assert Policy().refund_percent(days) == percent


def test_refund_tiers_are_configurable():
    policy = Policy(refunds=(RefundTier(min_days=3, percent=100),))
    assert (policy.refund_percent(3), policy.refund_percent(2)) == (100, 0)
    with pytest.raises(ValidationError):
        Policy(refunds=(RefundTier(min_days=3, percent=100), RefundTier(min_days=3, percent=50)))


def test_money_is_shown_in_indian_grouping_and_in_bengali_digits():
    assert rupees(12345678) == "₹1,23,456.78"
    assert rupees(180000) == "₹1,800"
    assert rupees(180000, "bn") == "₹১,৮০০"


def booking(**overrides) -> Booking:
    fields = {"number": "PT-2026-000001", "draft_id": "d1", "wa_id": "919800000001", "property_id": "ayodhya-hills",
              "room_type_id": ROOM.id, "check_in": date(2026, 3, 20), "nights": 2, "guests": 2, "rooms": 1,
              "tariff": 1800, "subtotal": 360000, "tax": 18000, "total": 378000, "booked_at": NOW}
    return Booking(**{**fields, **overrides})


def test_cancelling_states_the_refund_by_days_before_check_in():
    terms = booking().cancellation(TODAY, Policy())
    assert (terms.days_before, terms.percent, terms.refund) == (19, 90, 340200)
    late = booking(check_in=TODAY + timedelta(days=1)).cancellation(TODAY, Policy())
    assert (late.percent, late.refund) == (0, 0)


def test_a_cancelled_or_begun_booking_cannot_be_cancelled_and_says_why():
    with pytest.raises(Refused) as again:
        booking(status="cancelled").cancellation(TODAY, Policy())
    assert again.value.key == "already_cancelled"
    with pytest.raises(Refused) as begun:
        booking(check_in=TODAY - timedelta(days=1)).cancellation(TODAY, Policy())
    assert begun.value.key == "cancel_too_late"


def test_arrival_is_marked_only_from_the_check_in_day_on_a_confirmed_booking():
    assert booking(check_in=TODAY).arrival(TODAY, "checked_in") == "checked_in"
    with pytest.raises(Refused):
        booking().arrival(TODAY, "no_show")
    with pytest.raises(Refused):
        booking(check_in=TODAY, status="cancelled").arrival(TODAY, "checked_in")


def test_booking_numbers_are_found_however_typed():
    assert booking_number(2026, 123) == "PT-2026-000123"
    assert find_booking_number("please show pt 2026 123") == "PT-2026-000123"
    assert find_booking_number("PT-২০২৬-০০০১২৩") == "PT-2026-000123"
    assert find_booking_number("no number here 2026") is None


def test_a_night_never_gives_more_rooms_than_it_has():
    night = Night(capacity=2)
    first = night.claim("a", Claim(1, "booking"), NOW)
    assert first is not None
    second = first.claim("b", Claim(1, "hold", until=NOW + timedelta(minutes=10)), NOW)
    assert second is not None and second.free(NOW) == 0
    assert second.claim("c", Claim(1, "booking"), NOW) is None


def test_claiming_again_under_the_same_name_replaces_the_claim():
    night = Night(capacity=1).claim("a", Claim(1, "hold", until=NOW + timedelta(minutes=10)), NOW)
    assert night is not None
    booked = night.claim("a", Claim(1, "booking"), NOW)
    assert booked is not None and booked.claims == {"a": Claim(1, "booking")}
    assert booked.release("a", NOW).free(NOW) == 1


def test_a_lapsed_hold_frees_its_rooms_and_is_dropped():
    night = Night(capacity=1).claim("a", Claim(1, "hold", until=NOW + timedelta(minutes=10)), NOW)
    assert night is not None
    later = NOW + timedelta(minutes=10)
    assert night.free(later) == 1 and not night.holds("a", later, "hold")
    taken = night.claim("b", Claim(1, "booking"), later)
    assert taken is not None and set(taken.claims) == {"b"}


def test_catalog_models_reject_what_a_manager_must_not_enter():
    with pytest.raises(ValidationError):
        Property(id="x", district="atlantis", block="b", name=Names(bn="ক", en="A"), address=Names(bn="ক", en="A"),
                 contact="123")
    assert Property(id="ok-1", district="Purulia", block="Baghmundi", name=Names(bn="ক", en="A"),
                    address=Names(bn="ক", en="A"), contact="+91 94340 12345").district == "purulia"
    with pytest.raises(ValidationError):
        RoomType(id="r1", property_id="p1", name=Names(bn="ক", en="A"), beds=1, max_guests=0, tariff=100, rooms=1)
    with pytest.raises(ValidationError):
        Block(id="b", property_id="p1", room_type_id="r1", first_night=date(2026, 3, 5), last_night=date(2026, 3, 4),
              rooms=1, reason="paint")


def test_a_booking_is_never_turned_back_into_a_hold_nor_released_as_one():
    booked = Night(capacity=1).claim("a", Claim(1, "booking"), NOW)
    assert booked is not None
    assert booked.claim("a", Claim(1, "hold", until=NOW + timedelta(minutes=10)), NOW) == booked
    assert booked.release("a", NOW, only="hold").claims == {"a": Claim(1, "booking")}
    assert booked.release("a", NOW, only="booking").claims == {}
