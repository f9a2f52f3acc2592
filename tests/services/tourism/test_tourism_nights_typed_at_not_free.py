"""At a 'not free' list that says the stay could be shortened, a number of nights typed ('২ রাত', '2 raat') is the
shorter stay from the same check-in, the group kept: asked on, or said not free again; before, it was 'could not
read that as a date'."""
from __future__ import annotations

import pytest
from tourism_kit import DORM


async def _full_on_the_22nd(make_guest, lang: str):
    await make_guest().book(DORM, "2026-06-22", nights=1, guests=2)
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap("tourism:date:2026-06-20")
    told = await guest.tap("tourism:nights:3")
    assert "tourism:altdate:2026-06-20:2" in told.choices
    return guest


@pytest.mark.parametrize("typed", ["২ রাত", "2 raat", "দুই রাত", "শুধু ২ রাত"])
async def test_fewer_nights_typed_before_the_group_asks_the_group_for_them(make_guest, typed):
    guest = await _full_on_the_22nd(make_guest, "bn")

    asked = await guest.say(typed)

    assert "কতজন অতিথি?" in asked.text and "তারিখ হিসেবে বুঝতে পারিনি" not in asked.text
    await guest.tap("tourism:guests:2")
    quoted = await guest.tap("tourism:name:profile")
    assert "২০ জুন" in quoted.text and "২২ জুন" in quoted.text and "২ রাত" in quoted.text


async def test_fewer_nights_typed_after_rooms_went_at_the_quote_quotes_them(make_guest):
    guest = make_guest()
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap("tourism:date:2026-06-20")
    await guest.tap("tourism:nights:3")
    await guest.tap("tourism:guests:2")
    await make_guest().book(DORM, "2026-06-22", nights=1, guests=2)
    told = await guest.tap("tourism:name:profile")
    assert "tourism:altdate:2026-06-20:2" in told.choices

    quoted = await guest.say("2 nights")

    assert quoted.choice("tourism:confirm:") and "2 nights" in quoted.text and "Guests: 2" in quoted.text


async def test_nights_typed_that_are_still_full_say_so_again(make_guest):
    guest = await _full_on_the_22nd(make_guest, "en")

    again = await guest.say("3 nights")

    assert "the night of 22 June 2026 is full" in again.text and "tourism:altdate:2026-06-20:2" in again.choices


async def test_a_sentence_with_a_night_in_it_is_not_a_count_of_nights(make_guest):
    guest = await _full_on_the_22nd(make_guest, "bn")

    again = await guest.say("১২ তারিখ রাতে আসব")  # "I'll come on the 12th at night": no stay of twelve nights

    assert "তারিখ হিসেবে বুঝতে পারিনি" in again.text and "tourism:altdate:2026-06-20:2" in again.choices
