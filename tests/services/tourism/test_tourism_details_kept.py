"""A date or a count typed where the district, the guest house or the room is asked ("25 dec", "২৫ ডিসেম্বর",
"2 nights", "২ রাত", "3 jon", "kal theke 2 din") is kept for the later questions, said back ("Noted: …") with
the same question again. Before, at the guest house and the room it was "I could not match that name", and at
the districts each one typed replaced the one before ("25 dec" then "2 nights" kept only the nights), while
"kal theke 2 din" was read as a stay to the 2nd of next month ("from 4 Dec, 29 nights")."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words

PROPERTIES = "tourism:property:lamahatta"
ROOMS = "tourism:room:lamahatta-cottage"


@pytest.mark.parametrize("lang, at, typed, said", [
    ("en", "property", "2 nights", "Noted: 2 nights."),
    ("bn", "property", "২ রাত", "বুঝেছি: ২ রাত।"),
    ("en", "room", "3 jon", "Noted: 3 guests."),
    ("bn", "room", "৩ জন", "বুঝেছি: ৩ জন।"),
])
async def test_a_count_typed_at_the_place_or_room_is_noted_through_the_webhook(system, lang, at, typed, said):
    http, base = system
    phone = Phone(http, base, {"en": "91980001100", "bn": "91980001101"}[lang] + ("1" if at == "room" else "2"))
    await phone.start(lang)
    await phone.tap("tourism:menu", until=has("interactive"))
    await phone.tap("tourism:book", until=has("interactive"))
    await phone.tap("tourism:district:darjeeling", until=has("interactive"))
    if at == "room":
        await phone.tap(PROPERTIES, until=has("interactive"))

    reply = await phone.say(typed, until=has("interactive"))

    assert said in words(reply)
    assert (ROOMS if at == "room" else PROPERTIES) in choices(reply)
    assert "match" not in words(reply) and "চিনতে পারিনি" not in words(reply)


@pytest.mark.parametrize("lang, date_typed, nights_typed", [
    ("en", "25 dec", "2 nights"),
    ("bn", "২৫ ডিসেম্বর", "২ রাত"),
    ("bn", "25 tarikh", "2 rat"),
])
async def test_pieces_typed_one_by_one_are_all_kept_for_the_dates(make_guest, lang, date_typed, nights_typed):
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.say(date_typed)
    await guest.tap("tourism:district:darjeeling")
    noted = await guest.say(nights_typed)
    assert PROPERTIES in noted.choices
    await guest.tap(PROPERTIES)
    stay = await guest.tap(ROOMS)
    check_out = {"en": "check-out 27 December 2026: 2 nights", "bn": "২৭ ডিসেম্বর ২০২৬"}[lang]
    if date_typed == "25 tarikh":
        check_out = "২৭ মার্চ ২০২৬"
    assert check_out in stay.text


async def test_days_from_tomorrow_are_no_stay_to_the_2nd_of_next_month(make_guest):
    guest = make_guest("en")
    await guest.tap("tourism:book")
    noted = await guest.say("kal theke 2 din")
    assert "Noted: from 2 Mar, 2 days." in noted.text and "nights" not in noted.text
    await guest.tap("tourism:district:darjeeling")
    await guest.say("3 jon")
    await guest.tap(PROPERTIES)
    asked = await guest.tap(ROOMS)
    assert "2 March" in asked.text and "How many nights" in asked.text


async def test_a_room_named_with_the_nights_is_taken_with_them(make_guest):
    guest = make_guest("en")
    await guest.tap("tourism:book")
    await guest.tap("tourism:district:darjeeling")
    await guest.tap(PROPERTIES)
    await guest.say("25 dec")
    stay = await guest.say("cottage for 2 nights")
    assert "check-out 27 December 2026: 2 nights" in stay.text
