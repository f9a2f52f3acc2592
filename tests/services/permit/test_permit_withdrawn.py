"""An application for building permission to be withdrawn, or a permission given up ("building permission cancel
korte chai", "naksha batil korte chai", "ভবন নির্মাণের অনুমতি প্রত্যাহার করতে চাই", "naksha ka application wapas lena
hai"), got the permit menu, one's applications listed as if their news were asked, or no service: it is said to be
done only at the gram panchayat office, in writing with the application number, never on WhatsApp, at the main menu
and in the permit chat. A plan's rejection asked after ("amar plan batil hoye geche keno") is one's own
applications as before; a trade's licence given up stays the NOC's, a booking cancelled tourism's, and a construction
to be stopped ("পাশের বাড়ির নির্মাণ বন্ধ করতে চাই") is no permission given up."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, has, words

SAID = {"en": "An application for building permission is withdrawn, or a permission given up, only at your gram "
              "panchayat office",
        "bn": "কেবল আপনার গ্রাম পঞ্চায়েত অফিসেই হয়"}


@pytest.mark.parametrize("typed", ["building permission cancel korte chai", "naksha batil korte chai",
                                   "amar barir plan er application withdraw korbo", "permission surrender korbo",
                                   "বাড়ির নকশার আবেদন বাতিল করতে চাই", "ভবন নির্মাণের অনুমতি প্রত্যাহার করতে চাই",
                                   "I want to withdraw my building permission application",
                                   "naksha ka application wapas lena hai", "भवन निर्माण अनुमति रद्द करना है"])
def test_a_permission_given_up_is_the_permits_to_tell(typed):
    assert menu_claims(typed) == ["permit:withdraw"], typed


@pytest.mark.parametrize(("typed", "expected"), [
    ("amar plan batil hoye geche keno", ["permit:mine"]), ("booking cancel korte chai", ["tourism:cancel"]),
    ("trade licence batil korte chai", ["noc:surrender"]), ("noc application pratyahar korbo", ["noc:surrender"]),
    ("licence fee wapas chai", ["noc:fee"]),
])
def test_other_cancelling_is_read_as_before(typed, expected):
    claims = menu_claims(typed)
    assert "permit:withdraw" not in claims and claims == expected, (typed, claims)


# a neighbour's construction to be stopped is no permission of one's own given up
@pytest.mark.parametrize("typed", ["পাশের বাড়ির নির্মাণ বন্ধ করতে চাই", "pasher building er kaj bondho korte chai",
                                   "ভবন নির্মাণ বন্ধ করতে চাই"])
def test_a_construction_to_be_stopped_is_not_it(typed):
    assert "permit:withdraw" not in menu_claims(typed), typed


@pytest.mark.parametrize(("lang", "typed"), [("en", "building permission cancel korte chai"),
                                             ("bn", "ভবন নির্মাণের অনুমতি প্রত্যাহার করতে চাই")])
async def test_at_the_main_menu_it_is_told_where(system, lang, typed):
    phone = await at_the_menu(system, "919800393001" if lang == "en" else "919800393002", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert SAID[lang] in words(got), words(got)


@pytest.mark.parametrize("typed", ["amar application withdraw korte chai", "আবেদন প্রত্যাহার করতে চাই"])
async def test_in_the_permit_chat_an_application_withdrawn_is_told_where(system, typed):
    phone = await at_the_menu(system, "919800393003", "en")
    await phone.tap("permit:menu", until=has("interactive"))
    got = await phone.say(typed, until=has("interactive"))
    assert SAID["en"] in words(got), words(got)
