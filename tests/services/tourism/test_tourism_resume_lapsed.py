"""Carrying on at a quote left longer than its hold: the rooms are held again, not said held until a time gone by."""
from __future__ import annotations


async def test_a_quote_carried_on_after_its_hold_ran_out_holds_the_rooms_again(guest, clock):
    quote = await guest.quote("lataguri-standard", "2026-06-10")
    assert "held for you until 10:40" in quote.text
    clock.advance(minutes=25)  # the hold was 10 minutes; the main menu keeps the booking for 30
    await guest.tap("tourism:menu")
    again = await guest.tap("tourism:resume")
    assert "until 10:40" not in again.text and "held for you until 11:05" in again.text
    assert "Your hold had run out, but the rooms are still free" in again.text
    booked = await guest.tap(again.choice("tourism:confirm:"))
    assert "Booked" in booked.text
