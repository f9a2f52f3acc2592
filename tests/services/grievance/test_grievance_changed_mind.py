"""Through the real webhook: a person who changes their mind while a complaint is put together. "pichone jao" (back,
in Banglish) was taken as the complaint's description ("Description: pichone jao"); "start again" / "abar shuru" /
"আবার শুরু" too, or added to it at the summary; and "thak" / "থাক" / "chai na" (never mind) at the summary were
added to the description, at the description question answered "write a little more". Now "pichone jao" goes back
as "back" does, "start again" asks to carry on with the draft or start a new one, and "never mind" asks to carry on
or discard it, in the chat's language; carrying on leaves the description as it was."""
from __future__ import annotations


import drafting_kit
import pytest
from phone_kit import Phone, choices, words

DESCRIPTION = {"en": "The tube well by the school has been dry for a week.",
               "bn": "স্কুলের পাশের টিউবওয়েল এক সপ্তাহ ধরে শুকনো।"}
SUMMARY = {"en": "Please check your complaint", "bn": "অভিযোগটি দেখে নিন"}


async def at_description(http, base: str, wa_id: str, lang: str) -> Phone:
    return await drafting_kit.at_description(http, base, wa_id, lang, located=True)


async def at_summary(http, base: str, wa_id: str, lang: str) -> Phone:
    return await drafting_kit.at_summary(http, base, wa_id, lang, DESCRIPTION[lang], located=True)


@pytest.mark.parametrize(("lang", "typed"), [("en", "pichone jao"), ("bn", "Pichone jan"), ("bn", "পিছে যাও")])
async def test_back_in_banglish_at_the_description_goes_back(system, lang, typed):
    http, base = system
    phone = await at_description(http, base, "919800040901", lang)
    went = await phone.say(typed)
    said = words(went)
    assert SUMMARY[lang] not in said and typed not in said, said
    assert any(c.startswith("grievance:gp:") for c in choices(went)), said  # the panchayat, as "back" asks it


@pytest.mark.parametrize(("lang", "typed", "asked", "carry_on"), [
    ("en", "start again", "Carry on with it, or drop it and start a new one?", "Carry on"),
    ("bn", "abar shuru", "নাকি এটি বাদ দিয়ে নতুন করে শুরু করবেন?", "চালিয়ে যান"),
    ("bn", "আবার শুরু করব", "নাকি এটি বাদ দিয়ে নতুন করে শুরু করবেন?", "চালিয়ে যান"),
    ("en", "thak", "Carry on with it, or discard it?", "Carry on"),
    ("bn", "থাক", "নাকি এটি বাতিল করবেন?", "চালিয়ে যান"),
    ("bn", "chai na", "নাকি এটি বাতিল করবেন?", "চালিয়ে যান"),
    ("en", "never mind", "Carry on with it, or discard it?", "Carry on"),
])
async def test_a_change_of_mind_at_the_summary_is_asked_about_and_no_part_of_the_complaint(
        system, lang, typed, asked, carry_on):
    http, base = system
    phone = await at_summary(http, base, "919800040902", lang)
    reply = await phone.say(typed)
    assert asked in words(reply) and DESCRIPTION[lang][:20] in words(reply), words(reply)  # what it holds, shown
    assert "grievance:resume" in choices(reply)
    again = await phone.tap("grievance:resume", until=lambda m: SUMMARY[lang] in words(m))
    assert DESCRIPTION[lang] in words(again) and typed not in words(again), words(again)


async def test_never_mind_then_discard_drops_the_draft_and_says_so(system):
    http, base = system
    phone = await at_summary(http, base, "919800040903", "bn")
    reply = await phone.say("থাক")
    assert "নাকি এটি বাতিল করবেন?" in words(reply), words(reply)
    drop = next(c for c in choices(reply) if c.startswith("grievance:drop:"))
    dropped = await phone.tap(drop, until=lambda m: "খসড়াটি বাতিল হয়েছে" in words(m))
    assert "grievance:new" in choices(dropped)


async def test_never_mind_at_the_description_question_is_no_description(system):
    http, base = system
    phone = await at_description(http, base, "919800040904", "en")
    reply = await phone.say("chai na")
    assert "Carry on with it, or discard it?" in words(reply) and "at least 10 characters" not in words(reply)
