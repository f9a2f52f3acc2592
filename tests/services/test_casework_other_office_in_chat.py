"""Another office's scheme or paper asked inside the building-permission or trade-NOC chat: "how do I apply for
pension?" was answered with how to apply for building permission, "my birth certificate has a mistake" with how a
permission letter is corrected, "ration card e bhul ache" and "ration card kivabe pabo" with "Sorry, I did not
understand". Each is said to be another office's (applied for and corrected at the gram panchayat or block office, a
held-up one a complaint), as the main menu says, then the chat's start. The chat's own paper named with it, a paper
said needed or to be submitted with an application, how to apply, and this service's own mistake, as before."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_casework_how_to_get import HOW

from shared.casework.said import OTHER_IN_CHAT
from shared.india import plain

ELSEWHERE = {"en": "are not made here, nor their mistakes corrected: ask at your gram panchayat or block office",
             "bn": "আপনার গ্রাম পঞ্চায়েত বা ব্লক অফিসে খোঁজ নিন"}
CORRECTED = {"permit": "are corrected only at the gram panchayat office", "noc": "are corrected only at the gram panchayat"}


@pytest.mark.parametrize("typed", ["how do I apply for pension?", "ration card e bhul ache", "ration card kivabe pabo",
                                   "my birth certificate has a mistake", "voter card e naam bhul",
                                   "রেশন কার্ড কীভাবে পাব", "জন্ম সার্টিফিকেটে ভুল আছে", "lakshmir bhandar er abedon"])
def test_another_offices_scheme_or_paper_asked_is_read(typed):
    assert OTHER_IN_CHAT.search(plain(typed)), typed


@pytest.mark.parametrize("typed", ["aadhaar card lagbe?", "aadhaar kothay jama debo", "ki ki document lagbe",
                                   "how to apply", "permit e naam bhul ache", "do I need a voter card copy"])
def test_an_applications_papers_or_its_own_are_not(typed):
    assert not OTHER_IN_CHAT.search(plain(typed)), typed


@pytest.mark.parametrize(("service", "lang", "typed"), [
    ("permit", "en", "how do I apply for pension?"), ("permit", "en", "my birth certificate has a mistake"),
    ("noc", "en", "ration card e bhul ache"), ("noc", "bn", "রেশন কার্ড কীভাবে পাব")])
async def test_in_the_chat_it_is_another_offices_then_the_start(system, service, lang, typed):
    phone = await at_the_menu(system, "919800380001", lang)
    await phone.tap(f"{service}:menu", until=has("interactive"))
    got = await phone.say(typed, until=has("interactive"))
    said = words(got)
    assert ELSEWHERE[lang] in said, said
    assert HOW[service] not in said and CORRECTED[service] not in said, said
    assert f"{service}:status" in choices(got), choices(got)


@pytest.mark.parametrize(("service", "typed", "told"), [
    ("permit", "how to apply", HOW["permit"]), ("permit", "permit e naam bhul ache", CORRECTED["permit"])])
async def test_its_own_are_answered_as_before(system, service, typed, told):
    phone = await at_the_menu(system, "919800380002")
    await phone.tap(f"{service}:menu", until=has("interactive"))
    said = words(await phone.say(typed, until=has("interactive")))
    assert told in said and ELSEWHERE["en"] not in said, said
