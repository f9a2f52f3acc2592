"""Whether one must go to the office, asked in the building-permission or trade-NOC chat ("office e jete hobe?", "do
I have to visit the office", "অফিসে যেতে হবে?"), was "Sorry, I did not understand": it is where the service's
business is done, answered as "office ta kothay" is (applied for and paid at the gram panchayat office, not on
WhatsApp, and the office of one's own applications). A complaint to be made at an office is not this question."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words

from shared.casework.follow import asked

WHERE = {"permit": "Building permission is applied for at your gram panchayat office, not on WhatsApp",
         "noc": "is applied for at your gram panchayat office or on the online portal, not on WhatsApp"}


@pytest.mark.parametrize("typed", ["office e jete hobe?", "office te jete hobe ki", "do I have to visit the office",
                                   "do I need to go to the office?", "অফিসে যেতে হবে?"])
def test_whether_one_must_go_to_the_office_is_where_it_is_done(typed):
    assert asked(typed) == "where", typed


@pytest.mark.parametrize("typed", ["office e giye complaint korte hobe?", "the office was closed today"])
def test_other_words_of_the_office_are_not(typed):
    assert asked(typed) != "where", typed


@pytest.mark.parametrize(("service", "typed"), [("permit", "office e jete hobe?"),
                                                ("noc", "do I have to visit the office")])
async def test_in_the_chat_where_it_is_done_and_ones_office(system, service, typed):
    phone = await at_the_menu(system, "919800000001")  # Rina: applications and NOCs with Baghmundi Gram Panchayat
    await phone.tap(f"{service}:menu", until=has("interactive"))
    said = words(await phone.say(typed, until=has("interactive")))
    assert WHERE[service] in said and "Baghmundi Gram Panchayat" in said and "did not understand" not in said, said
