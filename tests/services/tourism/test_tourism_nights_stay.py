"""Where the nights are asked, a check-out or a whole stay typed instead of a count (on 1 March 2026)."""
from __future__ import annotations

import pytest

READ = {"en": "Check-in 5 December 2026, check-out 8 December 2026: 3 nights.",
        "bn": "চেক-ইন ৫ ডিসেম্বর ২০২৬, চেক-আউট ৮ ডিসেম্বর ২০২৬: ৩ রাত।"}
GUESTS = {"en": "How many guests?", "bn": "কতজন অতিথি?"}
QUOTED = {"en": "Check-out: 8 December 2026\n3 nights", "bn": "চেক-আউট: ৮ ডিসেম্বর ২০২৬\n৩ রাত"}


@pytest.mark.parametrize("lang, typed", [
    ("en", "5 to 8 Dec"), ("en", "5-8 December"), ("en", "till 8th"), ("en", "until 8 Dec"), ("en", "up to 8th."),
    ("en", "8 Dec"),
    ("bn", "৫ থেকে ৮ ডিসেম্বর"), ("bn", "৫ ডিসেম্বর থেকে ৮ ডিসেম্বর পর্যন্ত"), ("bn", "৮ তারিখ পর্যন্ত"),
    ("bn", "৮ ডিসেম্বর পর্যন্ত।"), ("bn", "৮ তারিখ"),
])
async def test_a_check_out_or_the_same_stay_typed_for_the_nights_gives_them_read_back(make_guest, lang, typed):
    """'5 to 8 Dec' for a check-in of 5 December was 'Please type the number of nights'; 'till 8th' and
    '৮ তারিখ পর্যন্ত' were read as eight nights."""
    guest = make_guest(lang)
    await guest.tap("tourism:room:lataguri-standard")
    await guest.tap("tourism:date:2026-12-05")
    read = await guest.say(typed)
    assert READ[lang] in read.text and GUESTS[lang] in read.text
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")
    assert QUOTED[lang] in (await guest.tap("tourism:name:profile")).text


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "5 to 8 Dec", "Check-in changed from 10 June 2026 to 5 December 2026; check-out 8 December 2026: "
                         "3 nights."),
    ("bn", "৫ থেকে ৮ ডিসেম্বর", "চেক-ইন ১০ জুন ২০২৬ থেকে বদলে ৫ ডিসেম্বর ২০২৬ করা হল; চেক-আউট ৮ ডিসেম্বর ২০২৬: "
                                 "৩ রাত।"),
])
async def test_a_stay_from_another_day_typed_for_the_nights_is_the_new_stay_said_so(make_guest, lang, typed, said):
    guest = make_guest(lang)
    await guest.tap("tourism:room:lataguri-standard")
    await guest.tap("tourism:date:2026-06-10")
    moved = await guest.say(typed)
    assert said in moved.text and GUESTS[lang] in moved.text
    back = await guest.say("back" if lang == "en" else "পিছনে")
    assert {"en": "Check-in 5 December 2026. How many nights", "bn": "চেক-ইন ৫ ডিসেম্বর ২০২৬। কত রাত"}[lang] in back.text
    await guest.tap("tourism:nights:3")
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")
    assert QUOTED[lang] in (await guest.tap("tourism:name:profile")).text


async def test_a_stay_typed_for_the_nights_is_refused_as_at_the_check_in(guest):
    await guest.tap("tourism:room:lataguri-standard")
    await guest.tap("tourism:date:2026-06-10")
    past = await guest.say("20/2/2026 to 25/2/2026")
    assert "That date has passed" in past.text and "When do you arrive" in past.text
    await guest.tap("tourism:date:2026-06-10")
    long = await guest.say("10 June to 20 July")
    assert "A booking can be for 1 to 30 nights." in long.text and "How many nights" in long.text
    assert "Check-out must be after check-in (10 June 2026)." in (await guest.say("till 9 June")).text
