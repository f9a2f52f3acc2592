"""Weekdays typed in Bengali in Latin letters ("shonibar", "agami shukrobar"), as they are in Bengali letters
(on Sunday 1 March 2026)."""
from __future__ import annotations

from datetime import date

import pytest

from services.tourism.domain import parse_check_out, parse_date

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize("typed, day", [
    ("sombar", 2), ("shombar", 2), ("mongolbar", 3), ("mangalbar", 3), ("budhbar", 4), ("bishudbar", 5),
    ("brihospotibar", 5), ("shukrobar", 6), ("sukrobar", 6), ("shonibar", 7), ("sonibar", 7), ("shanibar", 7),
    ("robibar", 8), ("rabibar", 8), ("agami shukrobar", 6), ("samner shonibar", 7), ("shonibare", 7),
])
def test_a_weekday_in_latin_letters_is_the_coming_one(typed, day):
    assert parse_date(typed, TODAY) == date(2026, 3, day)


def test_a_check_out_on_a_weekday_in_latin_letters():
    assert parse_check_out("robibar porjonto", TODAY, date(2026, 3, 6), 30) == date(2026, 3, 8)


async def test_a_weekday_typed_in_latin_letters_is_the_check_in(make_guest):
    """'shonibar' where the check-in is asked was 'তারিখটি বুঝতে পারিনি', though 'শনিবার' was read."""
    guest = make_guest("bn")
    await guest.tap("tourism:room:lataguri-standard")
    assert "চেক-ইন ৭ মার্চ ২০২৬।" in (await guest.say("shonibar")).text
