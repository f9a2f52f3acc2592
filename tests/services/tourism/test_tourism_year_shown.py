"""A date row's title shows the year where the day and month alone would be taken for another day: next year's
1 December offered on 3 December 2026 for "1 dec" is "Wed 1 Dec 2027" ("১ ডিসেম্বর ২০২৭"), not "Wed 1 Dec", which
reads as the day just passed; days in the months ahead ("Fri 1 Jan" in December) stay as they were."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.tourism.domain import show_short_date, year_matters
from shared.runtime.spec import ROW_TITLE_MAX

ROOM = "tourism:room:lataguri-standard"


@pytest.fixture
def december(clock):
    clock.now = datetime(2026, 12, 3, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal, 3 December 2026


@pytest.mark.parametrize("lang, typed, title", [
    ("en", "1 dec", "Wed 1 Dec 2027"), ("bn", "১ ডিসেম্বর", "১ ডিসেম্বর ২০২৭"), ("en", "1 to 3 Dec", "Wed 1 Dec 2027"),
])
async def test_next_year_s_day_offered_shows_its_year(make_guest, december, lang, typed, title):
    guest = make_guest(lang)
    await guest.tap(ROOM)
    told = await guest.say(typed)
    offered = next(choice for choice in told.choices if choice.startswith("tourism:date:2027-12-01"))
    assert told.choices[offered] == title


async def test_the_coming_days_show_no_year(guest, december):
    await guest.tap(ROOM)
    told = await guest.say("1 dec")
    assert told.choices["tourism:date:2026-12-04"] == "Fri 4 Dec"


@pytest.mark.parametrize("day, today, shown", [
    (date(2027, 12, 1), date(2026, 12, 3), True), (date(2027, 1, 1), date(2026, 12, 20), False),
    (date(2027, 10, 1), date(2026, 12, 3), True), (date(2026, 12, 25), date(2026, 12, 3), False),
    (date(2025, 12, 28), date(2026, 1, 3), True), (date(2026, 11, 1), date(2026, 12, 3), False),
])
def test_the_year_matters_for_a_day_of_another_year_but_the_coming_months(day, today, shown):
    assert year_matters(day, today) is shown


def test_a_row_title_with_its_year_fits():
    longest = max((show_short_date(date(2027, month, 28), lang, year=True) for month in range(1, 13)
                   for lang in ("en", "bn")), key=len)
    assert len(longest) <= ROW_TITLE_MAX
