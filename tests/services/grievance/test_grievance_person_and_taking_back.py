"""Two things said at the main menu in a villager's words.

The pradhan asked for ("pradhan er sathe kotha bolte chai", "প্রধানের সঙ্গে কথা বলতে চাই", "I want to talk to the
pradhan", "BDO er sathe kotha bolbo"): the words were kept as unread, to send to Complaints. The pradhan, the BDO,
the panchayat's secretary are the officials people know by name; the words reach an official as "officer" does: one's
complaints to choose from, *Talk to an official* on each.

A complaint taken back with its number ("complaint 2 tule nite chai", "অভিযোগ ২ তুলে নিতে চাই", "withdraw complaint
2"): the number broke the words, and a NEW complaint began. Now that complaint of one's own opens; taken back with or
without a number, one is told that a complaint is not withdrawn here, and how the office is told it is not needed."""
from __future__ import annotations

import pytest
from grievance_kit import YEAR
from phone_kit import at_the_menu, has, words

ARJUN = "919800000002"  # GRV-2026-000001 resolved, 000002 in progress, 000005 rejected


@pytest.mark.parametrize("lang, typed", [
    ("bn", "pradhan er sathe kotha bolte chai"), ("bn", "প্রধানের সঙ্গে কথা বলতে চাই"),
    ("en", "I want to talk to the pradhan"), ("bn", "BDO er sathe kotha bolbo"), ("en", "speak to the BDO please"),
    ("bn", "পঞ্চায়েত প্রধান"),
])
async def test_the_pradhan_asked_for_reaches_an_official(system, lang, typed):
    arjun = await at_the_menu(system, ARJUN, lang, name="Arjun")
    got = await arjun.say(typed, until=has("interactive"))
    said = {"en": "An official answers you here about one of your complaints",
            "bn": "আপনার কোনো একটি অভিযোগ নিয়ে একজন আধিকারিক এখানেই উত্তর দেন"}[lang]
    assert said in words(got), words(got)
    assert f"grievance:view:GRV-{YEAR}-000002" in str(got)


@pytest.mark.parametrize("lang, typed", [
    ("bn", "complaint 2 tule nite chai"), ("bn", "অভিযোগ ২ তুলে নিতে চাই"), ("en", "withdraw complaint 2"),
    ("en", f"cancel complaint GRV-{YEAR}-000002"), ("bn", "abhijog no 2 batil korbo"),
])
async def test_a_complaint_taken_back_by_its_number_opens_with_how(system, lang, typed):
    arjun = await at_the_menu(system, ARJUN, lang, name="Arjun")
    got = await arjun.say(typed, until=has("interactive"))
    text = words(got)
    how = {"en": "A complaint cannot be withdrawn here", "bn": "এখান থেকে অভিযোগ তুলে নেওয়া যায় না"}[lang]
    assert f"GRV-{YEAR}-000002" in text and how in text, text
    assert f"grievance:human:GRV-{YEAR}-000002" in str(got)
    assert "grievance:cat:water" not in str(got)  # no new complaint


async def test_taken_back_without_a_number_lists_them_with_how(system):
    arjun = await at_the_menu(system, ARJUN, name="Arjun")
    got = await arjun.say("I want to withdraw my complaint", until=has("interactive"))
    assert "A complaint cannot be withdrawn here" in words(got) and "Your complaints" in words(got), words(got)


async def test_asked_after_it_says_nothing_of_withdrawing(system):
    arjun = await at_the_menu(system, ARJUN, name="Arjun")
    got = await arjun.say("status of my complaint", until=has("interactive"))
    assert "withdrawn" not in words(got), words(got)
