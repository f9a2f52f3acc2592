"""An identity paper asked whether it is needed ("aadhaar card lagbe?", "voter card dorkar?", "আধার কার্ড লাগবে?", "is
PAN card needed") was "Sorry, I did not understand" in the building-permission and trade-NOC chats: it asks the papers
an application takes, answered as "ki ki kagoj lagbe" is (what one's open application still needs, or the papers for
a new one, the holder's identity proof among them). How to get such a card is another office's; a paan shop's
licence, the shop's."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words

from shared.casework.follow import asked

PAPERS = "For a new trade NOC, bring the holder's identity proof"


@pytest.mark.parametrize("typed", ["aadhaar card lagbe?", "voter card dorkar?", "আধার কার্ড লাগবে?", "is PAN card needed",
                                   "voter id lagbe", "passport lagbe ki"])
def test_an_identity_paper_asked_whether_needed_asks_the_papers(typed):
    assert asked(typed) == "papers", typed


@pytest.mark.parametrize("typed", ["aadhaar card", "aadhaar card kivabe pabo", "pan shop er licence lagbe",
                                   "pan dokan khulbo"])
def test_a_card_to_get_or_a_paan_shop_are_not(typed):
    assert asked(typed) != "papers", typed


@pytest.mark.parametrize(("lang", "typed"), [("en", "aadhaar card lagbe?"), ("en", "pan card lagbe")])
async def test_in_the_noc_chat_the_papers_for_a_new_one(system, lang, typed):
    phone = await at_the_menu(system, "919800390001", lang)
    await phone.tap("noc:menu", until=has("interactive"))
    said = words(await phone.say(typed, until=has("interactive")))
    assert PAPERS in said and "did not understand" not in said, said
