"""At a 'not free' list (the apology with alternatives), a thanks, or a check-in typed there that is refused (passed,
or beyond the bookings open), is answered and the same apology and choices shown again, rather than the plain list
of the next days with the alternatives gone."""
from __future__ import annotations

import pytest

DORM = "tinchuley-dorm"  # one room


async def _sold_out(make_guest, lang: str):
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap("tourism:date:2026-04-10")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:3")
    await make_guest().book(DORM, "2026-04-10", nights=2, guests=2)
    told = await guest.tap("tourism:name:profile")
    assert "tourism:altdate:2026-04-12" in told.choices
    return guest


@pytest.mark.parametrize("lang, typed, expected, apology", [
    ("en", "thanks", "You're welcome", "Sorry, no room of this kind is free on those dates"),
    ("bn", "ধন্যবাদ", "আপনাকেও ধন্যবাদ", "এই ধরনের কোনো ঘর খালি নেই"),
    ("en", "01/02/2026", "That date has passed", "Sorry, no room of this kind is free on those dates"),
    ("bn", "১০/০৩/২০২৮", "এত আগে বুক করা যায় না", "এই ধরনের কোনো ঘর খালি নেই"),
])
async def test_the_same_choices_are_shown_after_a_thanks_or_a_date_refused(make_guest, lang, typed, expected, apology):
    guest = await _sold_out(make_guest, lang)

    again = await guest.say(typed)

    assert expected in again.text and apology in again.text
    assert "tourism:altdate:2026-04-12" in again.choices and "tourism:dates" in again.choices
    quoted = await guest.tap("tourism:altdate:2026-04-12")
    assert any(c.startswith("tourism:confirm:") for c in quoted.last.choices)
