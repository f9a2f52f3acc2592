"""A day said with its month in other words where the nights or the guests are asked ("no wait, 6 dec", "না, ৬
ডিসেম্বর") is a date, no count: before, its day was taken as the count, unsaid, so a stay from 5 December became
six nights to 11 December (a correction of the check-in quoted as 26 nights), or the group six guests. Now the
count is asked again, as for words it cannot read, and the count typed next is the stay's (on 1 March 2026)."""
from __future__ import annotations

import pytest

NIGHTS = {"en": "Please type the number of nights", "bn": "কত রাত, তা একটি সংখ্যায় লিখুন"}
GUESTS = {"en": "Please type the number of guests", "bn": "অতিথির সংখ্যা"}
QUOTED = {"en": "Check-out: 7 December 2026\n2 nights", "bn": "চেক-আউট: ৭ ডিসেম্বর ২০২৬\n২ রাত"}


@pytest.mark.parametrize("lang, typed", [
    ("en", "no wait, 6 dec"), ("en", "change it to dec 6"), ("bn", "না, ৬ ডিসেম্বর"), ("bn", "na 6 december"),
])
async def test_a_date_in_words_at_the_nights_is_no_count_of_nights(make_guest, lang, typed):
    guest = make_guest(lang)
    await guest.tap("tourism:room:lataguri-standard")
    await guest.tap("tourism:date:2026-12-05")
    asked = await guest.say(typed)
    assert NIGHTS[lang] in asked.text, asked.text
    await guest.say("2")
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")
    assert QUOTED[lang] in (await guest.tap("tourism:name:profile")).text


@pytest.mark.parametrize("lang, typed", [("en", "sorry, 6 dec"), ("bn", "না, ৬ ডিসেম্বর")])
async def test_a_date_in_words_at_the_guests_is_no_count_of_guests(make_guest, lang, typed):
    guest = make_guest(lang)
    await guest.tap("tourism:room:lataguri-standard")
    await guest.tap("tourism:date:2026-12-05")
    await guest.tap("tourism:nights:2")
    asked = await guest.say(typed)
    assert GUESTS[lang] in asked.text and "6 guests" not in asked.text and "৬ জন" not in asked.text, asked.text
