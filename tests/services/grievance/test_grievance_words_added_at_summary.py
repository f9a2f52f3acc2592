"""Through the real webhook: words typed at a complaint's summary that would push the description over the limit
were refused whole ("Adding that would make the description ... Please send a shorter addition."); the words that
fit, cut at a sentence's or a word's end, are now shown with *Use this* / *Send a shorter one*, so nothing typed is
lost without the person choosing.
"""
from __future__ import annotations


import pytest
from drafting_kit import at_summary
from phone_kit import choices, words

from services.grievance.domain import DESCRIPTION_MAX


ADDED = {"en": "The water from the tube well smells of iron and the children fall ill. ",
         "bn": "টিউবওয়েলের জলে লোহার গন্ধ, বাচ্চারা অসুস্থ হয়ে পড়ছে। ",
         "banglish": "tubewell er jol e lohar gondho, bachchara osustho hoye porche. "}
KEPT_SAID = {"en": "the limit is 2,000", "bn": "সীমা ২,০০০"}
FULL = {"en": "Adding that would make the description", "bn": "এটি যোগ করলে বিবরণ"}


@pytest.mark.parametrize(("wa_id", "lang", "kind"), [
    ("919800140111", "en", "en"), ("919800140112", "bn", "bn"), ("919800140113", "en", "banglish"),
])
async def test_words_at_the_summary_over_the_limit_offer_what_fits(system, wa_id, lang, kind):
    http, base = system
    before = ("The hand pump near the school has been broken for three weeks. " * 25).strip()
    phone = await at_summary(http, base, wa_id, lang, before)
    added = (ADDED[kind] * 12).strip()
    assert len(before) + len(added) > DESCRIPTION_MAX
    got = await phone.say(added, until=lambda m: "grievance:trim:use" in choices(m))
    assert KEPT_SAID[lang] in words(got) and ADDED[kind].strip() in words(got), words(got)
    assert "grievance:trim:shorter" in choices(got)
    got = await phone.tap("grievance:trim:use", until=lambda m: "grievance:submit" in str(choices(m)))
    assert "broken for three weeks" in words(got) and KEPT_SAID[lang] not in words(got), words(got)
    got = await phone.say(ADDED[kind].strip(), until=bool)  # it fitted before, but the words kept fill the room
    assert "grievance:trim:use" in choices(got) or FULL[lang] in words(got), words(got)


async def test_send_a_shorter_one_at_the_summary_keeps_the_description(system):
    http, base = system
    before = ("The hand pump near the school has been broken for three weeks. " * 25).strip()
    phone = await at_summary(http, base, "919800140114", "en", before)
    await phone.say((ADDED["en"] * 12).strip(), until=lambda m: "grievance:trim:use" in choices(m))
    got = await phone.tap("grievance:trim:shorter", until=lambda m: "grievance:submit" in str(choices(m)))
    assert "shorter addition" in words(got) and "broken for three weeks" in words(got), words(got)
    got = await phone.say("Please send someone soon.", until=lambda m: "grievance:submit" in str(choices(m)))
    assert FULL["en"] not in words(got) and "grievance:trim:use" not in choices(got), words(got)
    assert "broken for three weeks" in words(got), words(got)
