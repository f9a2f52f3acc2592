"""Someone asking how to apply for a trade NOC ("how to apply for a new NOC?", "noc kivabe apply korbo") was asked
for their NOC certificate number, which they do not have yet. They are now told where to apply (the gram panchayat
office or the portal, not WhatsApp) and that the number they get is what to send here; renewing stays renewing."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN

from gateway.menu import phrase_pattern
from services.noc.service import MENU
from shared.india import plain

STRANGER = "919812340012"


@pytest.mark.parametrize(("lang", "words", "said"), [
    ("en", "how to apply for a new NOC?", "make an application at your gram panchayat office or on the portal"),
    ("bn", "ট্রেড লাইসেন্সের জন্য কীভাবে আবেদন করব", "গ্রাম পঞ্চায়েত অফিসে বা পোর্টালে আবেদন করুন"),
    ("bn", "noc kivabe apply korbo", "গ্রাম পঞ্চায়েত অফিসে বা পোর্টালে আবেদন করুন")])
async def test_how_to_apply_is_answered(citizen, lang, words, said):
    for who in (STRANGER, ARJUN):
        answer = await citizen(who, lang=lang).say(words)
        assert said in answer.text and "নম্বর লিখুন" not in answer.text, (words, answer.text)


def claimed(text: str) -> str | None:
    said = plain(text)
    return next((p.action for p in MENU.phrases if phrase_pattern(p.pattern).search(said)), None)


@pytest.mark.parametrize(("typed", "action"), [
    ("how to apply for a new NOC", "apply"), ("noc kivabe apply korbo", "apply"),
    ("how do i apply for renewal of my noc", "renewal_needs"),  # how a renewal is done, the renewals due a tap away
    ("how to apply for building permission", None)])
def test_the_main_menu_hands_the_words_on(typed, action):
    assert claimed(typed) == action
