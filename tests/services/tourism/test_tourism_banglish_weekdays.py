"""Weekdays typed in Bengali in Latin letters ("shonibar", "agami shukrobar"), as they are in Bengali letters
(on Sunday 1 March 2026). A weekend, "this weekend", "ei weekend e", "এই উইকেন্ডে", where the check-in is asked
or in a message that asks for a room ("ei weekend e darjeeling e room chai"), was "could not read that date" or
dropped: it is its coming Saturday, as the weekday said apart from "e" ("shonibar e") is that day."""
from __future__ import annotations

from datetime import date

import pytest

from services.tourism.domain import parse_check_out, parse_date

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize("typed, day", [
    ("sombar", 2), ("shombar", 2), ("mongolbar", 3), ("mangalbar", 3), ("budhbar", 4), ("bishudbar", 5),
    ("brihospotibar", 5), ("shukrobar", 6), ("sukrobar", 6), ("shonibar", 7), ("sonibar", 7), ("shanibar", 7),
    ("robibar", 8), ("rabibar", 8), ("agami shukrobar", 6), ("samner shonibar", 7), ("shonibare", 7),
    ("shonibar e", 7), ("agami robibar e", 8), ("this weekend", 7), ("ei weekend e", 7), ("এই উইকেন্ডে", 7),
    ("weekend", 7), ("coming weekend", 7),
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


async def test_a_weekend_is_the_check_in_of_its_saturday(make_guest):
    guest = make_guest("en")
    await guest.tap("tourism:room:lataguri-standard")
    assert "Check-in 7 March 2026." in (await guest.say("this weekend")).text


async def test_a_weekend_in_a_message_asking_for_a_room_is_noted(make_guest):
    guest = make_guest("en")
    said = (await guest.say("ei weekend e darjeeling e room chai")).text
    assert "Noted: Darjeeling, from 7 Mar." in said, said
