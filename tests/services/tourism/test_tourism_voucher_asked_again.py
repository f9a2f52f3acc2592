"""A person with one booking to come who asks for the voucher again in words ("send my voucher again",
"ভাউচারটা আবার পাঠান", "voucher ta abar pathan") was asked "Which booking's voucher would you like?" with a list of
that one booking. The voucher is now sent at once; with several bookings to come, the list is shown as before."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import AYODHYA, DOUBLE, named, walk

WHICH = {"en": "Which booking's voucher", "bn": "কোন বুকিংয়ের ভাউচার"}


@pytest.mark.parametrize("n, lang, typed", [
    (1, "en", "send my voucher again"), (2, "bn", "ভাউচারটা আবার পাঠান"), (3, "bn", "voucher ta abar pathan")])
async def test_the_voucher_asked_again_with_one_booking_is_sent(system, n, lang, typed):
    http, base = system
    phone = Phone(http, base, f"91980044{n:04d}")
    await walk(phone, lang, *AYODHYA, f"tourism:date:{date.today() + timedelta(days=10)}", "tourism:nights:2",
               "tourism:guests:2", "tourism:rooms:1")
    quote = await named(phone)
    await phone.tap(next(c for c in choices(quote) if c.startswith("tourism:confirm:")), until=has("document"))
    await phone.tap("tourism:menu", until=has("interactive"))

    sent = await phone.say(typed, until=has("document"))

    [voucher] = [m for m in sent if m["type"] == "document"]
    assert voucher["document"]["filename"].endswith(".pdf") and WHICH[lang] not in words(sent), words(sent)


async def test_the_voucher_asked_with_two_bookings_to_come_lists_them(make_guest):
    guest = make_guest("en")
    await guest.book(DOUBLE, "2026-06-10")
    await guest.book(DOUBLE, "2026-07-10")
    await guest.tap("tourism:menu")

    asked = await guest.say("send my voucher again")

    assert WHICH["en"] in asked.text and not asked.pdfs
    assert {"tourism:view:PT-2026-000001", "tourism:view:PT-2026-000002"} <= set(asked.choices)
