"""A complaint said lodged already, and no more ("ami complaint korechi", "I already lodged a complaint", "আমি অভিযোগ
করেছি", "complaint registered, thank you", "amar complaint number ache"), began a NEW complaint at the main menu and
in the complaints' chat, those words its description or its subject asked. It is one's complaints now, where each
stands (or that there are none yet, with a new one a tap away). Words that go on to say what is wrong, or ask to
complain, stay a new complaint."""
from __future__ import annotations

import pytest
from grievance_kit import YEAR
from phone_kit import at_the_menu, choices, has, words
from test_grievance_reopen_told import arjun

from services.grievance.conversation.wants import asks_mine

LODGED = [("bn", "ami complaint korechi"), ("en", "I already lodged a complaint"), ("bn", "আমি অভিযোগ করেছি"),
          ("en", "complaint registered, thank you"), ("bn", "amar complaint number ache"),
          ("bn", "complaint kore diyechi"), ("en", "I have already complained"), ("en", "i have filed a complaint"),
          ("bn", "অভিযোগ করেছিলাম"), ("bn", "আমি আগেই অভিযোগ জানিয়েছি"), ("bn", "ami agei complaint korechilam"),
          ("en", "i have a complaint number")]
NEW = ["I have made a complaint about the road", "ami complaint korechi rasta bhanga", "complaint korbo",
       "I want to lodge a complaint", "amar complaint ache", "আমি অভিযোগ করব"]
ARJUNS = [f"grievance:view:GRV-{YEAR}-00000{n}" for n in (2, 1, 5)]  # latest first


@pytest.mark.parametrize("typed", [typed for _, typed in LODGED])
def test_they_ask_after_ones_complaints(typed):
    assert asks_mine(typed), typed


@pytest.mark.parametrize("typed", NEW)
def test_words_of_a_new_one_stay_so(typed):
    assert not asks_mine(typed), typed


@pytest.mark.parametrize("where", ["menu", "chat"])
@pytest.mark.parametrize("lang, typed", LODGED[:5])
async def test_said_lodged_lists_ones_complaints(system, where, lang, typed):
    phone = await arjun(system, lang, where)
    got = await phone.say(typed, until=has("interactive"))
    assert choices(got) == ARJUNS, (typed, words(got), choices(got))  # no subject asked, no new complaint


@pytest.mark.parametrize("lang, typed, told", [("en", "I already lodged a complaint", "You have no complaints with us"),
                                               ("bn", "আমি অভিযোগ করেছি", "আপনার এখনও কোনো অভিযোগ নেই")])
async def test_with_none_lodged_one_is_told_so(system, lang, typed, told):
    phone = await at_the_menu(system, "919800000079", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert told in words(got) and "grievance:new" in choices(got), words(got)
    assert "grievance:cat:water" not in choices(got)
