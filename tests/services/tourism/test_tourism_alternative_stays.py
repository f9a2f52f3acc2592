"""The dates offered instead of a full stay are stays, check-in to check-out, so that none is taken for the
check-out; and none starts past the booking window (a year ahead), where a tap would only be refused."""
from __future__ import annotations

DORM = "tinchuley-dorm"  # one room


async def test_other_dates_are_offered_as_stays_in_english(make_guest):
    await make_guest().book(DORM, "2026-04-10", nights=2, guests=2)

    late = await make_guest().quote(DORM, "2026-04-10", nights=2, guests=2)

    rows = late.last.choices
    assert rows["tourism:altdate:2026-04-13"] == "Mon 13 Apr – Wed 15 Apr"
    assert rows["tourism:altdate:2026-04-08"] == "Wed 8 Apr – Fri 10 Apr"


async def test_other_dates_are_offered_as_stays_in_bengali(make_guest):
    await make_guest().book(DORM, "2026-04-10", nights=2, guests=2)

    late = await make_guest("bn").quote(DORM, "2026-04-10", nights=2, guests=2)

    assert late.last.choices["tourism:altdate:2026-04-13"] == "১৩ এপ্রিল – ১৫ এপ্রিল"


async def test_no_other_date_is_offered_past_the_booking_window(make_guest):
    await make_guest().book(DORM, "2027-02-28", nights=1, guests=2)  # the window's last check-in: 1 March 2027

    late = await make_guest().quote(DORM, "2027-02-28", nights=1, guests=2)

    offered = {c for c in late.last.choices if c.startswith("tourism:altdate:")}
    assert offered == {"tourism:altdate:2027-03-01", "tourism:altdate:2027-02-27", "tourism:altdate:2027-02-26"}
