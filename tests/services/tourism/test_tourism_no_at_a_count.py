"""A "no" where a count is asked ("না" at how many nights, "na" at how many guests, "no" at how many rooms) was told to
type a number, as if it were a wrong one. It says how to change the answer before it (*back*), the question again;
nothing chosen is dropped."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "no", "If the check-in date is not right, type *back* or 0 to change it."),
    ("bn", "না", "চেক-ইনের তারিখ ঠিক না হলে বদলাতে *ফিরে* বা ০ লিখুন।"),
])
async def test_a_no_at_the_nights_says_how_to_change_the_check_in(make_guest, lang, typed, said):
    guest = make_guest(lang)
    asked = await guest.at_nights("lataguri-standard", "2026-04-10")
    answer = await guest.say(typed)
    assert said in answer.text, answer.text
    assert answer.last.choices == asked.last.choices  # the nights' question again
    quoted = await guest.tap("tourism:nights:2")  # the check-in chosen still stands
    assert "guests" in quoted.text.lower() or "অতিথি" in quoted.text


async def test_a_no_at_the_guests_and_the_rooms(guest):
    await guest.at_nights("lataguri-standard", "2026-04-10")
    await guest.tap("tourism:nights:2")
    assert "To change the number of nights, type *back* or 0." in (await guest.say("na")).text
    await guest.say("3")
    answer = await guest.say("no")
    assert "To change the number of guests, type *back* or 0." in answer.text, answer.text
    assert "How many rooms" in answer.text, answer.text
