"""A stay with some nights full and others free is offered its longest run of free nights as one tap beside the
other choices ('Sat 20 Jun – Mon 22 Jun', '2 nights only'), for the same group: the tap quotes that shorter stay."""
from __future__ import annotations

DORM = "tinchuley-dorm"  # one room


async def _to_guests(guest, check_in: str, nights: int):
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap(f"tourism:date:{check_in}")
    return await guest.tap(f"tourism:nights:{nights}")


async def test_a_night_taken_at_the_quote_offers_the_free_nights_and_quotes_them(make_guest):
    guest = make_guest()
    await _to_guests(guest, "2026-06-20", 3)
    await guest.tap("tourism:guests:2")
    await make_guest().book(DORM, "2026-06-22", nights=1, guests=2)

    told = await guest.tap("tourism:name:profile")

    assert "the night of 22 June 2026 is full" in told.text
    assert "tourism:altdate:2026-06-20:2" in told.choices
    quoted = await guest.tap("tourism:altdate:2026-06-20:2")
    assert "20 Jun" in quoted.text and "22 Jun" in quoted.text and "2 nights" in quoted.text
    assert "Guests: 2" in quoted.text
    assert quoted.choice("tourism:confirm:")


async def test_a_stay_full_in_its_middle_offers_the_longer_free_run_in_bengali(make_guest):
    await make_guest().book(DORM, "2026-06-21", nights=1, guests=2)
    guest = make_guest("bn")

    told = await _to_guests(guest, "2026-06-20", 4)

    assert "tourism:altdate:2026-06-22:2" in told.choices  # 22-23 June, longer than the 20th alone
    assert not any(id.startswith("tourism:altdate:2026-06-20:") for id in told.choices)
    asked = await guest.tap("tourism:altdate:2026-06-22:2")
    assert "tourism:guests:2" in asked.choices  # the group asked next, for the shorter stay
    await guest.tap("tourism:guests:2")
    quoted = await guest.tap("tourism:name:profile")
    assert "২ রাত" in quoted.text and "২২ জুন" in quoted.text and "২৪ জুন" in quoted.text


async def test_a_stay_full_every_night_offers_no_shorter_stay(make_guest):
    await make_guest().book(DORM, "2026-06-20", nights=3, guests=2)
    guest = make_guest()
    told = await _to_guests(guest, "2026-06-20", 2)

    assert not any(id.count(":") == 3 for id in told.choices if id.startswith("tourism:altdate:"))
