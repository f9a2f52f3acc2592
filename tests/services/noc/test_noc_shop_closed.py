"""One's own shop or business to be closed, its NOC unnamed ("I want to close my shop", "amar business bondho korbo",
"আমার দোকান বন্ধ করে দেব", "ami dokan bondho kore dibo"), reached no service at the main menu and was "Sorry, I did
not understand" in the trade NOC's chat, while the same with the licence named ("dokan bondho kore dibo, licence ki
korbo") was told how a NOC is given up. It is told the same: only at the gram panchayat office, in writing with the
NOC's number, never on WhatsApp. A shop not said to be one's own ("shop bondho korte chai", "pasher moder dokan bondho
korte chai", "মদের দোকান বন্ধ করুন"), a shop said shut by others or asked why, stay what they were."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, has, words
from test_noc_given_up import SAID

OWN_CLOSED = ["I want to close my shop", "amar business bondho korbo", "আমার দোকান বন্ধ করে দেব",
              "ami dokan bondho kore dibo", "amar dokan bondho korte chai", "I wish to close our business"]


@pytest.mark.parametrize("typed", OWN_CLOSED)
def test_ones_own_shop_closed_is_the_nocs_to_tell(typed):
    assert menu_claims(typed) == ["noc:surrender"], typed


@pytest.mark.parametrize("typed", ["shop bondho korte chai", "pasher moder dokan bondho korte chai",
                                   "মদের দোকান বন্ধ করুন", "my shop was closed by police", "amar dokan keno bondho korlo",
                                   "I want to open a shop"])
def test_a_shop_not_ones_own_or_not_closed_by_one_is_not(typed):
    assert "noc:surrender" not in menu_claims(typed), typed


@pytest.mark.parametrize(("lang", "typed"), [("en", "I want to close my shop"), ("bn", "আমার দোকান বন্ধ করে দেব")])
async def test_at_the_main_menu_it_is_told_where(system, lang, typed):
    phone = await at_the_menu(system, "919800392001" if lang == "en" else "919800392002", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert SAID[lang] in words(got), words(got)


async def test_in_the_nocs_chat_it_is_told_where(system):
    phone = await at_the_menu(system, "919800392003", "en")
    await phone.tap("noc:menu", until=has("interactive"))
    got = await phone.say("ami dokan bondho kore dibo", until=has("interactive"))
    assert SAID["en"] in words(got) and "Sorry" not in words(got), words(got)
