"""A figure that is a digit to ``str.isdigit`` but not one ``int`` reads ("²", "³", as a phone's symbol keys type
them) where a count of days, nights or guests is read ("kal theke ² raat", "in ² days", "room chai ² jon") raised
ValueError in the date and count readers: the message was not answered with its question. Counts are read with
``shared.india.count_said`` now, figures by ``isdecimal``: such a figure is no count."""
from __future__ import annotations

from datetime import date

from services.tourism.domain import parse_stay
from services.tourism.domain.calendar import parse_date
from services.tourism.domain.loose_dates import parse_days
from services.tourism.domain.request import read_request
from shared.india import count_said

TODAY = date(2026, 3, 1)


def test_a_superscript_figure_is_no_count():
    assert [count_said(said) for said in ("²", "3", "৩", "dui", "x")] == [None, 3, 3, 2, None]
    assert parse_date("in ² days", TODAY) is None and parse_stay("kal theke ² raat", TODAY, 30) is None
    assert parse_days("kal theke ² din", TODAY) is None
    assert read_request("room chai ² jon", TODAY).guests is None


async def test_at_the_check_in_it_is_asked_again(make_guest):
    guest = make_guest("en")
    await guest.tap("tourism:room:lataguri-standard")
    said = (await guest.say("kal theke ² raat")).text
    assert "When do you arrive (check-in)?" in said or "Check-in 2 March 2026." in said, said
