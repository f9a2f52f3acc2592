"""A complaint asked after at the main menu with its number in the words, "amar abhijog 000001 er ki holo", "আমার
অভিযোগ নং ১ এর অবস্থা", began a NEW complaint (the words were no "my complaints" to the menu with a number inside
them), and "what happened to my complaint 1" listed them all. The number is read where the words ask after one's
complaint: one's own opens; another's is said to be none of theirs, never shown; without a number, the list as before;
words of a new complaint still begin one."""
from __future__ import annotations

import pytest
from grievance_kit import YEAR, told_none_of_hers
from phone_kit import Phone, has, words

ARJUN, RINA = "919800000002", "919800000001"  # Arjun lodged GRV-2026-000001 (drinking water, Kalchini)


@pytest.mark.parametrize("lang, typed", [
    ("en", "amar abhijog 000001 er ki holo"), ("bn", "আমার অভিযোগ নং ১ এর অবস্থা"),
    ("bn", "আমার অভিযোগ ০০০০০১ এর কি অবস্থা"), ("en", "what happened to my complaint 1"),
    ("en", "complaint no 1 status"), ("en", f"status of my complaint {YEAR}-000001"),
    ("en", f"what about my complaint of {YEAR} no 1"),  # the year alone is no serial; the number after it is
])
async def test_ones_own_complaint_asked_after_by_its_number_opens(system, lang, typed):
    http, base = system
    arjun = Phone(http, base, ARJUN, name="Arjun")
    await arjun.start(lang)
    got = await arjun.say(typed, until=has("interactive"))
    assert f"GRV-{YEAR}-000001" in words(got) and f"grievance:accept:GRV-{YEAR}-000001" in str(got), words(got)
    assert "grievance:cat:water" not in str(got)  # no new complaint begun


async def test_anothers_number_is_none_of_theirs_and_not_shown(system):
    said = await told_none_of_hers(system, "amar abhijog 000001 er ki holo")
    assert "Drinking water" not in said and "Kalchini" not in said, said


async def test_a_year_alone_in_the_words_is_no_number(system):
    http, base = system
    arjun = Phone(http, base, ARJUN, name="Arjun")
    await arjun.start()
    listed = await arjun.say(f"what happened to my complaint of {YEAR}", until=has("interactive"))
    assert "Your complaints" in words(listed) and "None of your complaints" not in words(listed), words(listed)


async def test_without_a_number_the_list_and_a_new_problem_a_new_complaint(system):
    http, base = system
    arjun = Phone(http, base, ARJUN, name="Arjun")
    await arjun.start()
    listed = await arjun.say("amar abhijog er ki holo", until=has("interactive"))
    assert "Your complaints" in words(listed), words(listed)
    await arjun.say("menu", until=has("interactive"))
    begun = await arjun.say("amar abhijog ache, rastay 2 ta gorto", until=has("interactive"))
    assert f"GRV-{YEAR}-000002" not in words(begun) and "Your complaints" not in words(begun), words(begun)
