"""The group typed as adults and children ("2 adults 1 child", "২ জন বড় ১ জন ছোট") is read as its total and said
back with both; before, the first number alone was taken ("amra 2 jon, sathe ekta baccha" was two guests) or none
("Please type a number, like 2"). Children alone are no group: the adults are asked for. The quote and the booking
show the group so."""
from __future__ import annotations

import pytest
from tourism_kit import DORM

from services.tourism.domain import Party, parse_party


@pytest.mark.parametrize("typed, adults, children", [
    ("2 adults 1 child", 2, 1), ("2 jon boro 1 ta bachcha", 2, 1), ("২ জন বড় ১ জন ছোট", 2, 1),
    ("3 adults and 2 kids", 3, 2), ("amra 2 jon, sathe ekta baccha", 2, 1), ("আমরা ২জন, সঙ্গে একটা বাচ্চা", 2, 1),
    ("two adults and a baby", 2, 1), ("1 child", 0, 1), ("2 adults 0 children", 2, 0),
])
def test_adults_and_children_are_read_apart(typed, adults, children):
    assert parse_party(typed) == Party(adults, children)


@pytest.mark.parametrize("typed", ["3", "amra 3 jon", "2 adults 1 child 1 dog", "children", "kids 2 3"])
def test_what_names_no_children_or_more_than_the_group_is_left_to_the_count(typed):
    assert parse_party(typed) is None


async def at_guests(guest, room: str = "lataguri-standard") -> None:
    await guest.tap(f"tourism:room:{room}")
    await guest.tap("tourism:date:2026-06-10")
    await guest.tap("tourism:nights:1")


@pytest.mark.parametrize("lang, typed, said, quoted", [
    ("en", "3 adults and 2 kids", "5 guests (3 adults, 2 children).", "Guests: 5 (3 adults, 2 children)"),
    ("en", "amra 2 jon, sathe ekta baccha", "3 guests (2 adults, 1 child).", "Guests: 3 (2 adults, 1 child)"),
    ("bn", "২ জন বড় ১ জন ছোট", "৩ জন অতিথি (২ জন বড়, ১ জন ছোট)।", "অতিথি: ৩ জন (২ জন বড়, ১ জন ছোট)"),
])
async def test_the_group_typed_as_adults_and_children_is_its_total_to_the_quote(make_guest, lang, typed, said, quoted):
    guest = make_guest(lang)
    await at_guests(guest)
    rooms = await guest.say(typed)
    assert said in rooms.text
    await guest.tap(rooms.choice("tourism:rooms:"))  # the fewest rooms for the whole group
    quote = await guest.tap("tourism:name:profile")
    assert quoted in quote.text, quote.text
    booked = await guest.tap(quote.choice("tourism:confirm:"))
    assert f", {said[:-1]}\n" in booked.text  # the booking confirmed, and as opened later, says the group so
    viewed = await guest.tap(booked.choice("tourism:view:"))
    assert f", {said[:-1]}\n" in viewed.text


async def test_children_alone_ask_for_the_adults_then_count_them_together(guest):
    await at_guests(guest)
    asked = await guest.say("1 child")
    assert "How many adults are coming with the 1 child?" in asked.text and "How many rooms" not in asked.text
    rooms = await guest.say("2")
    assert "3 guests (2 adults, 1 child)." in rooms.text and "3 guests need at least 2 rooms" in rooms.text


async def test_a_count_tapped_after_is_the_whole_group(guest):
    await at_guests(guest)
    await guest.say("2 adults 1 child")
    await guest.say("back")
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")
    quote = await guest.tap("tourism:name:profile")
    assert "Guests: 2\n" in quote.text and "adult" not in quote.text


async def test_the_total_is_held_to_what_the_room_takes(guest):
    await at_guests(guest, DORM)
    refused = await guest.say("5 adults and 2 kids")  # the dormitory is one room of six
    assert "7 guests do not fit in this kind of room" in refused.text


async def test_changing_the_dates_at_the_quote_keeps_the_adults_and_children(guest):
    await at_guests(guest, DORM)
    await guest.say("2 adults 1 child")
    quote = await guest.tap("tourism:name:profile")
    assert "Guests: 3 (2 adults, 1 child)" in quote.text
    await guest.tap(quote.choice("tourism:change:"))
    await guest.tap("tourism:date:2026-06-15")
    requoted = await guest.tap("tourism:nights:3")  # the dormitory's one room: the name asked, not the rooms
    assert "How many guests" not in requoted.text
    requoted = await guest.tap("tourism:name:profile")
    assert "3 nights" in requoted.text and "Guests: 3 (2 adults, 1 child)" in requoted.text
