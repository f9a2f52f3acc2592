"""'menu' after only looking at one's bookings in tourism said 'If you were in the middle of something in Tourism, it
is kept for 30 minutes', though nothing was half done. Through the real webhook (gateway, tourism, sender and the
fake Cloud API): after a look the main menu says nothing is kept; with a booking half made, it still says it is."""
from __future__ import annotations


import pytest
from phone_kit import Phone, choices, has, words

KEPT = {"en": "If you were in the middle of something in *Tourism: book a room*, it is kept for 30 minutes",
        "bn": "*পর্যটন: ঘর বুকিং* পরিষেবায় কিছু মাঝপথে থাকলে তা ৩০ মিনিট রাখা থাকবে"}
MENU = {"en": "menu", "bn": "মেনু"}


async def at_tourism(system, wa_id: str, lang: str) -> Phone:
    http, base = system
    phone = Phone(http, base, wa_id, name="Rina Das")
    await phone.say("hi", until=has("interactive"))
    await phone.tap(f"shell:lang:{lang}", until=has("interactive"))
    await phone.tap("tourism:menu", until=has("interactive"))
    return phone


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_menu_after_only_looking_at_ones_bookings_says_nothing_is_kept(system, lang):
    phone = await at_tourism(system, "919830070001" if lang == "en" else "919830070002", lang)
    await phone.tap("tourism:mine", until=has("interactive"))
    shown = await phone.say(MENU[lang], until=has("interactive"))
    menu = words(shown)
    assert "tourism:menu" in choices(shown) and KEPT[lang] not in menu, menu
    assert ("kept" if lang == "en" else "রাখা থাকবে") not in menu, menu


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_menu_with_a_booking_half_made_says_it_is_kept(system, lang):
    phone = await at_tourism(system, "919830070003" if lang == "en" else "919830070004", lang)
    await phone.tap("tourism:mine", until=has("interactive"))  # a look first: nothing in progress yet
    await phone.tap("tourism:book", until=has("interactive"))
    await phone.tap("tourism:district:jalpaiguri", until=has("interactive"))
    menu = words(await phone.say(MENU[lang], until=has("interactive")))
    assert KEPT[lang] in menu, menu
