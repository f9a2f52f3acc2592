"""A whole request that did not start at tourism's menu: the words that brought the person here from the main menu
(a phrase's tap, its text the words), and the words typed at the offer to carry on. And a place the request names
where we have no guest house ("room at digha 25 dec"), said plainly before the districts are asked. Before, the
tap's words were dropped ("Which district?"), the offer took the request as the old step's answer ("could not match
that name"), and the districts were asked with no word why (on 1 March 2026)."""
from __future__ import annotations

from datetime import date

import pytest
from test_tourism_resume import at_nights

from gateway.menu import phrase_pattern
from services.tourism.domain import place_named, read_request
from services.tourism.service import MENU
from shared.india import plain


async def tapped(guest, action: str, words: str):
    return await guest.send(guest.envelope(reply_id=f"tourism:{action}", text=words))


@pytest.mark.parametrize("lang, action, words, said, rows", [
    ("en", "book", "book a room at darjeeling 25 dec 2 nights", "Noted: Darjeeling, from 25 Dec, 2 nights.",
     "tourism:property:lamahatta"),
    ("en", "menu", "guest house at lataguri 10 apr", "Noted: Lataguri Panchayat Guest House, from 10 Apr.",
     "tourism:room:lataguri-standard"),
    ("bn", "book", "দার্জিলিংয়ে একটা ঘর চাই", "বুঝেছি: দার্জিলিং।", "tourism:property:lamahatta"),
    ("bn", "book", "ghor chai darjeeling e 2 rat", "বুঝেছি: দার্জিলিং, ২ রাত।", "tourism:property:lamahatta"),
])
async def test_the_words_of_a_phrases_tap_are_read_whole(make_guest, lang, action, words, said, rows):
    guest = make_guest(lang)
    reply = await tapped(guest, action, words)
    assert said in reply.text and rows in reply.last.choices


@pytest.mark.parametrize("action, title", [("book", "Book a room"), ("menu", "Tourism: book a room"),
                                           ("book", "ঘর বুক করুন")])
async def test_a_buttons_title_is_no_request(guest, action, title):
    reply = await tapped(guest, action, title)
    assert "Noted" not in reply.text and "no guest house" not in reply.text


@pytest.mark.parametrize("lang, typed, lines", [
    ("en", "room at digha 25 dec 2 nights", ("We have no guest house at Digha.", "Noted: from 25 Dec, 2 nights.")),
    ("en", "I want a room in Kolkata for 2 nights", ("We have no guest house at Kolkata.", "Noted: 2 nights.")),
    ("en", "ghor chai digha te", ("We have no guest house at Digha.",)),
    ("bn", "দিঘায় ২৫ ডিসেম্বর থেকে ২ রাতের জন্য একটা ঘর চাই",
     ("দিঘা নামের জায়গায় আমাদের কোনো অতিথিনিবাস নেই।", "বুঝেছি: ২৫ ডিসেম্বর থেকে, ২ রাত।")),
    ("bn", "digha-te 2 rat thakbo", ("Digha নামের জায়গায় আমাদের কোনো অতিথিনিবাস নেই।", "বুঝেছি: ২ রাত।")),
])
async def test_a_place_we_have_no_guest_house_at_is_said_and_the_stay_kept(make_guest, lang, typed, lines):
    guest = make_guest(lang)
    await guest.tap("tourism:menu")
    reply = await guest.say(typed)
    assert all(line in reply.text for line in lines), reply.text
    assert "tourism:district:darjeeling" in reply.last.choices
    if "25" in typed:
        await guest.tap("tourism:district:darjeeling")
        await guest.tap("tourism:property:lamahatta")
        stay = await guest.tap("tourism:room:lamahatta-cottage")
        assert "25" in stay.text and ("2 nights" in stay.text or "২ রাত" in stay.text)


@pytest.mark.parametrize("typed", [
    "room at the guest house 25 dec", "room in advance for 2 nights", "a room for 2 nights in december",
    "hotel e 2 rat", "guest house e thakte chai", "at least 2 nights", "room at night 25 dec", "সময়ে ২ রাত",
    "ছুটিতে ২ রাতের জন্য ঘর চাই", "থাকতে চাই ২ রাত",
])
def test_ordinary_words_are_no_place(typed):
    assert place_named(read_request(typed, date(2026, 3, 1)).words) is None


@pytest.mark.parametrize("lang, typed, dropped, said", [
    ("en", "room at darjeeling 10 apr 2 nights", "I have dropped what you had begun (*Booking a room: Lataguri",
     "Noted: Darjeeling, from 10 Apr, 2 nights."),
    ("bn", "দার্জিলিংয়ে ১০ এপ্রিল থেকে ২ রাত", "আগে যা শুরু করেছিলেন (*ঘর বুকিং: লাটাগুড়ি",
     "বুঝেছি: দার্জিলিং, ১০ এপ্রিল থেকে, ২ রাত।"),
])
async def test_a_whole_request_at_the_carry_on_offer_starts_it(make_guest, lang, typed, dropped, said):
    guest = make_guest(lang)
    await at_nights(guest)
    assert "tourism:resume" in (await guest.tap("tourism:menu")).last.choices
    reply = await guest.say(typed)
    assert dropped in reply.text and said in reply.text, reply.text
    assert "tourism:property:lamahatta" in reply.last.choices
    assert "tourism:book" in (await guest.tap("tourism:restart")).choices


async def test_at_the_offer_a_place_alone_is_still_no_new_request(guest):
    await at_nights(guest)
    await guest.tap("tourism:menu")
    reply = await guest.say("Darjeeling")
    assert "Noted" not in reply.text and "dropped" not in reply.text


def asked_for(text: str) -> str | None:
    return next((phrase.action for phrase in MENU.phrases if phrase_pattern(phrase.pattern).search(plain(text))), None)


@pytest.mark.parametrize("typed, action", [
    ("i need a room in darjeeling from 25 dec for 2 nights", "book"), ("ghor chai darjeeling e", "book"),
    ("room at lataguri 10 jan", "book"), ("দার্জিলিংয়ে একটা ঘর চাই", "book"), ("guest house e thakte chai", "book"),
    ("ekta ghor lagbe digha te", "book"), ("thakar jayga chai", "book"), ("থাকার জায়গা চাই", "book"),
    ("I want to stay in darjeeling", "book"), ("need a hotel room in lataguri", "book"),
    ("hotel e thakte chai", "book"), ("looking for a place to stay", "book"), ("রুম চাই ২ রাতের জন্য", "book"),
    # a place to stay at the end, or asked whether there is one (no service's before)
    ("darjeeling e thakar jayga", "book"), ("darjeeling e thakar jayga ache?", "book"),
    ("দার্জিলিংয়ে থাকার জায়গা আছে?", "book"),
])
def test_a_room_wanted_said_many_ways_opens_the_booking(typed, action):
    assert asked_for(typed) == action


@pytest.mark.parametrize("typed", [
    "amar ghor e jol nei", "awas yojana te ghor chai", "আবাস যোজনায় ঘর চাই", "pakka ghor chai",
    "trade licence for my hotel", "no light in my room", "the road to my house is broken", "my pay slip",
    "amar thakar jayga nei", "আমার থাকার জায়গা নেই",
])
def test_other_business_is_not_taken_for_a_room(typed):
    assert asked_for(typed) is None
