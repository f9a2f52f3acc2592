"""Through the real webhook: the problem described in the person's own words where the place is asked, once its
subject was chosen ("the tube well near the school has been broken for three weeks" at the district list of a
Drinking water complaint), was answered "This complaint is already about Drinking water." and the words were
dropped: once the place was chosen, the description was asked again from nothing. Such words are now kept as the
description, said so, and the place is asked again; once it is chosen the summary shows them. A few words that only
name the subject ("tube well") still just ask the place again."""
from __future__ import annotations


import pytest
from drafting_kit import at_district
from phone_kit import choices, saying, words


@pytest.mark.parametrize(("lang", "described", "kept", "summary"), [
    ("en", "The tube well near the primary school has been broken for three weeks, no drinking water",
     "Your words are kept as its description", "Please check your complaint"),
    ("bn", "স্কুলের পাশের টিউবওয়েল তিন সপ্তাহ ধরে খারাপ, খাবার জল পাওয়া যাচ্ছে না",
     "আপনার লেখা এর বিবরণ হিসেবে রাখা হল", "অভিযোগটি দেখে নিন"),
    ("en", "school er pase tubewell tin soptaho dhore kharap, khabar jol pawa jachhe na",
     "Your words are kept as its description", "Please check your complaint"),
])
async def test_a_description_typed_at_the_place_is_kept(system, lang, described, kept, summary):
    http, base = system
    phone = await at_district(http, base, "919800060101", lang)
    got = await phone.say(described, until=lambda m: "grievance:dist:704" in choices(m))
    assert kept in words(got), words(got)
    await phone.tap("grievance:dist:704", until=lambda m: "grievance:blk:7044" in choices(m))
    await phone.tap("grievance:blk:7044", until=lambda m: "grievance:gp:704402" in choices(m))
    got = await phone.tap("grievance:gp:704402", until=bool)
    assert summary in words(got) and described in words(got), words(got)


async def test_words_that_only_name_the_subject_are_no_description(system):
    http, base = system
    phone = await at_district(http, base, "919800060102", "en")
    got = await phone.say("tube well", until=lambda m: "grievance:dist:704" in choices(m))
    assert "This complaint is already about Drinking water." in words(got), words(got)
    assert "kept as its description" not in words(got)
    await phone.tap("grievance:dist:704", until=lambda m: "grievance:blk:7044" in choices(m))
    await phone.tap("grievance:blk:7044", until=lambda m: "grievance:gp:704402" in choices(m))
    await phone.tap("grievance:gp:704402", until=saying("Describe the problem"))
