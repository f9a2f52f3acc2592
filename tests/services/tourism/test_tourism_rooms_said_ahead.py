"""The rooms counted in a request typed whole ("2 rooms for 4 people in lataguri from 10 apr for 2 nights", "darjeeling
e 2 ta room lagbe", "২টা ঘর চাই দার্জিলিংয়ে") are said back with the rest and taken at the rooms question, or refused
there with its reason. Before, the count was dropped without a word and asked again after the guests; at the main
menu, "2 rooms in darjeeling", "2 room darjeeling 25 dec" and "book 2 rooms" were "I could not tell which service",
the words offered to be sent as a complaint (on 1 March 2026)."""
from __future__ import annotations

from datetime import date

import pytest

from services.tourism.domain import read_request
from test_tourism_menu_phrases import asked_for

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize("typed, rooms", [
    ("2 rooms in darjeeling from 20 december for 2 nights", 2), ("darjeeling e 2 ta room lagbe", 2),
    ("২টা ঘর চাই দার্জিলিংয়ে", 2), ("dui ta ghor chai digha", 2), ("1 room for 2 people", 1),
    ("three rooms at lataguri", 3),
    # a room asked for, no count; a count of people before "room"; a number that counts nothing
    ("ekta ghor chai", None), ("একটা ঘর চাই", None), ("a room in purulia for 2", None), ("2 jon er room", None),
])
def test_the_rooms_are_read_from_a_request_typed_whole(typed, rooms):
    assert read_request(typed, TODAY).rooms == rooms


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "2 rooms for 4 people in lataguri from 10 apr for 2 nights",
     "Noted: Lataguri Panchayat Guest House, from 10 Apr, 2 nights, 4 guests, 2 rooms."),
    ("en", "lataguri te 10 april theke 2 raat 4 jon, 2 ta room lagbe",
     "Noted: Lataguri Panchayat Guest House, from 10 Apr, 2 nights, 4 guests, 2 rooms."),
    ("bn", "লাটাগুড়িতে ১০ এপ্রিল থেকে ২ রাত, আমরা ৪ জন, ২টা ঘর চাই",
     "বুঝেছি: লাটাগুড়ি পঞ্চায়েত অতিথিনিবাস, ১০ এপ্রিল থেকে, ২ রাত, ৪ জন, ২টি ঘর।"),
])
async def test_rooms_said_with_the_request_are_taken_at_their_question(make_guest, lang, typed, said):
    guest = make_guest(lang)
    await guest.tap("tourism:menu")
    noted = await guest.say(typed)
    assert said in noted.text, noted.text
    named = await guest.tap("tourism:room:lataguri-standard")
    assert "tourism:name:profile" in named.last.choices and "tourism:rooms:1" not in named.last.choices
    quote = await guest.tap("tourism:name:profile")
    assert "× 2 rooms" in quote.text if lang == "en" else "tourism:confirm:" in str(quote.last.choices)
    booked = await guest.tap(quote.choice("tourism:confirm:"))
    assert booked.event("tourism.booking.confirmed")["rooms"] == 2


async def test_rooms_said_that_do_not_fit_the_group_are_asked_with_the_reason(guest):
    await guest.tap("tourism:menu")
    await guest.say("3 rooms for 2 people in lataguri from 10 apr for 2 nights")
    asked = await guest.tap("tourism:room:lataguri-standard")
    assert "2 guests can take at most 2 rooms" in asked.text
    assert "tourism:rooms:1" in asked.last.choices and "tourism:rooms:2" in asked.last.choices
    quote = await guest.tap("tourism:rooms:2")
    assert "In whose name" in quote.text


async def test_rooms_said_before_the_group_are_taken_once_the_guests_are_given(guest):
    await guest.tap("tourism:menu")
    noted = await guest.say("2 rooms at lataguri from 10 apr for 2 nights")
    assert "Noted: Lataguri Panchayat Guest House, from 10 Apr, 2 nights, 2 rooms." in noted.text
    asked = await guest.tap("tourism:room:lataguri-standard")
    assert "How many guests" in asked.text
    named = await guest.say("3")
    assert "In whose name" in named.text and "tourism:rooms:1" not in named.last.choices


@pytest.mark.parametrize("typed", ["2 rooms in darjeeling", "2 rooms in darjeeling from 20 december for 2 nights",
                                   "2 room darjeeling 25 dec", "3 rooms for 25 dec", "two rooms in lataguri",
                                   "2 ta room darjeeling 25 dec", "book 2 rooms", "2 rooms"])
def test_rooms_counted_at_the_main_menu_open_the_booking(typed):
    assert asked_for(typed) == "book"


@pytest.mark.parametrize("typed", ["2 rooms of the school are broken", "2 rooms in the school leak",
                                   "2 rooms of anganwadi broken since 5 days"])
def test_rooms_of_a_building_with_a_problem_do_not_open_the_booking(typed):
    assert asked_for(typed) is None


@pytest.mark.parametrize("typed", ["লাটাগুড়িতে ২০ ডিসেম্বর থেকে ২ রাত, আমরা ৩ জন", "lataguri 2 raat 3 jon",
                                   "2 nights for 4 people at digha", "3 jon 2 raat thakbo darjeeling e"])
def test_a_stay_said_by_its_nights_and_group_with_no_room_named_opens_the_booking(typed):
    """Before, "I could not tell which service", the words offered to be sent as a complaint."""
    assert asked_for(typed) == "book"


@pytest.mark.parametrize("typed", ["2 raat dhore 3 jon er jol nei", "২ রাত ধরে আলো নেই, আমরা ৩ জন",
                                   "3 people have had no water for 2 nights"])
def test_a_problem_lasting_nights_is_no_stay(typed):
    assert asked_for(typed) is None


async def test_a_stay_by_its_nights_and_group_in_bengali_is_read_whole_at_the_menu(make_guest):
    guest = make_guest("bn")
    await guest.tap("tourism:menu")
    noted = await guest.say("লাটাগুড়িতে ২০ এপ্রিল থেকে ২ রাত, আমরা ৩ জন")
    assert "বুঝেছি: লাটাগুড়ি পঞ্চায়েত অতিথিনিবাস, ২০ এপ্রিল থেকে, ২ রাত, ৩ জন।" in noted.text, noted.text


@pytest.mark.parametrize("typed", ["any room in digha?", "any rooms at lataguri on 25 dec"])
def test_any_room_somewhere_asked_opens_the_booking(typed):
    assert asked_for(typed) == "book"


def test_any_room_of_a_building_asked_does_not():
    assert asked_for("any room in the school is free?") is None
