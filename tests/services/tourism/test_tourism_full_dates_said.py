"""A check-in typed at a 'none free' list for dates that are full too: the apology names the dates it is about
(the ones typed), as the 'too few rooms' one does; before, it said 'on those dates' with the check-in moved."""
from __future__ import annotations

from tourism_kit import DORM


async def _full_list(make_guest, lang: str):
    await make_guest().book(DORM, "2026-06-20", nights=6, guests=2)  # 20–26 June taken
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap("tourism:date:2026-06-20")
    told = await guest.tap("tourism:nights:2")
    assert "tourism:dates" in told.choices
    return guest, told


async def test_the_full_dates_are_named(make_guest):
    guest, told = await _full_list(make_guest, "en")
    assert "Sorry, no room of this kind is free on those dates (20 June 2026 – 22 June 2026)." in told.text

    moved = await guest.say("22/06/2026")

    assert "free on those dates (22 June 2026 – 24 June 2026)" in moved.text


async def test_the_full_dates_are_named_in_bengali(make_guest):
    guest, _ = await _full_list(make_guest, "bn")

    moved = await guest.say("২২ জুন")

    assert "দুঃখিত, ওই তারিখে এই ধরনের কোনো ঘর খালি নেই (২২ জুন ২০২৬ – ২৪ জুন ২০২৬)।" in moved.text
