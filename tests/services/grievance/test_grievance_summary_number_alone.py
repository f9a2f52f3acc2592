"""Through the real webhook: a number of one or two digits typed alone at a complaint's summary ("১", "1", "2."), as
if choosing one of its buttons, went into the complaint's description ("Description: … \\n১"). It is said that a
number alone is not added, *Submit* lodges the complaint and more words about the problem are added, with the summary;
nothing is added. A number among words ("12 din dhore jol nei"), or a phone number to be reached at, is still added."""
from __future__ import annotations

import drafting_kit
import pytest
from phone_kit import words
from test_grievance_summary_what_next import DESCRIPTION, typed_at_summary

NOT_ADDED = {"en": "A number alone is not added to the description.",
             "bn": "শুধু একটি সংখ্যা বিবরণে যোগ করা হয় না।"}


@pytest.mark.parametrize("n, lang, typed", [(1, "bn", "১"), (2, "en", "1"), (3, "en", "2."), (4, "bn", "১২")])
async def test_a_number_alone_at_the_summary_is_not_added(system, n, lang, typed):
    said, lodged = await typed_at_summary(system, f"91980021{n + 20:04d}", lang, typed)

    assert NOT_ADDED[lang] in said and DESCRIPTION[lang] in said, said
    assert f"{DESCRIPTION[lang]}\n{typed}" not in said, said
    assert "GRV-" in lodged


@pytest.mark.parametrize("n, more", [(1, "12 din dhore jol nei"), (2, "9800012345")])
async def test_a_number_among_words_or_a_phone_number_is_still_added(system, n, more):
    http, base = system
    phone = await drafting_kit.at_summary(http, base, f"91980021{n + 30:04d}", "en", DESCRIPTION["en"], located=True)
    reply = await phone.say(more, until=lambda m: "Please check" in words(m))
    assert f"{DESCRIPTION['en']}\n{more}" in words(reply) and NOT_ADDED["en"] not in words(reply), words(reply)
