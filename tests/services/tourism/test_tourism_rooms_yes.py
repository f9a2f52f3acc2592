""""Yes" at the rooms question ("ha", "yes", "হ্যাঁ", "ok"): where one room holds the group, one room is taken and
said back, the name asked next; before, a number was asked for again (and "ok" got "All right 👍" and the question).
Where one room does not hold the group, how many rooms it needs is said and the question asked again."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE

ONE = {"en": "One room, then.", "bn": "তাহলে ১টি ঘর।"}
NAME = {"en": "In whose name", "bn": "কার নামে"}


async def at_rooms(make_guest, lang: str, guests: int):
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DOUBLE}")
    await guest.tap("tourism:date:2026-06-10")
    await guest.tap("tourism:nights:2")
    asked = await guest.tap(f"tourism:guests:{guests}")
    assert "tourism:rooms:1" in asked.choices or "tourism:rooms:2" in asked.choices, asked.text
    return guest


@pytest.mark.parametrize("lang, typed", [("en", "yes"), ("en", "ok"), ("bn", "ha"), ("bn", "হ্যাঁ"), ("bn", "ঠিক আছে")])
async def test_yes_takes_one_room_when_one_holds_the_group(make_guest, lang, typed):
    guest = await at_rooms(make_guest, lang, 2)

    said = await guest.say(typed)

    assert ONE[lang] in said.text and NAME[lang] in said.text, said.text
    quoted = await guest.tap("tourism:name:profile")
    assert "2 nights × 1 room ×" in quoted.text or "১টি ঘর" in quoted.text, quoted.text


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "yes", "3 guests need 2 rooms"), ("bn", "ha", "৩ জনের জন্য ২টি ঘর লাগবে"),
    ("bn", "হ্যাঁ", "৩ জনের জন্য ২টি ঘর লাগবে")])
async def test_yes_says_how_many_rooms_the_group_needs_when_one_does_not_hold_it(make_guest, lang, typed, told):
    guest = await at_rooms(make_guest, lang, 3)

    said = await guest.say(typed)

    assert told in said.text and "tourism:rooms:2" in said.choices, said.text
    assert NAME[lang] not in said.text and ONE[lang] not in said.text
    named = await guest.tap("tourism:rooms:2")
    assert NAME[lang] in named.text
