""""yesterday", "গতকাল" or "gotokal" typed where the check-in is asked got "I could not read that date. Please type
day/month/year", as if the words were no date: they are read as the day they name, which has passed, and told so;
"kal", "কাল" stay tomorrow (a day that has passed cannot be booked)."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.tourism.domain import parse_date

TODAY = date(2026, 12, 3)
ROOM = "tourism:room:lataguri-standard"


@pytest.fixture
def december(clock):
    clock.now = datetime(2026, 12, 3, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal, 3 December 2026


@pytest.mark.parametrize("typed", ["yesterday", "Yesterday.", "গতকাল", "গত কাল", "gotokal", "gatakal"])
def test_yesterday_is_the_day_before(typed):
    assert parse_date(typed, TODAY) == date(2026, 12, 2)


@pytest.mark.parametrize("typed", ["kal", "কাল", "tomorrow"])
def test_kal_is_still_tomorrow(typed):
    assert parse_date(typed, TODAY) == date(2026, 12, 4)


@pytest.mark.parametrize("lang, typed, told, unread", [
    ("en", "yesterday", "That date has passed. Please give today or a later date.", "I could not read that date"),
    ("bn", "গতকাল", "ওই তারিখটি পেরিয়ে গেছে। আজ বা পরের কোনো তারিখ দিন।", "তারিখটি বুঝতে পারিনি"),
    ("bn", "gotokal", "ওই তারিখটি পেরিয়ে গেছে। আজ বা পরের কোনো তারিখ দিন।", "তারিখটি বুঝতে পারিনি"),
])
async def test_yesterday_at_the_check_in_is_told_it_has_passed(make_guest, december, lang, typed, told, unread):
    guest = make_guest(lang)
    await guest.tap(ROOM)
    answer = await guest.say(typed)
    assert answer.text.startswith(told) and unread not in answer.text, answer.text
    assert "tourism:date:2026-12-03" in answer.choices  # the days from today, asked again
