"""After the rooms were said not free, with the alternatives, a whole stay typed ("20 to 22 April", "২০ থেকে ২৩
এপ্রিল") keeps the group already given, as a single date typed there does: its nights are the stay's, and the chat
goes on to the quote (or the rooms, for a group that had too few free) rather than asking the guests again."""
from __future__ import annotations

DORM = "tinchuley-dorm"  # one room
DOUBLE = "tinchuley-double"  # five rooms of two


async def _sold_out(make_guest, lang: str = "en"):
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap("tourism:date:2026-04-10")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:3")
    await guest.tap("tourism:rooms:1")
    await make_guest().book(DORM, "2026-04-10", nights=2, guests=2)
    told = await guest.tap("tourism:name:profile")
    assert "tourism:dates" in told.choices
    return guest


async def test_a_stay_typed_after_the_rooms_went_goes_on_to_the_quote(make_guest):
    guest = await _sold_out(make_guest)

    quoted = await guest.say("20 to 22 April")

    assert "How many guests" not in quoted.text and "Confirm" in quoted.last.choices.values()
    assert "Guests: 3" in quoted.text and "2 nights" in quoted.text and "20 April 2026" in quoted.text


async def test_a_stay_of_other_nights_typed_in_bengali_is_quoted_for_its_nights(make_guest):
    guest = await _sold_out(make_guest, "bn")

    quoted = await guest.say("২০ থেকে ২৩ এপ্রিল")

    assert "কতজন" not in quoted.text and any(c.startswith("tourism:confirm:") for c in quoted.last.choices)
    assert "অতিথি: ৩ জন" in quoted.text and "৩ রাত" in quoted.text


async def test_a_group_with_too_few_rooms_free_is_asked_its_rooms_for_a_typed_stay(make_guest):
    await make_guest().book(DOUBLE, "2026-06-10", nights=2, guests=6, rooms=3)
    guest = make_guest()
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DOUBLE}")
    await guest.tap("tourism:date:2026-06-10")
    await guest.tap("tourism:nights:2")
    told = await guest.tap("tourism:guests:8")
    assert "not enough for 8 guests" in told.text

    asked = await guest.say("20 to 22 June")

    assert "8 guests need at least 4 rooms" in asked.text and "tourism:rooms:4" in asked.choices
