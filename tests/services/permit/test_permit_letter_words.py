"""The permission letter asked for as people say it ("chithi ta dao", "চিঠিটা দিন") is read as the letter
(one's one application not approved: why there is none, no number asked), and
emoji or marks alone are told that words and numbers are read here, as at the NOC chat (the same desk)."""
from __future__ import annotations

import pytest
from casework_kit import RINA, TAPAN

ASKED = "আপনার আবেদন নম্বর লিখুন"
WHY = "BP/PUR/2025/000988 আবেদনটি এখন *নামঞ্জুর*, তাই এর অনুমতিপত্র দেওয়া যাচ্ছে না"


@pytest.mark.parametrize("said", ["chithi ta dao", "চিঠিটা দিন", "সার্টিফিকেট চাই"])
async def test_the_letter_asked_for_in_bengali_or_banglish_says_why_there_is_none(citizen, said):
    answer = await citizen(TAPAN, lang="bn").say(said)  # their one application rejected: why, no number asked
    assert WHY in answer.text and ASKED not in answer.text and "বুঝতে পারিনি" not in answer.text, said


@pytest.mark.parametrize(("lang", "said"), [("en", "not emoji or marks alone"), ("bn", "শুধু ইমোজি বা চিহ্ন নয়")])
async def test_emoji_alone_is_told_so_with_the_same_choices(citizen, lang, said):
    answer = await citizen(RINA, lang=lang).say("😡😡")
    assert said in answer.text and "did not understand" not in answer.text and "বুঝতে পারিনি" not in answer.text
    assert set(answer.choices) == {"permit:status", "permit:mine"}
