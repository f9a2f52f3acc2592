"""The title of an alternative stay in a 'not free' list keeps both its dates whole in Bengali, where the month
names are long ('১২–১৪ জানুয়ারি', not '১২ জানুয়ারি – ১৪…'), and still fits a row."""
from __future__ import annotations

DORM = "tinchuley-dorm"  # one room


async def test_bengali_alternative_stays_keep_both_dates(make_guest):
    await make_guest().book(DORM, "2027-01-10", nights=2, guests=2)
    guest = make_guest("bn")
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap("tourism:date:2027-01-10")

    told = await guest.tap("tourism:nights:2")

    titles = {id: title for id, title in told.last.choices.items() if id.startswith("tourism:altdate:")}
    assert titles and not any("…" in title for title in titles.values())
    assert titles["tourism:altdate:2027-01-12"] == "১২–১৪ জানুয়ারি"
