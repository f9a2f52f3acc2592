"""A change of a NOC's or a permission's details asked for ("I want to change the name on my trade licence", "amar
licence e naam bhul ache, thik korte chai", "অনুমতিপত্রে ঠিকানা ভুল, সংশোধন করতে চাই"): one's NOC or application was
shown, or "Sorry, I did not understand", and nothing said of how. Details are corrected only at the gram panchayat
office, with the number, never on WhatsApp: that is said, with the office of one's own cases, and the service's
buttons; at the main menu and in the service's chat, both services, both languages."""
from __future__ import annotations

import pytest
from both_kit import both_fixtures
from casework_kit import TAPAN, in_the_chat
from phone_kit import at_the_menu, choices, has, words

service, clock, bus, runtime, citizen, system, office = both_fixtures()

NOBODY = "919800000099"
ASKED = {("noc", "en"): "I want to change the name on my trade licence",
         ("noc", "bn"): "amar licence e naam bhul ache, thik korte chai",
         ("permit", "en"): "I need to correct the owner's name on my building permission",
         ("permit", "bn"): "অনুমতিপত্রে ঠিকানা ভুল, সংশোধন করতে চাই"}
SAID = {"en": "are corrected only at the gram panchayat office", "bn": "কেবল গ্রাম পঞ্চায়েত অফিসে সংশোধন করা যায়"}


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_asked_at_the_main_menu_it_is_told_where(system, service, lang):
    phone = await at_the_menu(system, NOBODY, lang)
    got = await phone.say(ASKED[service.name, lang], until=has("interactive"))
    assert SAID[lang] in words(got), words(got)


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_asked_in_the_chat_it_is_told_where_with_ones_office(system, service, lang):
    phone = await in_the_chat(system, service.name, TAPAN if service.name == "noc" else service.fee_holder,
                              "en" if lang == "en" else "bn")
    got = await phone.say(ASKED[service.name, lang], until=has("interactive"))
    text = words(got)
    assert SAID[lang] in text, text
    assert "Baghmundi" in text or "বাঘমুন্ডি" in text, text  # the office of their own case
    assert choices(got), got

