"""A quote shown again where the person is (thanks, a word not understood) after its hold ran out holds the rooms
again, or offers others when they are gone; it never says they are held until a time gone by."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("typed, said", [("thanks", "You're welcome"), ("hmm", "")])
async def test_a_quote_shown_again_after_its_hold_ran_out_holds_the_rooms_again(guest, clock, typed, said):
    quote = await guest.quote("lataguri-standard", "2026-06-10")
    assert "held for you until 10:40" in quote.text
    clock.advance(minutes=20)

    again = await guest.say(typed)

    assert "until 10:40" not in again.text and "held for you until 11:00" in again.text
    assert "Your hold had run out, but the rooms are still free" in again.text and said in again.text
    booked = await guest.tap(again.choice("tourism:confirm:"))
    assert "Booked" in booked.text


async def test_a_quote_shown_again_in_bengali_says_the_hold_was_renewed(make_guest, clock):
    guest = make_guest("bn")
    await guest.quote("lataguri-standard", "2026-06-10")
    clock.advance(minutes=20)
    again = await guest.say("ধন্যবাদ")
    assert "আপনাকেও ধন্যবাদ" in again.text and "আবার ধরে রাখা হল" in again.text and "১০:৪০" not in again.text


async def test_a_quote_shown_again_when_its_rooms_went_meanwhile_offers_others(make_guest, clock):
    guest = make_guest()
    await guest.quote("tinchuley-dorm", "2026-06-10")
    clock.advance(minutes=20)
    await make_guest().book("tinchuley-dorm", "2026-06-10")  # the one dormitory, taken once the hold lapsed

    again = await guest.say("thanks")

    assert "until 10:40" not in again.text and "tourism:confirm:" not in " ".join(again.choices)
    assert "tourism:altroom:tinchuley-double" in again.choices


async def test_a_quote_shown_again_within_its_hold_keeps_it(guest, clock):
    quote = await guest.quote("lataguri-standard", "2026-06-10")
    clock.advance(minutes=5)
    again = await guest.say("thanks")
    assert "held for you until 10:40" in again.text and "run out" not in again.text
    assert again.choice("tourism:confirm:") == quote.choice("tourism:confirm:")
