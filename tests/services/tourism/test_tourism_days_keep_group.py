"""A check-in and its days ("kal theke 3 din", "কাল থেকে ৩ দিন") typed at a 'not free' list keep the group already
given, as changing the dates at a quote does: once the nights are chosen, the rooms are asked for that group (or the
name, where the rooms have one answer), not the guests again."""
from __future__ import annotations

from tourism_kit import sold_out, too_few


async def test_days_typed_after_the_rooms_went_keep_the_group(make_guest):
    guest = await sold_out(make_guest)

    asked = await guest.say("kal theke 3 din")
    assert "From 2 March 2026 for 3 days" in asked.text and "tourism:nights:2" in asked.choices

    named = await guest.tap("tourism:nights:2")
    assert "How many guests" not in named.text and "In whose name" in named.text
    quoted = await guest.tap("tourism:name:profile")
    assert "Guests: 3" in quoted.text and "2 nights" in quoted.text and "2 March 2026" in quoted.text


async def test_days_typed_in_bengali_keep_the_group(make_guest):
    guest = await sold_out(make_guest, "bn")

    await guest.say("কাল থেকে ৩ দিন")
    named = await guest.say("৩")
    assert "কতজন" not in named.text and "কার নামে" in named.text

    quoted = await guest.tap("tourism:name:profile")
    assert "অতিথি: ৩ জন" in quoted.text and "৩ রাত" in quoted.text


async def test_a_group_with_too_few_rooms_free_is_asked_its_rooms_after_days_typed(make_guest):
    guest, told = await too_few(make_guest)
    assert "not enough for 8 guests" in told.text

    await guest.say("20 June for 3 days")
    asked = await guest.tap("tourism:nights:2")

    assert "8 guests need at least 4 rooms" in asked.text and "tourism:rooms:4" in asked.choices
