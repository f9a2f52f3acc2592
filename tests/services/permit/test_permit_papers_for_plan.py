"""The papers a house's plan or permission needs, asked at the main menu ("barir plan pass er jonno ki ki kagoj
lagbe", "bari banabo ki ki kagoj lagbe", "নকশা পাস করাতে কী কী কাগজ লাগে"), were one's own applications ("plan pass"
read as asked after) or how to apply, with no paper named, and the trade NOC claimed them too, so the menu asked
which: they are building permission's papers alone. The plan's fee ("naksha pass er fee koto") is the permission's
fee, not the NOC's too. In Hindi the papers ("kaun se documents chahiye", "कौन से कागज चाहिए"), how long, how much and
where ("kitne din lagenge", "खर्च कितना है", "दफ्तर कहाँ है") are answered in the chats as their Bengali is. How long a
plan's passing takes ("plan pass er jonno koto din lagbe", "নকশা পাস হতে কত দিন লাগে") was one's own applications ("No
application is registered"): it is answered as at the permission's menu; a renewal's papers are the NOC's alone."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, has, words


PAPERS = "Bring papers that show them"


@pytest.mark.parametrize("typed", ["barir plan pass er jonno ki ki kagoj lagbe", "plan pass korte ki ki kagoj lagbe",
                                   "naksha pass korate ki kagoj lagbe", "bari banabo ki ki kagoj lagbe",
                                   "নকশা পাস করাতে কী কী কাগজ লাগে",
                                   "ghar ka naksha pass karane ke liye kaun se documents chahiye",
                                   "घर का नक्शा पास कराने के लिए कौन से कागज चाहिए"])
def test_papers_for_a_house_are_building_permissions_alone(typed):
    assert menu_claims(typed) == ["permit:missing"], typed


@pytest.mark.parametrize("typed", ["naksha pass er fee koto", "plan pass er fee koto"])
def test_the_plans_fee_is_the_permissions_alone(typed):
    assert menu_claims(typed) == ["permit:fee"], typed


@pytest.mark.parametrize("typed", ["trade license ke liye kya kagaz chahiye",
                                   "दुकान का लाइसेंस के लिए कौन से दस्तावेज़ चाहिए",
                                   "barite dokan, trade license er kagoj ki lagbe"])
def test_a_trades_papers_stay_the_nocs(typed):
    assert menu_claims(typed) == ["noc:missing"], typed


@pytest.mark.parametrize("typed", ["plan pass er jonno koto din lagbe", "নকশা পাস হতে কত দিন লাগে",
                                   "naksha pass hone me kitne din lagenge"])
def test_how_long_a_plan_takes_is_read_as_at_the_permissions_menu(typed):
    assert menu_claims(typed) == ["permit:menu"], typed


def test_a_renewals_papers_are_the_nocs_alone():
    assert menu_claims("renew er jonno ki kagoj lagbe") == ["noc:renewal_needs"]


async def test_at_the_main_menu_how_long_is_told(system):
    phone = await at_the_menu(system, "919800000097", "en")
    got = await phone.say("plan pass er jonno koto din lagbe", until=has("interactive"))
    assert "There is no set number of days" in words(got), words(got)


@pytest.mark.parametrize(("typed", "expected"), [
    ("plan pass hoyeche?", ["permit:mine"]), ("naksha pass korate chai", ["permit:apply"]),
    ("ki ki kagoj lagbe", ["noc:missing", "permit:missing"])])
def test_asked_after_wished_or_unnamed_as_before(typed, expected):
    assert menu_claims(typed) == expected, typed


async def test_at_the_main_menu_the_papers_are_told(system):
    phone = await at_the_menu(system, "919800000096", "en")
    got = await phone.say("barir plan pass er jonno ki ki kagoj lagbe", until=has("interactive"))
    assert PAPERS in words(got), words(got)


@pytest.mark.parametrize(("typed", "told"), [
    ("कौन से कागज चाहिए", PAPERS), ("kaun se documents chahiye", PAPERS),
    ("kitne din lagenge", "There is no set number of days"), ("कितने दिन लगेंगे", "There is no set number of days"),
    ("kitne paise lagenge", "The building permission fee is set"),
    ("खर्च कितना है", "The building permission fee is set"),
    ("kahan apply karna hai", "applied for at your gram panchayat office"),
    ("दफ्तर कहाँ है", "applied for at your gram panchayat office")])
async def test_in_the_permissions_chat_hindi_follow_ups_are_answered(citizen, typed, told):
    answer = await citizen("919812340014", lang="en").say(typed)
    assert told in answer.text, answer.text
