"""Outside a stay being chosen (the tourism menu, the bookings list, a booking on screen), a sentence asking to
book, to see one's bookings, to complain or for the voucher is read as the main menu reads it, and a button's own
words typed do what the button does; before, 'আবার বুক করব' after a cancellation or 'অভিযোগ' at a booking was
'Sorry, I did not follow that'."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE

ASK_DISTRICT = {"en": "Which district would you like to stay in?", "bn": "কোন জেলায় থাকতে চান?"}


async def _cancelled(make_guest, lang: str):
    guest = make_guest(lang)
    await guest.book(DOUBLE, "2026-06-10")
    asked = await guest.tap("tourism:cancel:PT-2026-000001")
    done = await guest.tap(asked.choice("tourism:cancelyes:"))
    assert "tourism:book" in done.choices
    return guest


@pytest.mark.parametrize("lang, typed", [
    ("bn", "আবার বুক করব"), ("bn", "ঘর বুক করতে চাই"), ("bn", "আরেকটা বুকিং করব"), ("bn", "abar book korbo"),
    ("en", "I want to book again"), ("en", "book korte chai"),
])
async def test_booking_asked_in_a_sentence_after_a_cancellation_starts_a_booking(make_guest, typed, lang):
    guest = await _cancelled(make_guest, lang)

    asked = await guest.say(typed)

    assert ASK_DISTRICT[lang] in asked.text and "tourism:district:darjeeling" in asked.choices


@pytest.mark.parametrize("typed", ["আমার বুকিং দেখতে চাই", "amar booking dekhbo", "show my bookings"])
async def test_ones_bookings_asked_in_a_sentence_are_listed(make_guest, typed):
    guest = await _cancelled(make_guest, "bn")

    listed = await guest.say(typed)

    assert "tourism:view:PT-2026-000001" in listed.choices


async def test_booking_asked_against_is_not_started(make_guest):
    guest = await _cancelled(make_guest, "bn")

    said = await guest.say("ঘর বুক করতে চাই না")

    assert ASK_DISTRICT["bn"] not in said.text


@pytest.mark.parametrize("typed", ["অভিযোগ", "অভিযোগ জানান", "অভিযোগ করতে চাই", "obhijog", "complain"])
async def test_a_complaint_typed_at_a_booking_asks_what_went_wrong(make_guest, typed):
    guest = make_guest("bn")
    await guest.book(DOUBLE, "2026-03-01", nights=1)  # today's stay: a complaint about it is taken
    await guest.tap("tourism:view:PT-2026-000001")

    asked = await guest.say(typed)

    assert "বুকিং PT-2026-000001-এর থাকা নিয়ে কী সমস্যা হয়েছে" in asked.text
    sent = await guest.say("ঘরে জল নেই, কল থেকে জল পড়ছে না")
    assert "tourism:complaintsend" in sent.choice("tourism:complaintsend")


@pytest.mark.parametrize("typed", ["ভাউচার", "ভাউচার পাঠান", "voucher"])
async def test_the_voucher_typed_at_a_booking_sends_it(make_guest, typed):
    guest = make_guest("bn")
    await guest.book(DOUBLE, "2026-06-10")
    await guest.tap("tourism:view:PT-2026-000001")

    sent = await guest.say(typed)

    assert sent.pdfs and "দুঃখিত, বুঝতে পারিনি" not in sent.text


async def test_a_complaint_typed_at_the_bookings_list_asks_which_booking(make_guest):
    guest = make_guest("bn")
    await guest.book(DOUBLE, "2026-03-01", nights=1)
    await guest.tap("tourism:mine")

    asked = await guest.say("অভিযোগ আছে")

    assert "কোন বুকিং নিয়ে অভিযোগ" in asked.text and "tourism:view:PT-2026-000001" in asked.choices
