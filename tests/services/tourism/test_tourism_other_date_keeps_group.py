"""After the rooms were said not free, with the alternatives, another check-in tapped from the date list or typed
keeps the nights and the group already given: the chat goes on to the quote (or the rooms, for a group that had too
few free) rather than asking the nights and the guests again."""
from __future__ import annotations

from tourism_kit import DORM, sold_out, too_few


async def test_a_date_typed_after_the_rooms_went_goes_on_to_the_quote(make_guest):
    guest = await sold_out(make_guest)

    quoted = await guest.say("20/04/2026")

    assert "How many guests" not in quoted.text and "How many nights" not in quoted.text
    assert "Confirm" in quoted.last.choices.values()
    assert "Guests: 3" in quoted.text and "2 nights" in quoted.text


async def test_a_date_tapped_from_other_dates_goes_on_to_the_quote_in_bengali(make_guest):
    guest = await sold_out(make_guest, "bn")
    await guest.tap("tourism:dates")

    quoted = await guest.tap("tourism:date:2026-04-20")

    assert any(c.startswith("tourism:confirm:") for c in quoted.last.choices)


async def test_a_group_with_too_few_rooms_free_is_asked_its_rooms_for_another_date(make_guest):
    guest, _ = await too_few(make_guest, via_dorm=True)

    asked = await guest.say("20 June")

    assert "8 guests need at least 4 rooms" in asked.text and "tourism:rooms:4" in asked.choices


async def test_going_back_to_the_dates_still_asks_the_nights(make_guest):
    guest = make_guest()
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap("tourism:date:2026-04-10")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:back")
    await guest.tap("tourism:back")

    asked = await guest.tap("tourism:date:2026-04-20")

    assert "tourism:nights:3" in asked.choices
