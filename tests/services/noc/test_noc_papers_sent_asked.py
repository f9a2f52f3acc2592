"""'kagoj pathiyechi, peyechen?', 'নথি পাঠালাম, পেয়েছেন?' or 'I sent the documents, did you get them?' in the NOC
chat was told 'I did not understand'. Now the holder is told that papers sent here on WhatsApp do not reach the
office, then, for the NOC on screen, what the office asked for and where papers are handed in; with several open and
none on screen, the same first and the list to choose from."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, in_the_chat
from phone_kit import has, words

NUMBER = "TNOC/2026/000047"  # Arjun's, under scrutiny
NOT_REACHED = {"en": "Papers sent here on WhatsApp do not reach the office",
               "bn": "হোয়াটসঅ্যাপে এখানে পাঠানো কাগজ অফিসে পৌঁছায় না"}


@pytest.mark.parametrize(("lang", "typed", "where"), [
    ("en", "I sent the documents, did you get them?", "hand in any asked for at Ajodhya Gram Panchayat office"),
    ("bn", "নথি পাঠালাম, পেয়েছেন?", "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে জমা দিন"),
    ("bn", "kagoj pathiyechi, peyechen?", "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে জমা দিন"),
])
async def test_the_noc_on_screen_is_answered(system, lang, typed, where):
    phone = await in_the_chat(system, "noc", ARJUN, lang)
    await phone.say(NUMBER, until=has("interactive"))  # on screen: Arjun has three open
    answer = words(await phone.say(typed, until=has("interactive")))
    assert answer.index(NOT_REACHED[lang]) < answer.index(NUMBER) and where in answer, answer


async def test_several_open_and_none_on_screen_are_listed_under_it(system):
    phone = await in_the_chat(system, "noc", ARJUN, "en")
    sent = await phone.say("I sent the papers, did you get them?", until=has("interactive"))
    answer = words(sent)
    assert NOT_REACHED["en"] in answer and "You have 3" in answer, answer
