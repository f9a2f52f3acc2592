"""A thanks said at a quote left longer than its hold, whose rooms were taken meanwhile, is answered with the warm
word before the rooms are said gone with the alternatives, as it is at any other step."""
from __future__ import annotations

import pytest

DORM = "tinchuley-dorm"  # one room


@pytest.mark.parametrize("lang, thanks, welcome, gone", [
    ("en", "thanks", "You're welcome", "Sorry, no room of this kind is free"),
    ("bn", "ধন্যবাদ", "আপনাকেও ধন্যবাদ", "দুঃখিত, ওই তারিখে এই ধরনের কোনো ঘর খালি নেই"),
])
async def test_thanks_at_a_lapsed_quote_whose_rooms_went_is_answered(make_guest, clock, lang, thanks, welcome, gone):
    guest = make_guest(lang)
    await guest.quote(DORM, "2026-04-10", nights=2, guests=2)
    clock.advance(minutes=15)  # the hold was 10 minutes
    await make_guest().book(DORM, "2026-04-10", nights=2, guests=2)

    answered = await guest.say(thanks)

    assert welcome in answered.text and gone in answered.text
    assert "tourism:altdate:2026-04-12" in answered.choices
