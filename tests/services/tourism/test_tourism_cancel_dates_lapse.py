"""New dates typed at "Cancel booking …?" are kept for that offer's *Book new dates* only. Before, they stayed in the
chat until a booking began: the offer left for the bookings list, a room row tapped there from an old list (or a
district's, and its rooms after) took them, the check-in never asked. Now leaving the offer lets them go; *Book new
dates* tapped at the offer, or after looking at that booking, still takes them."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE

NUMBER = "PT-2026-000001"
TYPED = [("en", "change to 20 June for 3 nights", "20 June"), ("bn", "na, 20 june theke 3 raat korbo", "২০ জুন"),
         ("bn", "না, ২০ জুন থেকে ৩ রাত থাকব", "২০ জুন")]
NOTED = {"en": "Noted:", "bn": "বুঝেছি:"}


async def offered(make_guest, lang: str, typed: str):
    guest = make_guest(lang)
    await guest.book(DOUBLE, "2026-06-10")
    await guest.tap(f"tourism:cancel:{NUMBER}")
    told = await guest.say(typed)
    assert NOTED[lang] in told.text and f"tourism:room:{DOUBLE}" in told.choices, told.text
    return guest


@pytest.mark.parametrize("lang, typed, day", TYPED)
async def test_an_old_room_row_tapped_after_leaving_the_offer_asks_the_check_in(make_guest, lang, typed, day):
    guest = await offered(make_guest, lang, typed)
    await guest.tap("tourism:mine")

    asked = await guest.tap(f"tourism:room:{DOUBLE}")

    assert any(c.startswith("tourism:date:") for c in asked.choices), (asked.text, asked.choices)
    assert day not in asked.text, asked.text


async def test_an_old_district_row_after_the_menu_does_not_take_them_either(make_guest):
    guest = await offered(make_guest, "en", TYPED[0][1])
    await guest.tap("tourism:home")
    await guest.tap("tourism:district:darjeeling")
    await guest.tap("tourism:property:tinchuley")

    asked = await guest.tap(f"tourism:room:{DOUBLE}")

    assert any(c.startswith("tourism:date:") for c in asked.choices) and "20 June" not in asked.text, asked.text


@pytest.mark.parametrize("lang, typed, day", TYPED)
async def test_book_new_dates_at_the_offer_still_takes_them(make_guest, lang, typed, day):
    guest = await offered(make_guest, lang, typed)
    await guest.tap(f"tourism:view:{NUMBER}")  # the booking looked at first: still the offer's

    booked = await guest.tap(f"tourism:room:{DOUBLE}")

    assert day in booked.text and any(c.startswith("tourism:guests:") for c in booked.choices), booked.text
