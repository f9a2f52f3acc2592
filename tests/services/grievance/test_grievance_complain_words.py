""""obhijog korbo" (Banglish for "I will complain") typed at the complaints' start was answered "দুঃখিত, বুঝতে
পারিনি", though "notun obhijog" began a complaint: only the chat's own words were read. Asking for a new complaint
in a whole message, in the common Banglish spellings, in Bengali or English, now begins one; words that go on to say
what is wrong, or say "no", do not."""
from __future__ import annotations

import pytest

from services.grievance.conversation.wants import asks_new

ASKS = ("obhijog korbo", "Obhijog korbo.", "abhijog korte chai", "ovijog korbo", "obhiyog korbo", "abhijog janabo",
        "obhijog jana te chai", "ovijog janate chai", "ami ekta obhijog korte chai", "notun obhijog korbo",
        "complaint korbo", "complain korte chai", "nalish korbo", "অভিযোগ করব", "অভিযোগ জানাতে চাই",
        "আমি একটা অভিযোগ করতে চাই", "I want to complain", "I want to make a complaint")
NOT_ASKS = ("obhijog korbo na", "complain korte chai na", "অভিযোগ করতে চাই না", "obhijog korbo rasta bhanga",
            "rastar obhijog korbo", "I want to complain about the road", "the road is broken")


@pytest.mark.parametrize("words", ASKS)
def test_a_new_complaint_asked_for(words):
    assert asks_new(words)


@pytest.mark.parametrize("words", NOT_ASKS)
def test_no_ask_and_descriptions_that_hold_the_word_are_not(words):
    assert not asks_new(words)


async def test_obhijog_korbo_at_the_complaints_start_begins_a_complaint(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:menu")
    for words in ("obhijog korbo", "obhiyog jana te chai", "abhijog korte chai", "অভিযোগ জানাতে চাই"):
        started = await person.say(words)
        assert "অভিযোগটি কী বিষয়ে?" in started.text, words
        assert "grievance:cat:water" in started.last.choices
        await person.say("ফিরে")
    refused = await person.say("obhijog korbo na")
    assert "অভিযোগটি কী বিষয়ে?" not in refused.text


async def test_at_a_complaints_view_a_description_holding_the_word_is_still_kept_for_its_office(person):
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    kept = await person.say("obhijog korbo, kal theke jol nei")
    assert "grievance:cat:water" not in str(kept.choices) and "grievance:send:" in str(kept.choices)
