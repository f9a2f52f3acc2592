"""Whether a shop may go on without its trade NOC, asked ("can I run my shop without NOC", "dokan er licence na thakle
ki hobe", "licence chara dokan chalano jabe?", "লাইসেন্স ছাড়া দোকান চালানো যাবে?"), was "No NOC is registered to this
WhatsApp number" (read as one's own NOC asked after) or "I could not tell which service": a shopkeeper asking whether
one is needed was told of none of theirs. It is read as a shop's licence needed: how to apply, at the main menu and in
the NOC chat. One's own NOC asked after ("my NOC", "my shop licence status") is one's own, as before."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, has, words

APPLY = "To apply for a trade NOC, make an application at your gram panchayat office"
ASKED = ["can I run my shop without NOC", "dokan er licence na thakle ki hobe", "licence chara dokan chalano jabe?",
         "NOC chara byabsa korle ki hobe", "লাইসেন্স ছাড়া দোকান চালানো যাবে?"]


@pytest.mark.parametrize("typed", ASKED)
def test_a_shop_without_its_licence_is_how_to_apply(typed):
    assert menu_claims(typed) == ["noc:apply"], typed


@pytest.mark.parametrize("typed", ["my NOC", "my shop licence status", "amar dokaner licence er ki holo"])
def test_ones_own_asked_after_is_as_before(typed):
    assert menu_claims(typed) == ["noc:mine"], typed


async def test_at_the_main_menu_how_to_apply_is_told(system):
    phone = await at_the_menu(system, "919800000095", "en")
    said = words(await phone.say("can I run my shop without NOC", until=has("interactive")))
    assert APPLY in said and "No NOC is registered" not in said, said


async def test_in_the_noc_chat_too(system):
    phone = await at_the_menu(system, "919800000096", "en")
    await phone.tap("noc:menu", until=has("interactive"))
    said = words(await phone.say("লাইসেন্স ছাড়া দোকান চালানো যাবে?", until=has("interactive")))
    assert APPLY in said and "No NOC is registered" not in said, said
