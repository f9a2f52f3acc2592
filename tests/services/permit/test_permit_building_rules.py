"""The rules for building a house asked ("বাড়ি তৈরির নিয়ম কী", "bari toiri korar niyom ki", "what are the rules for
building a house") was "I could not tell which service your message is for": what the panchayat asks of a house to be
built is building permission, so how to apply is told, at the main menu as in the permission's chat. A scheme's house
("awas yojona te ghor toiri r niyom") stays the other schemes' answer."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words
from test_permit_how_to_apply import claimed

ASKED = ["বাড়ি তৈরির নিয়ম কী", "bari toiri korar niyom ki", "what are the rules for building a house",
         "ghor banabar niyom", "বাড়ি বানানোর নিয়ম কানুন"]


@pytest.mark.parametrize("typed", ASKED)
def test_the_rules_for_building_a_house_are_how_to_apply(typed):
    assert claimed(typed) == "apply", typed


@pytest.mark.parametrize("typed", ["awas yojona te ghor toiri r niyom", "trade licence er niyom"])
def test_a_schemes_house_or_a_licence_is_not(typed):
    assert claimed(typed) is None, typed


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("bn", "বাড়ি তৈরির নিয়ম কী", "গ্রাম পঞ্চায়েত অফিসে আবেদন জমা দিন"),
    ("en", "what are the rules for building a house", "make an application at your gram panchayat office")])
async def test_at_the_main_menu_how_to_apply_is_told(system, lang, typed, said):
    phone = await at_the_menu(system, "919800000094", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert said in words(got), words(got)
