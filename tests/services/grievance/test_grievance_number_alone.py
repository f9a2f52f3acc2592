"""One's complaint asked for by its word and number alone, at the main menu ("complaint 2", "Complaint no. 2",
"অভিযোগ ২", "abhijog 2", "complaint #2", "complaint 000002"): the words began a NEW complaint, its subject asked, and the
one lodged was never shown ("my complaint 2" showed it). The word with a number and nothing else names one already
lodged: that one of one's own opens, with *Talk to an official* on it; another person's number is none of theirs,
never shown; the word alone still begins a new complaint."""
from __future__ import annotations

import pytest
from grievance_kit import YEAR, told_none_of_hers
from phone_kit import Phone, has, words

ARJUN, RINA = "919800000002", "919800000001"  # Arjun's GRV-2026-000002: street lights, in progress


@pytest.mark.parametrize("lang, typed", [
    ("en", "complaint 2"), ("en", "Complaint no. 2"), ("en", "complaint #2"), ("en", "complaint 000002"),
    ("en", "complaints 2 status"), ("bn", "অভিযোগ ২"), ("bn", "অভিযোগ নং ২"), ("bn", "abhijog 2"),
    ("bn", "complain 2 ta dekhao"),
    # the number first, as Bengali puts it: a new complaint's subject was asked
    ("bn", "২ নম্বর অভিযোগ"), ("en", "2 number complaint"), ("bn", "2 no abhijog ta"),
])
async def test_the_word_and_number_alone_open_ones_complaint(system, lang, typed):
    http, base = system
    arjun = Phone(http, base, ARJUN, name="Arjun")
    await arjun.start(lang)
    got = await arjun.say(typed, until=has("interactive"))
    assert f"GRV-{YEAR}-000002" in words(got) and f"grievance:human:GRV-{YEAR}-000002" in str(got), (typed, words(got))
    assert "grievance:cat:water" not in str(got), typed


async def test_anothers_number_is_none_of_theirs(system):
    said = await told_none_of_hers(system, "complaint 2")
    assert "Street lights" not in said and f"GRV-{YEAR}-000002" not in said, said


@pytest.mark.parametrize("typed", ["complaint", "অভিযোগ", "complaint korbo"])
async def test_the_word_alone_still_begins_a_new_complaint(system, typed):
    http, base = system
    arjun = Phone(http, base, ARJUN, name="Arjun")
    await arjun.start()
    got = await arjun.say(typed, until=has("interactive"))
    assert "grievance:cat:water" in str(got) and f"GRV-{YEAR}-000002" not in words(got), (typed, words(got))


@pytest.mark.parametrize("lang, typed", [
    ("bn", "২ নম্বর অভিযোগ"), ("en", "2 number complaint"),
    # asked after with its number: all of one's complaints were listed, the one named not opened
    ("bn", "২ নম্বর অভিযোগের কী হল"), ("en", "complaint 2 status"),
])
async def test_in_the_complaints_chat_too(system, lang, typed):
    http, base = system
    arjun = Phone(http, base, ARJUN, name="Arjun")
    await arjun.start(lang)
    await arjun.tap("grievance:menu", until=has("interactive"))
    got = await arjun.say(typed, until=has("interactive"))
    assert f"grievance:human:GRV-{YEAR}-000002" in str(got) and f"grievance:view:GRV-{YEAR}-000001" not in str(got), (
        typed, words(got))


async def test_anothers_number_first_is_none_of_theirs(system):
    said = await told_none_of_hers(system, "2 number complaint")
    assert "Street lights" not in said and f"GRV-{YEAR}-000002" not in said, said
