"""A day typed with its ordinal ending or তারিখ where the guests or the rooms are asked ("till 28th", "2nd", "২৮শে",
"২৮ তারিখ", "28 tarikh") is a day of the month, no count: before, "till 28th" at the guests was 28 guests (refused as
too many for the room) and "2nd" two guests or two rooms. Now the count is asked again, as for a day with its month;
at the nights, "till 8th" is still the check-out (test_tourism_nights_stay) (on 1 March 2026)."""
from __future__ import annotations

import pytest

from services.tourism.domain import parse_count

GUESTS = {"en": "Please type the number of guests", "bn": "অতিথির সংখ্যা"}
QUOTED = {"en": "Check-out: 7 December 2026\n2 nights", "bn": "চেক-আউট: ৭ ডিসেম্বর ২০২৬\n২ রাত"}


@pytest.mark.parametrize("typed", ["28th", "till 28th", "1st", "2nd", "on the 3rd", "২৮শে", "১লা", "২৮ তারিখ",
                                   "২৮ তারিখ পর্যন্ত", "28 tarikh", "৫ই"])
def test_a_day_of_the_month_is_no_count(typed):
    assert parse_count(typed) is None


@pytest.mark.parametrize("typed, expected", [("৩ রাত", 3), ("2 জন", 2), ("৪ জনই", 4), ("3 rooms", 3), ("২", 2)])
def test_counts_with_their_words_are_still_counts(typed, expected):
    assert parse_count(typed) == expected


@pytest.mark.parametrize("lang, typed", [("en", "till 28th"), ("en", "2nd"), ("bn", "২৮শে পর্যন্ত"),
                                         ("bn", "২৮ তারিখ")])
async def test_a_day_at_the_guests_is_no_count_of_guests(make_guest, lang, typed):
    guest = make_guest(lang)
    await guest.tap("tourism:room:lataguri-standard")
    await guest.tap("tourism:date:2026-12-05")
    await guest.tap("tourism:nights:2")
    asked = await guest.say(typed)
    assert GUESTS[lang] in asked.text, asked.text
    assert not any(said in asked.text for said in ("28 guests", "২৮ জন", "How many rooms", "কতগুলি ঘর")), asked.text
    await guest.say("2")
    await guest.tap("tourism:rooms:1")
    assert QUOTED[lang] in (await guest.tap("tourism:name:profile")).text


async def test_a_day_at_the_rooms_is_no_count_of_rooms(make_guest):
    guest = make_guest()
    await guest.tap("tourism:book")
    await guest.tap("tourism:room:lamahatta-cottage")
    await guest.tap("tourism:date:2026-04-10")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:4")
    asked = await guest.say("2nd")
    assert "How many rooms" in asked.text and "In whose name" not in asked.text, asked.text
