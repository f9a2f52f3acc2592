"""Through the real webhook: "skip", "nothing more", "ar kichu nei" or "আর কিছু নেই" typed at a complaint's summary,
where words typed are added to the description, went into the complaint as its words ("Description: … skip"). They
say there is nothing more to add: now nothing is added, the summary comes again saying so, with its Submit; words
that describe more are still added."""
from __future__ import annotations


import drafting_kit
import pytest
from phone_kit import choices, words

DESCRIPTION = {"en": "The tube well by the school has been dry for a week.",
               "bn": "স্কুলের পাশের টিউবওয়েল এক সপ্তাহ ধরে শুকনো।"}
NOTHING_ADDED = {"en": "Nothing was added to the description. Tap *Submit* to lodge the complaint.",
                 "bn": "বিবরণে কিছু যোগ করা হয়নি। অভিযোগ জমা দিতে *জমা দিন* চাপুন।"}


@pytest.mark.parametrize("n, lang, typed", [
    (1, "en", "skip"), (2, "en", "nothing more"), (3, "en", "That's all"), (4, "bn", "ar kichu nei"),
    (5, "bn", "আর কিছু নেই"),
])
async def test_nothing_more_at_the_summary_adds_nothing(system, n, lang, typed):
    http, base = system
    phone = await drafting_kit.at_summary(http, base, f"91980020{n:04d}", lang, DESCRIPTION[lang], located=True)

    reply = await phone.say(typed, until=lambda m: any(c.startswith("grievance:submit:") for c in choices(m)))

    said = words(reply)
    assert NOTHING_ADDED[lang] in said and DESCRIPTION[lang] in said, said
    assert typed not in said.replace(NOTHING_ADDED[lang], ""), said
    lodged = await phone.tap(next(c for c in choices(reply) if c.startswith("grievance:submit:")),
                             until=lambda m: "GRV-" in words(m))
    assert "GRV-" in words(lodged)


async def test_more_words_are_still_added(system):
    http, base = system
    phone = await drafting_kit.at_summary(http, base, "919800200009", "en", DESCRIPTION["en"], located=True)
    reply = await phone.say("nothing comes out of the tap either", until=lambda m: "Please check" in words(m))
    assert "nothing comes out of the tap either" in words(reply) and NOTHING_ADDED["en"] not in words(reply)
