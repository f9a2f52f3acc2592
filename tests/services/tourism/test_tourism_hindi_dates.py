"""Dates typed in Hindi, as tourists from the rest of India write them (on 1 March 2026): "kal se" (from tomorrow),
"parso" (the day after), "25 december se", "10 मार्च से 12 मार्च तक", "shanivar" (Saturday), "10 tareekh", were "I
did not understand" or "I could not read that date" where "kal theke" and "25 dec theke" were read. Each is read as
its Bengali is; a whole request in Hindi ("darjeeling me 10 march se 2 raat ke liye kamra chahiye, hum 3 log") names
its stay and its group."""
from __future__ import annotations

from datetime import date

import pytest

from services.tourism.domain import parse_check_out, parse_date, parse_stay
from services.tourism.domain.request import read_request

TODAY = date(2026, 3, 1)  # a Sunday


@pytest.mark.parametrize(("typed", "day"), [
    ("parso", date(2026, 3, 3)), ("कल", date(2026, 3, 2)), ("परसों", date(2026, 3, 3)), ("आज", TODAY),
    ("25 march se", date(2026, 3, 25)), ("25 मार्च", date(2026, 3, 25)), ("25 दिसंबर से", date(2026, 12, 25)),
    ("5 अप्रैल को", date(2026, 4, 5)), ("10 tareekh", date(2026, 3, 10)), ("10 तारीख", date(2026, 3, 10)),
    ("shanivar", date(2026, 3, 7)), ("agle somvar", date(2026, 3, 2)), ("शुक्रवार", date(2026, 3, 6))])
def test_a_hindi_date_is_read(typed, day):
    assert parse_date(typed, TODAY) == day, typed


def test_a_hindi_stay_and_check_out_are_read():
    assert parse_stay("10 march se 12 march tak", TODAY, 30) == (date(2026, 3, 10), date(2026, 3, 12))
    assert parse_stay("10 मार्च से 12 मार्च तक", TODAY, 30) == (date(2026, 3, 10), date(2026, 3, 12))
    assert parse_stay("kal se 2 raat", TODAY, 30) == (date(2026, 3, 2), date(2026, 3, 4))
    assert parse_check_out("12 march tak", TODAY, date(2026, 3, 10), 30) == date(2026, 3, 12)


def test_a_whole_request_in_hindi_names_its_stay_and_group():
    said = read_request("darjeeling me 10 march se 2 raat ke liye kamra chahiye, hum 3 log", TODAY)
    assert (said.day, said.nights, said.guests) == (date(2026, 3, 10), 2, 3)
    assert "darjeeling" in said.words


async def test_at_the_check_in_a_hindi_date_is_taken(make_guest):
    guest = make_guest()
    await guest.tap("tourism:room:lataguri-standard")
    assert "Check-in 2 March 2026. How many nights" in (await guest.say("kal se")).text
    await guest.say("back")
    read = await guest.say("10 मार्च से 12 मार्च तक")
    assert "Check-in 10 March 2026, check-out 12 March 2026: 2 nights." in read.text, read.text
