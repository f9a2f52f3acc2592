"""A stay with some nights full and others free is told which nights are full ('the night of 21 June 2026 is
full', '২১ জুন ২০২৬ রাতে…'), so the person can shorten or move it; a stay full every night is said full as before."""
from __future__ import annotations

DORM = "tinchuley-dorm"  # one room


async def _stay(guest, check_in: str, nights: int):
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap(f"tourism:date:{check_in}")
    return await guest.tap(f"tourism:nights:{nights}")


async def test_the_one_full_night_of_three_is_named(make_guest):
    await make_guest().book(DORM, "2026-06-21", nights=1, guests=2)

    told = await _stay(make_guest(), "2026-06-20", 3)

    assert "the night of 21 June 2026 is full" in told.text
    assert "20 June 2026" not in told.text and "22 June 2026" not in told.text


async def test_two_full_nights_are_named_in_bengali(make_guest):
    await make_guest().book(DORM, "2026-06-21", nights=2, guests=2)

    told = await _stay(make_guest("bn"), "2026-06-20", 4)

    assert "২১ জুন ২০২৬ আর ২২ জুন ২০২৬ রাতে" in told.text and "২০ জুন ২০২৬" not in told.text


async def test_a_night_taken_at_the_quote_is_named(make_guest):
    guest = make_guest()
    await _stay(guest, "2026-06-20", 3)
    await guest.tap("tourism:guests:2")
    await make_guest().book(DORM, "2026-06-22", nights=1, guests=2)

    told = await guest.tap("tourism:name:profile")

    assert "the night of 22 June 2026 is full" in told.text


async def test_a_stay_full_every_night_is_said_full_as_before(make_guest):
    await make_guest().book(DORM, "2026-06-20", nights=3, guests=2)

    told = await _stay(make_guest(), "2026-06-20", 2)

    assert "Sorry, no room of this kind is free on those dates" in told.text and "night of" not in told.text
