"""The certificate asked for as people say it, and emoji alone. "chithi ta dao" (Banglish: give me the letter),
"চিঠিটা দিন", "সার্টিফিকেট চাই" were "did not understand" with the start again; they now ask for the certificate, as
"certificate" and "ডাউনলোড" do (one's one NOC not in force: why there is none). Emoji or marks alone ("😡😡",
"???") were "did not understand", as if words had been typed: they are now told that words and numbers are read
here, not emoji or marks alone, with the same choices."""
from __future__ import annotations

import pytest
from casework_kit import RINA, TAPAN

ASKED = {"en": "Type your NOC certificate number", "bn": "আপনার NOC শংসাপত্র নম্বর লিখুন"}
WHY = "NOC TNOC/2025/000190 এখন *নামঞ্জুর*, তাই এর শংসাপত্র দেওয়া যাচ্ছে না"


@pytest.mark.parametrize("said", ["chithi ta dao", "chithi chai", "chiti pathan", "চিঠিটা দিন", "চিঠি পাঠান",
                                  "সার্টিফিকেট চাই", "লেটার দিন"])
async def test_the_letter_asked_for_in_bengali_or_banglish_says_why_there_is_none(citizen, said):
    answer = await citizen(TAPAN, lang="bn").say(said)  # their one NOC rejected: why, no number asked
    assert WHY in answer.text and ASKED["bn"] not in answer.text and "বুঝতে পারিনি" not in answer.text, said


async def test_the_letter_asked_with_its_number_sends_it(citizen):
    rina = citizen(RINA, lang="bn")
    answer = await rina.say("TNOC/2026/000045 er chithi ta dao")
    assert len(answer.pdfs) == 1


@pytest.mark.parametrize(("lang", "said"), [("en", "not emoji or marks alone"), ("bn", "শুধু ইমোজি বা চিহ্ন নয়")])
@pytest.mark.parametrize("sent", ["😡😡", "🙄", "???", "😡 !!"])
async def test_emoji_alone_is_told_so_with_the_same_choices(citizen, lang, said, sent):
    answer = await citizen(RINA, lang=lang).say(sent)
    assert said in answer.text and "did not understand" not in answer.text and "বুঝতে পারিনি" not in answer.text
    assert answer.choices, "the start's choices come with it"
