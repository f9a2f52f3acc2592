"""The name a booking is made in is asked before the quote: the guest house checks it against a photo identity
card, and a WhatsApp profile name is often none ("WhatsApp User", a nickname, a shop's name)."""
from __future__ import annotations

import pytest
from tourism_kit import pdf_text

from services.tourism.domain import Refused
from services.tourism.domain.guest import guest_name, offered_name
from services.tourism.repository import Repositories


async def at_name(guest):
    await guest.tap("tourism:book")
    await guest.tap("tourism:room:lamahatta-cottage")
    await guest.tap("tourism:date:2026-12-25")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:2")
    return await guest.tap("tourism:rooms:1")


@pytest.mark.parametrize("typed, name", [("  Anjali   Mondal ", "Anjali Mondal"), ("রীনা দাস", "রীনা দাস"),
                                         ("Mr. O'Brien-Smith", "Mr. O'Brien-Smith")])
def test_a_typed_name_is_trimmed_and_kept_in_its_script(typed, name):
    assert guest_name(typed) == name


@pytest.mark.parametrize("typed, key", [("98300 12345", "name_digits"), ("😀😀", "name_letters"),
                                        ("Rina 2", "name_letters"), ("A", "name_length"), ("x" * 61, "name_length")])
def test_a_name_of_digits_emoji_or_a_letter_is_refused(typed, key):
    with pytest.raises(Refused) as refused:
        guest_name(typed)
    assert refused.value.key == key


@pytest.mark.parametrize("profile, offered", [("Rina Das", "Rina Das"), ("WhatsApp User", None), ("😎", None),
                                              ("Rina 9830012345", None), ("", None)])
def test_the_profile_name_is_offered_only_when_it_could_be_a_name(profile, offered):
    assert offered_name(profile) == offered


async def test_the_name_typed_is_in_the_quote_the_voucher_the_public_record_and_the_booking(make_guest, runtime):
    guest = make_guest(name="WhatsApp User")
    asked = await at_name(guest)
    assert "In whose name shall we book?" in asked.text and "photo ID" in asked.text
    assert list(asked.last.choices) == ["tourism:back"]  # "WhatsApp User" is no name to offer
    digits = await guest.say("9830012345")
    assert "That is a number, not a name." in digits.text and "In whose name" in digits.text
    emoji = await guest.say("😀😀")  # a smile is thanks elsewhere, here a name refused
    assert "A name is written in letters only" in emoji.text
    quote = await guest.say("  Anjali   Mondal ")
    assert "Name on the booking: Anjali Mondal" in quote.text and "Total: ₹4,620" in quote.text

    booked = await guest.tap(quote.choice("tourism:confirm:"))

    [voucher] = [r for r in booked.replies if r.pdf]
    assert "Anjali Mondal" in pdf_text(voucher.pdf) and "WhatsApp User" not in pdf_text(voucher.pdf)
    assert booked.event("tourism.document.issued")["holder_name"] == "Anjali Mondal"
    booking = await Repositories.of(runtime.store).bookings.get("PT-2026-000001")
    assert booking is not None and booking.guest_name == "Anjali Mondal"


async def test_the_profile_name_is_one_tap_in_bengali_and_back_from_the_quote_asks_the_name_again(make_guest):
    guest = make_guest("bn", name="Rina Das")
    asked = await at_name(guest)
    assert "কার নামে বুক করব?" in asked.text
    assert asked.last.choices == {"tourism:name:profile": "Rina Das", "tourism:back": "ফিরে যান"}
    quote = await guest.tap("tourism:name:profile")
    assert "বুকিং যাঁর নামে: Rina Das" in quote.text
    again = await guest.say("ফিরে")
    assert "কার নামে বুক করব?" in again.text
    quote = await guest.say("রীনা দাস")
    assert "বুকিং যাঁর নামে: রীনা দাস" in quote.text
    booked = await guest.tap(quote.choice("tourism:confirm:"))
    assert "রীনা দাস" in pdf_text(booked.pdfs[0])
    second = await at_name(guest)  # the next booking offers the name given last, then the profile's
    assert list(second.last.choices) == ["tourism:name:last", "tourism:name:profile", "tourism:back"]

