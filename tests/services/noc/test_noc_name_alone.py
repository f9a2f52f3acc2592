"""In the trade NOC chat, the NOC or the trade licence named alone ("NOC", "licence", "লাইসেন্স", "trade licence") is
read as the building permission chat reads its own name: the person's own NOCs (their one shown at once), or, with
none on their number, where a NOC is applied for and that the number it gives is what to send here."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, TAPAN, in_the_chat
from phone_kit import choices, has, words

HOW = {"en": "To apply for a trade NOC, make an application at your gram panchayat office",
       "bn": "ট্রেড NOC-র জন্য আপনার গ্রাম পঞ্চায়েত অফিসে বা পোর্টালে আবেদন করুন"}
ALONE = [("en", "NOC"), ("en", "noc"), ("en", "trade licence"), ("en", "licence"), ("bn", "লাইসেন্স"),
         ("bn", "ট্রেড লাইসেন্স"), ("bn", "এনওসি"), ("bn", "noc ta")]


@pytest.mark.parametrize(("lang", "typed"), ALONE)
async def test_the_noc_named_alone_with_none_is_told_how_to_apply(system, lang, typed):
    phone = await in_the_chat(system, "noc", "919812340141", lang)
    said = words(await phone.say(typed, until=has("interactive")))
    assert HOW[lang] in said, said


@pytest.mark.parametrize(("lang", "typed"), [("en", "NOC"), ("bn", "লাইসেন্স")])
async def test_the_noc_named_alone_shows_ones_own(system, lang, typed):
    phone = await in_the_chat(system, "noc", ARJUN, lang)
    listed = " ".join(choices(await phone.say(typed, until=has("interactive"))))
    assert "TNOC/2026/000046" in listed and "TNOC/2026/000048" in listed and "TNOC/2026/000045" not in listed, listed


async def test_ones_only_noc_is_shown_at_once(system):
    phone = await in_the_chat(system, "noc", TAPAN, "en")
    said = words(await phone.say("NOC", until=has("interactive")))
    assert "TNOC/2025/000190" in said and HOW["en"] not in said, said
