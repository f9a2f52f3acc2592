"""A new check-in or stay typed at a 'too few rooms' list goes on to the rooms for the group: the dates it now
holds are said first, so the person sees which dates the rooms are asked for."""
from __future__ import annotations

from tourism_kit import too_few


async def test_a_check_in_typed_at_too_few_says_the_dates_it_holds(make_guest):
    guest, _ = await too_few(make_guest, via_dorm=True)

    moved = await guest.say("12/06/2026")

    assert "8 guests need at least 4 rooms" in moved.text
    assert "12 Jun" in moved.text and "14 Jun" in moved.text and "2 nights" in moved.text
    assert moved.text.index("12 Jun") < moved.text.index("8 guests need")


async def test_a_stay_typed_at_too_few_says_its_dates_in_bengali(make_guest):
    guest, _ = await too_few(make_guest, "bn", via_dorm=True)

    moved = await guest.say("১২ থেকে ১৫ জুন")

    assert "১২ জুন" in moved.text and "১৫ জুন" in moved.text and "৩ রাত" in moved.text
    assert "tourism:rooms:4" in moved.choices
