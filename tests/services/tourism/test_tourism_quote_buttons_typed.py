"""At the quote, the buttons' own words typed do what the buttons do: 'তারিখ বদলান' (Change dates) gives the rooms
back and asks the check-in again, 'বাদ দিন' (Cancel quote) drops the quote; before, both were answered 'type yes or
no'."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE


@pytest.mark.parametrize("lang, typed, asked", [
    ("bn", "তারিখ বদলান", "কবে পৌঁছবেন (চেক-ইন)?"), ("bn", "তারিখ বদলাতে চাই", "কবে পৌঁছবেন (চেক-ইন)?"),
    ("bn", "tarikh bodlabo", "কবে পৌঁছবেন (চেক-ইন)?"), ("en", "change dates", "When do you arrive (check-in)?"),
    ("en", "change", "When do you arrive (check-in)?"),
])
async def test_change_dates_typed_at_the_quote_asks_the_check_in_again(make_guest, lang, typed, asked):
    guest = make_guest(lang)
    await guest.quote(DOUBLE, "2026-06-10")

    answer = await guest.say(typed)

    assert asked in answer.text
    again = await guest.tap("tourism:date:2026-06-12")  # the rooms were given back: the stay goes on from here
    assert "tourism:nights:2" in again.choices


@pytest.mark.parametrize("typed", ["বাদ দিন", "বাদ"])
async def test_drop_typed_at_the_quote_drops_it(make_guest, typed):
    guest = make_guest("bn")
    await guest.quote(DOUBLE, "2026-06-10")

    answer = await guest.say(typed)

    assert "খরচের হিসাবটি বাদ দেওয়া হল" in answer.text
