"""Cancelling a booking promises '90% refund ₹…', yet 'taka kobe ferot pabo?', 'when will I get my refund' or
'রিফান্ড কবে পাব' afterwards was not understood. They now say the refund promised, that the guest house will contact
the guest about paying it back (the service sets no date for it, so none is said) and the guest house's number to
call; the booking on screen is the one asked about. With nothing cancelled, there is no refund to come, and why,
with My bookings to look at them."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE

NUMBER = "PT-2026-000001"


async def _cancelled(make_guest, lang: str):
    guest = make_guest(lang)
    await guest.book(DOUBLE, "2026-06-10")
    await guest.tap("tourism:mine")
    await guest.tap(f"tourism:cancel:{NUMBER}")
    done = await guest.tap(f"tourism:cancelyes:{NUMBER}:90")
    return guest, done


@pytest.mark.parametrize("lang, asked", [("en", "when will I get my refund"), ("en", "taka kobe ferot pabo?"),
                                         ("bn", "রিফান্ড কবে পাব"), ("bn", "টাকা কবে ফেরত পাব?")])
async def test_when_the_refund_comes_is_answered_with_whom_to_call(make_guest, lang, asked):
    guest, done = await _cancelled(make_guest, lang)
    refund = done.text.split(": ", 1)[1].split("\n")[0].rstrip("।.")  # the amount the cancelling promised
    got = await guest.say(asked)
    assert refund in got.text and NUMBER in got.text, got.text
    if lang == "en":
        assert "The guest house will contact you about paying it back; no date for it is set here" in got.text
        assert "call the guest house on" in got.text and "not understand" not in got.text
    else:
        assert "অতিথিনিবাস আপনার সঙ্গে যোগাযোগ করবে" in got.text and "বুঝতে পারিনি" not in got.text
    assert got.choice(f"tourism:view:{NUMBER}")
    viewed = await guest.tap(f"tourism:view:{NUMBER}")  # asked at the booking on screen: the same answer
    contact = viewed.text.split("Caretaker: " if lang == "en" else "যোগাযোগ: ", 1)[1].split("\n")[0]
    assert contact in (await guest.say(asked)).text


async def test_with_nothing_cancelled_there_is_no_refund_to_come(make_guest):
    guest = make_guest("en")
    await guest.book(DOUBLE, "2026-06-10")
    await guest.tap("tourism:home")
    got = await guest.say("when will I get my refund?")
    assert "None of your bookings has a refund to come" in got.text and got.choice("tourism:mine")
    assert "less than 2 days before check-in has no refund" in got.text
