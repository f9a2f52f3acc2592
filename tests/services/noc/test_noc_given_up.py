"""A trade NOC to be given up when the trade closes, or its application withdrawn ("licence surrender korbo", "noc
cancel korte chai", "dokan bondho kore dibo, licence ki korbo", "লাইসেন্স বাতিল করতে চাই",
"ट्रेड लाइसेंस रद्द करना है"), got the NOC menu, or "I could not tell which service": it is said to be done only
at the gram panchayat office, in writing with the NOC's or the application's number, never on WhatsApp, at the main
menu and in the NOC's chat. A NOC's cancelling asked after ("noc cancel hoye geche keno") is read as before; a booking
cancelled stays tourism's."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, has, words

SAID = {"en": "is given up (surrendered), or an application for one withdrawn, only at your gram panchayat office",
        "bn": "কেবল আপনার গ্রাম পঞ্চায়েত অফিসেই হয়"}


@pytest.mark.parametrize("typed", ["licence surrender korbo", "noc cancel korte chai", "trade licence batil korte chai",
                                   "dokan bondho kore dibo, licence ki korbo", "লাইসেন্স বাতিল করতে চাই",
                                   "দোকান বন্ধ করে দেব, ট্রেড লাইসেন্স কী করব", "ट्रेड लाइसेंस रद्द करना है",
                                   "how do I cancel my trade licence", "I want to surrender my NOC"])
def test_a_noc_given_up_is_the_nocs_to_tell(typed):
    assert menu_claims(typed) == ["noc:surrender"], typed


@pytest.mark.parametrize(("typed", "expected"), [
    ("noc cancel hoye geche keno", ["noc:menu"]), ("booking cancel korte chai", ["tourism:cancel"]),
    ("renewal na korle licence batil hobe?", ["noc:renewals"]), ("complaint withdraw korte chai", ["grievance:mine"]),
])
def test_other_cancelling_is_read_as_before(typed, expected):
    claims = menu_claims(typed)
    assert "noc:surrender" not in claims and claims == expected, (typed, claims)


@pytest.mark.parametrize(("lang", "typed"), [("en", "noc cancel korte chai"), ("bn", "লাইসেন্স বাতিল করতে চাই")])
async def test_at_the_main_menu_it_is_told_where(system, lang, typed):
    phone = await at_the_menu(system, "919800391001" if lang == "en" else "919800391002", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert SAID[lang] in words(got), words(got)


@pytest.mark.parametrize("typed", ["amar application withdraw korte chai", "application wapas lena hai",
                                   "আবেদন প্রত্যাহার করতে চাই"])
async def test_in_the_nocs_chat_an_application_withdrawn_is_told_where(system, typed):
    phone = await at_the_menu(system, "919800391003", "en")
    await phone.tap("noc:menu", until=has("interactive"))
    got = await phone.say(typed, until=has("interactive"))
    assert SAID["en"] in words(got), words(got)
