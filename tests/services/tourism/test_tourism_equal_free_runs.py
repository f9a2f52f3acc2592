"""A stay with a full night in its middle and two equally long runs of free nights around it offers both runs as
shorter stays, the earlier first (nearer the check-in asked), each a tap that keeps the group."""
from __future__ import annotations

from tourism_kit import DORM


async def _full_in_the_middle(make_guest, lang: str = "en"):
    """The dormitory wanted 20–25 June 2026, five nights, the 22nd taken: 20–22 and 23–25 free, two nights each."""
    await make_guest().book(DORM, "2026-06-22", nights=1, guests=2)
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap("tourism:date:2026-06-20")
    return guest, await guest.tap("tourism:nights:5")


async def test_two_equal_runs_of_free_nights_are_both_offered_the_earlier_first(make_guest):
    guest, told = await _full_in_the_middle(make_guest)

    assert "the night of 22 June 2026 is full" in told.text
    shorter = [id for id in told.choices if id.startswith("tourism:altdate:") and id.count(":") == 3]
    assert shorter == ["tourism:altdate:2026-06-20:2", "tourism:altdate:2026-06-23:2"]
    asked = await guest.tap("tourism:altdate:2026-06-23:2")
    assert "tourism:guests:2" in asked.choices
    await guest.tap("tourism:guests:2")
    quoted = await guest.tap("tourism:name:profile")
    assert "23 Jun" in quoted.text and "25 Jun" in quoted.text and "2 nights" in quoted.text


async def test_the_later_run_is_offered_in_bengali_too(make_guest):
    _, told = await _full_in_the_middle(make_guest, "bn")

    assert "tourism:altdate:2026-06-20:2" in told.choices and "tourism:altdate:2026-06-23:2" in told.choices
    assert "২২ জুন ২০২৬" in told.text
