"""Dates typed in Bengali in Latin letters, as many phones without a Bengali keyboard write them (on 1 March 2026)."""
from __future__ import annotations

from datetime import date

import pytest

from services.tourism.domain import parse_check_out, parse_date, parse_stay

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize("typed", ["10 tarikh", "10 tarikhe", "10 tarik", "10 taarikh", "10 Tarikh."])
def test_a_day_of_the_month_said_with_tarikh_is_read(typed):
    assert parse_date(typed, TODAY) == date(2026, 3, 10)


def test_a_stay_and_a_check_out_said_with_tarikh_are_read():
    assert parse_stay("10 tarikh theke 12 tarikh", TODAY, 30) == (date(2026, 3, 10), date(2026, 3, 12))
    assert parse_check_out("12 tarikh porjonto", TODAY, date(2026, 3, 10), 30) == date(2026, 3, 12)


async def test_a_stay_typed_with_tarikh_is_booked(make_guest):
    """'10 tarikh' where the check-in is asked was 'তারিখটি বুঝতে পারিনি', though '১০ তারিখ' was read."""
    guest = make_guest("bn")
    await guest.tap("tourism:room:lataguri-standard")
    assert "চেক-ইন ১০ মার্চ ২০২৬। কত রাত থাকবেন?" in (await guest.say("10 tarikh")).text
    read = await guest.say("12 tarikh porjonto")
    assert "চেক-ইন ১০ মার্চ ২০২৬, চেক-আউট ১২ মার্চ ২০২৬: ২ রাত।" in read.text and "কতজন অতিথি?" in read.text
