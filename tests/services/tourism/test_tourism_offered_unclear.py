"""Words that cannot be read at a 'not free' list ("just me", "১ জন"), a thanks, or a check-in typed there that
is refused are answered (what was expected, the thanks, the refusal) with the same apology and choices again, rather
than the plain date list with the alternatives gone."""
from __future__ import annotations

import pytest
from tourism_kit import sold_out, too_few


@pytest.mark.parametrize("lang, typed, expected, apology", [
    ("en", "just me", "I could not read that as a date", "Sorry, no room of this kind is free on those dates"),
    ("bn", "১ জন", "এটি তারিখ হিসেবে বুঝতে পারিনি", "এই ধরনের কোনো ঘর খালি নেই"),
    # a thanks, or a check-in typed there that is refused (passed, or beyond the bookings open)
    ("en", "thanks", "You're welcome", "Sorry, no room of this kind is free on those dates"),
    ("bn", "ধন্যবাদ", "আপনাকেও ধন্যবাদ", "এই ধরনের কোনো ঘর খালি নেই"),
    ("en", "01/02/2026", "That date has passed", "Sorry, no room of this kind is free on those dates"),
    ("bn", "১০/০৩/২০২৮", "এত আগে বুক করা যায় না", "এই ধরনের কোনো ঘর খালি নেই"),
])
async def test_words_not_read_at_the_list_show_the_same_choices_again(make_guest, lang, typed, expected, apology):
    guest = await sold_out(make_guest, lang)

    again = await guest.say(typed)

    assert expected in again.text and apology in again.text
    assert "tourism:altdate:2026-04-12" in again.choices and "tourism:dates" in again.choices
    quoted = await guest.tap("tourism:altdate:2026-04-12")
    assert any(c.startswith("tourism:confirm:") for c in quoted.last.choices)


async def test_a_group_with_too_few_free_is_shown_its_choices_again(make_guest):
    guest, _ = await too_few(make_guest)

    again = await guest.say("all of us")

    assert "I could not read that as a date" in again.text and "not enough for 8 guests" in again.text
    assert "tourism:dates" in again.choices
