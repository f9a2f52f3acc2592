"""One's complaint named by its number in words about it, at the main menu ("amar complaint 2 er kono kaj hocche na,
upore janate chai", "অভিযোগ নং ২ এর কোনো কাজ হয়নি", "my complaint no 2's work has not started"): the words began a
NEW complaint, its subject asked. A complaint's word with its number and "of" after it names one already lodged: that
one of one's own opens, the words offered to its official; another person's number is none of theirs, never shown.
A new complaint's own numbers ("rastay 2 ta gorto, complain korbo") still begin one."""
from __future__ import annotations

import pytest
from grievance_kit import YEAR, told_none_of_hers
from phone_kit import at_the_menu, has, words

ARJUN, RINA = "919800000002", "919800000001"  # Arjun's GRV-2026-000002: street lights, in progress


@pytest.mark.parametrize("lang, typed", [
    ("bn", "amar complaint 2 er kono kaj hocche na, upore janate chai"), ("bn", "অভিযোগ নং ২ এর কোনো কাজ হয়নি"),
    ("en", "my complaint no 2's work has not started"), ("bn", "abhijog 000002 er kaj kobe hobe"),
])
async def test_ones_complaint_named_by_number_opens(system, lang, typed):
    """It opens with the words kept, to send to its official (``told``), as words typed at its view are."""
    arjun = await at_the_menu(system, ARJUN, lang, name="Arjun")
    got = await arjun.say(typed, until=has("interactive"))
    assert f"GRV-{YEAR}-000002" in words(got) and f"grievance:send:GRV-{YEAR}-000002" in str(got), words(got)
    assert typed in words(got) and "grievance:cat:water" not in str(got)


async def test_anothers_number_is_none_of_theirs(system):
    said = await told_none_of_hers(system, "complaint 2 er kono kaj hocche na")
    assert "Street lights" not in said, said


async def test_a_new_complaints_own_numbers_begin_one(system):
    arjun = await at_the_menu(system, ARJUN, name="Arjun")
    got = await arjun.say("rastay 2 ta gorto, complain korbo", until=has("interactive"))
    assert f"GRV-{YEAR}-000002" not in words(got) and "Your complaints" not in words(got), words(got)
