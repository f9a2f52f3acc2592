"""In the building permission chat, the permission named alone ("অনুমতি", "onumoti", "permission", "building
permit") was answered "Sorry, I did not understand". It is now read as the person coming for their application: their
own applications (their one shown at once), or, with none on their number, where an application is made and that the
number it gives is what to send here. The letter (অনুমতিপত্র, "permission letter") still sends the letter."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, SABINA, in_the_chat
from phone_kit import choices, has, words

HOW = {"en": "To apply for building permission, make an application at your gram panchayat office",
       "bn": "ভবন নির্মাণের অনুমতির জন্য আপনার গ্রাম পঞ্চায়েত অফিসে আবেদন জমা দিন"}
ALONE = [("bn", "অনুমতি"), ("bn", "অনুমতি?"), ("bn", "বাড়ির অনুমতি"), ("bn", "onumoti"), ("bn", "permission ta"),
         ("en", "permission"), ("en", "Permission"), ("en", "building permit"), ("en", "onumoti")]


@pytest.mark.parametrize(("lang", "typed"), ALONE)
async def test_the_permission_named_alone_with_none_is_told_how_to_apply(system, lang, typed):
    phone = await in_the_chat(system, "permit", "919812340131", lang)
    said = words(await phone.say(typed, until=has("interactive")))
    assert HOW[lang] in said and "did not understand" not in said and "বুঝতে পারিনি" not in said, said


@pytest.mark.parametrize(("lang", "typed"), [("en", "permission"), ("bn", "অনুমতি"), ("bn", "onumoti")])
async def test_the_permission_named_alone_shows_ones_own_applications(system, lang, typed):
    phone = await in_the_chat(system, "permit", ARJUN, lang)
    listed = " ".join(choices(await phone.say(typed, until=has("interactive"))))
    assert "BP/PUR/2026/000103" in listed and "BP/PUR/2026/000104" in listed, listed
    assert "BP/PUR/2026/000101" not in listed, listed  # another's, never shown


async def test_ones_only_application_is_shown_at_once(system):
    phone = await in_the_chat(system, "permit", SABINA, "bn")
    said = words(await phone.say("অনুমতি", until=has("interactive")))
    assert "BP/PUR/2025/000731" in said and HOW["bn"] not in said, said
