"""Every room booked needs someone staying in it: the rooms offered, and those accepted tapped or typed, are at most
the guests (one guest is not asked, two are offered one or two rooms)."""
from __future__ import annotations

import pytest

COTTAGE = "lamahatta-cottage"  # four rooms of three


async def _at(make_guest, lang: str = "en", guests: int = 2):
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{COTTAGE}")
    await guest.tap("tourism:date:2026-04-10")
    await guest.tap("tourism:nights:2")
    return guest, await guest.tap(f"tourism:guests:{guests}")


async def test_one_guest_is_not_offered_more_rooms_than_one(make_guest):
    guest, asked = await _at(make_guest, guests=1)

    assert "How many rooms" not in asked.text and "In whose name" in asked.text
    quoted = await guest.tap("tourism:name:profile")
    assert "2 nights × 1 room ×" in quoted.text


async def test_two_guests_are_offered_one_or_two_rooms(make_guest):
    guest, asked = await _at(make_guest, guests=2)

    assert list(asked.last.choices) == ["tourism:rooms:1", "tourism:rooms:2"] and "(up to 2)" in asked.text


@pytest.mark.parametrize("lang, step, expected, asked", [
    ("en", "3", "2 guests can take at most 2 rooms", "How many rooms"),
    ("en", "tourism:rooms:3", "2 guests can take at most 2 rooms", "How many rooms"),
    ("bn", "৩", "২ জনের জন্য সর্বোচ্চ ২টি ঘর নেওয়া যায়", "কতগুলি ঘর"),
])
async def test_more_rooms_than_guests_is_refused(make_guest, lang, step, expected, asked):
    guest, _ = await _at(make_guest, lang, guests=2)

    refused = await (guest.tap(step) if step.startswith("tourism:") else guest.say(step))

    assert expected in refused.text and asked in refused.text
    assert "tourism:rooms:3" not in refused.last.choices
    named = await guest.tap("tourism:rooms:2")
    assert "tourism:name:profile" in named.last.choices
