"""Through the real webhook: what to do next, or whether it is lodged, asked at a complaint's summary ("ki korbo",
"ekhon ki korte hobe", "what next?", "এখন কী করব", "submit hoyeche?", "is it done?", "জমা হয়েছে?"), went into the
complaint as its words ("Description: … ki korbo"), and the person, told nothing, could believe it lodged. It is said
that the complaint is not lodged yet, *Submit* lodges it and more words typed are added to its description, with the
summary and its Submit; nothing is added. A description that holds such words among others is still added."""
from __future__ import annotations

import drafting_kit
import pytest
from phone_kit import choices, words

DESCRIPTION = {"en": "The tube well by the school has been dry for a week.",
               "bn": "স্কুলের পাশের টিউবওয়েল এক সপ্তাহ ধরে শুকনো।"}
NOT_YET = {"en": "Your complaint is not lodged yet: tap *Submit* to lodge it.",
           "bn": "আপনার অভিযোগ এখনও জমা হয়নি: জমা দিতে *জমা দিন* চাপুন।"}


def submitted(messages) -> bool:
    return any(c.startswith("grievance:submit:") for c in choices(messages))


async def typed_at_summary(system, wa_id: str, lang: str, typed: str) -> tuple[str, str]:
    """``typed`` at a complaint's summary (its description ``DESCRIPTION``): what was said to it, and what was said
    once *Submit* was tapped under that answer."""
    http, base = system
    phone = await drafting_kit.at_summary(http, base, wa_id, lang, DESCRIPTION[lang], located=True)
    reply = await phone.say(typed, until=submitted)
    lodged = await phone.tap(next(c for c in choices(reply) if c.startswith("grievance:submit:")),
                             until=lambda m: "GRV-" in words(m))
    return words(reply), words(lodged)


@pytest.mark.parametrize("n, lang, typed", [
    (1, "en", "ki korbo"), (2, "en", "ekhon ki korte hobe"), (3, "en", "what next?"), (4, "bn", "এখন কী করব"),
    (5, "en", "submit hoyeche?"), (6, "en", "is it done?"), (7, "bn", "জমা হয়েছে?"), (8, "en", "what should I do now"),
    (9, "bn", "complaint ta jama holo?"),
])
async def test_what_next_at_the_summary_is_told_and_adds_nothing(system, n, lang, typed):
    said, lodged = await typed_at_summary(system, f"91980021{n:04d}", lang, typed)

    assert NOT_YET[lang] in said and DESCRIPTION[lang] in said, said
    assert typed not in said, said  # not added to the description
    assert "GRV-" in lodged and typed not in lodged


async def test_a_description_holding_such_words_is_still_added(system):
    http, base = system
    phone = await drafting_kit.at_summary(http, base, "919800211010", "en", DESCRIPTION["en"], located=True)
    more = "ki korbo bujhte parchi na, kal theke kol e jol nei"
    reply = await phone.say(more, until=lambda m: "Please check" in words(m))
    assert more in words(reply) and NOT_YET["en"] not in words(reply)
