"""A whole request typed in one message at the tourism menu or the districts question ("room at lataguri 10 apr
3 nights 2 people", "lataguri te 25 tarikh theke 2 rat er jonno ekta ghor chai", "দার্জিলিংয়ে ২৫ ডিসেম্বর থেকে ২
রাতের জন্য একটা ঘর চাই"): the booking starts with what it names taken, says it back in a line, and asks only the
next thing not given. Nothing is guessed: a place we do not know is not a district (said plainly, the districts
asked), "2" alone is not nights. Before, it was "Sorry, I did not understand" at the menu and "nowhere to stay in a
district by that name" at the districts (on 1 March 2026)."""
from __future__ import annotations

from datetime import date

import pytest

from services.tourism.domain import read_request

DISTRICTS = "tourism:district:darjeeling"
TODAY = date(2026, 3, 1)


@pytest.mark.parametrize("lang, typed, rows, said", [
    ("en", "room at lataguri 10 apr 3 nights 2 people", "tourism:room:lataguri-standard",
     "Lataguri Panchayat Guest House, from 10 Apr, 3 nights, 2 guests"),
    ("en", "I want a room in Darjeeling for 2 nights from 25 December", "tourism:property:lamahatta",
     "Darjeeling, from 25 Dec, 2 nights"),
    ("en", "I want a room in Digha for 2 nights from 25 December", DISTRICTS, "Noted: from 25 Dec, 2 nights."),
    ("en", "a room in purulia for 2", "tourism:property:ayodhya-hills", "Noted: Purulia."),
    ("en", "a room in Digha for 2", DISTRICTS, "We have no guest house at Digha."),
    ("bn", "lataguri te 25 tarikh theke 2 rat er jonno ekta ghor chai", "tourism:room:lataguri-standard",
     "লাটাগুড়ি পঞ্চায়েত অতিথিনিবাস, ২৫ মার্চ থেকে, ২ রাত"),
    ("bn", "darjeeling e 25 tarikh theke 2 rat er jonno ekta ghor chai", "tourism:property:lamahatta",
     "দার্জিলিং, ২৫ মার্চ থেকে, ২ রাত"),
    ("bn", "দার্জিলিংয়ে ২৫ ডিসেম্বর থেকে ২ রাতের জন্য একটা ঘর চাই", "tourism:property:lamahatta",
     "দার্জিলিং, ২৫ ডিসেম্বর থেকে, ২ রাত"),
    ("bn", "দিঘায় ২৫ ডিসেম্বর থেকে ২ রাতের জন্য একটা ঘর চাই", DISTRICTS, "২৫ ডিসেম্বর থেকে, ২ রাত"),
    ("bn", "লাটাগুড়িতে ১০ এপ্রিল থেকে ৩ রাত, আমরা ২ জন", "tourism:room:lataguri-standard",
     "লাটাগুড়ি পঞ্চায়েত অতিথিনিবাস, ১০ এপ্রিল থেকে, ৩ রাত, ২ জন"),
])
async def test_a_whole_request_at_the_menu_starts_the_booking_with_what_it_names(make_guest, lang, typed, rows,
                                                                                 said):
    guest = make_guest(lang)
    await guest.tap("tourism:menu")
    reply = await guest.say(typed)
    assert rows in reply.last.choices and said in reply.text


async def test_at_the_districts_question_a_whole_request_is_read_too(guest):
    await guest.tap("tourism:book")
    reply = await guest.say("lataguri 25 dec 2 nights")
    assert "tourism:room:lataguri-ac" in reply.last.choices
    assert "Lataguri Panchayat Guest House, from 25 Dec, 2 nights" in reply.text
    stay = await guest.tap("tourism:room:lataguri-ac")
    assert "Check-in 25 December 2026, check-out 27 December 2026: 2 nights." in stay.text
    assert "How many guests" in stay.text


async def test_a_district_alone_at_the_districts_question_is_taken_as_before(guest):
    await guest.tap("tourism:book")
    reply = await guest.say("Darjeeling")
    assert "tourism:property:lamahatta" in reply.last.choices and "Noted" not in reply.text


async def test_the_stay_said_with_an_unknown_place_is_kept_while_the_place_is_chosen(guest):
    await guest.tap("tourism:menu")
    await guest.say("I want a room in Digha for 2 nights from 25 December")
    await guest.tap("tourism:district:darjeeling")
    await guest.tap("tourism:property:lamahatta")
    stay = await guest.tap("tourism:room:lamahatta-cottage")
    assert "Check-in 25 December 2026, check-out 27 December 2026: 2 nights." in stay.text


async def test_nights_said_without_a_date_are_taken_once_the_check_in_is_chosen(guest):
    await guest.tap("tourism:menu")
    said = await guest.say("room at lataguri for 3 nights")
    assert "Lataguri Panchayat Guest House, 3 nights" in said.text
    dates = await guest.tap("tourism:room:lataguri-standard")
    assert "tourism:date:2026-03-02" in dates.last.choices
    stay = await guest.tap("tourism:date:2026-03-02")
    assert "check-out 5 March 2026: 3 nights." in stay.text and "How many guests" in stay.text


@pytest.mark.parametrize("lang, typed, answer", [
    ("en", "room at lataguri 5 jan 2026 for 2 nights", "That date has passed."),
    ("bn", "লাটাগুড়িতে ১০ মার্চ ২০২৮ থেকে ২ রাত", "এত আগে বুক করা যায় না।"),
])
async def test_a_date_refused_gets_the_answer_it_gets_at_the_date_step(make_guest, lang, typed, answer):
    guest = make_guest(lang)
    await guest.tap("tourism:menu")
    await guest.say(typed)
    reply = await guest.tap("tourism:room:lataguri-standard")
    assert answer in reply.text and "tourism:date:2026-03-01" in reply.last.choices


async def test_a_run_on_request_goes_through_to_a_confirmed_booking(guest):
    await guest.tap("tourism:menu")
    rooms = await guest.say("room at lataguri 10 apr 3 nights 2 people")
    assert "tourism:room:lataguri-standard" in rooms.last.choices
    rooms = await guest.tap("tourism:room:lataguri-standard")
    assert "Check-in 10 April 2026, check-out 13 April 2026: 3 nights." in rooms.text
    assert "2 guests need at least 1 room" in rooms.text
    await guest.tap("tourism:rooms:1")
    quote = await guest.tap("tourism:name:profile")
    assert "3 nights × 1 room" in quote.text
    booked = await guest.tap(quote.choice("tourism:confirm:"))
    assert "PT-2026-000001" in booked.text and "Booked" in booked.text
    assert booked.event("tourism.booking.confirmed")["check_in"] == "2026-04-10"


@pytest.mark.parametrize("typed", ["hello there", "2", "I want a room", "Digha"])
def test_nothing_is_read_from_words_that_name_no_date_count_or_place(typed):
    said = read_request(typed, TODAY)
    assert said.day is None and said.nights is None and said.guests is None

