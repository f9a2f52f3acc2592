"""The voucher asked for at the main menu ("voucher ta abar pathan", "ভাউচার খুলছে না", "send my voucher again"): the
words were unread, kept to send to Complaints. Asked in the tourism chat they already sent it. They reach the
tourism chat as that asking does: the voucher of one's one booking to come is sent at once; with several (or none),
one's bookings are listed to choose from. Never another person's. A voucher's download ("download my voucher",
"ভাউচার ডাউনলোড করব") was asked which service it was for, building permission's letter and the NOC's certificate
offered beside tourism: a voucher is tourism's alone. A booking's bill or receipt asked for ("booking er bill chai",
"booking receipt", "বুকিংয়ের রসিদ দিন", "receipt of my booking") reached no service: it is the voucher; what the bill
comes to ("booking er bill koto hobe") is not."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, choices, has, words
from test_tourism_stay_asked import at_the_quote


@pytest.mark.parametrize("typed", ["voucher ta abar pathan", "ভাউচার খুলছে না", "send my voucher again",
                                   # a download named: asked which service, building permission or the NOC
                                   "download my voucher", "ভাউচার ডাউনলোড করব",
                                   # a booking's bill or receipt
                                   "booking er bill chai", "বুকিংয়ের রসিদ দিন", "receipt of my booking"])
async def test_ones_voucher_asked_at_the_main_menu_is_sent(system, typed):
    http, base = system
    phone, quote = await at_the_quote(http, base, "919800330001", "en")
    confirm = next(c for m in quote for c in choices([m]) if c.startswith("tourism:confirm:"))
    await phone.tap(confirm, until=has("document"))
    await phone.say("menu", until=has("interactive"))
    got = await phone.say(typed, until=has("document"))
    assert any(m["type"] == "document" and m["document"]["filename"].startswith("PT-") for m in got), got
    assert "kept for 30 minutes" not in words(got)


async def test_with_no_booking_one_is_told_so_not_kept_as_a_complaint(system):
    phone = await at_the_menu(system, "919800330002")
    got = await phone.say("voucher ta abar pathan", until=has("interactive"))
    assert "kept for 30 minutes" not in words(got) and "You have no bookings yet" in words(got), words(got)


@pytest.mark.parametrize("typed", ["booking receipt", "booking er rosid ta pathao"])
def test_a_bookings_receipt_at_the_main_menu_is_the_voucher(typed):
    assert menu_claims(typed) == ["tourism:voucher"]


def test_what_a_bookings_bill_comes_to_is_no_voucher():
    assert "tourism:voucher" not in menu_claims("booking er bill koto hobe")
