"""A first-timer's first message that the gateway answers itself at the main menu ("holding tax koto", "taka kete
niyeche kintu payment hoyni", "otp pai ni", "how to get birth certificate", "amar number change hoyeche", in Devanagari
"पैसे कट गए") was asked the language, and once it was chosen got the welcome, the words offered to Complaints: the
answer (where the tax is paid, 1930 for money taken, that no OTP is sent here) was never given. The language
question now says the message is answered in the language chosen, and choosing it answers it, with the menu; the
words stay kept for Complaints only where they are a complaint's (an application held up, money asked without a
receipt), as at the main menu. Other first words are kept as before."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of
from test_gateway_other_scheme import rows

from simulator import webhooks as wa

ANSWERED = "Choose a language: your message is answered in it."
KEPT = "Your message has not gone to any office yet, but it is kept"


async def first_words(stack: Stack, said: str) -> str:
    await stack.announce_services()
    await stack.say(wa.text(RINA, said))
    (question,) = stack.recorder.bodies()
    stack.recorder.clear()
    return text_of(question)


async def chosen(stack: Stack, lang: str) -> dict:
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", "English" if lang == "en" else "বাংলা"))
    (menu,) = stack.recorder.bodies()
    return menu


@pytest.mark.parametrize(("said", "lang", "answer", "kept"), [
    ("holding tax koto", "en", "Holding tax (on houses and land) is not paid on this number", True),
    ("taka kete niyeche kintu payment hoyni", "bn", "এই হোয়াটসঅ্যাপ নম্বরে কোনো টাকা নেওয়া হয় না", True),
    ("पैसे कट गए लेकिन पेमेंट नहीं हुआ", "en", "No payment is taken on this WhatsApp number", True),
    ("how to get birth certificate", "en", "are not made on this number: ask at your gram panchayat or block office",
     True),
    ("otp pai ni", "en", "This WhatsApp number sends no OTP", False),
    ("OTP aseni", "bn", "এই হোয়াটসঅ্যাপ নম্বর থেকে কোনো OTP পাঠানো হয় না", False),
    ("jomir porcha kothay pabo", "en", "ask at your Block Land and Land Reforms Office", False),
    ("amar number change hoyeche", "en", "Change number", False)])
async def test_the_first_words_are_answered_once_the_language_is_chosen(stack: Stack, said: str, lang: str,
                                                                         answer: str, kept: bool):
    question = await first_words(stack, said)
    assert ANSWERED in question and KEPT not in question, question
    menu = await chosen(stack, lang)
    assert answer in text_of(menu), text_of(menu)
    assert ("shell:unread" in rows(menu)) is kept, rows(menu)


async def test_other_first_words_are_kept_for_complaints_as_before(stack: Stack):
    question = await first_words(stack, "kal theke amader parar sobai khub pareshan")
    assert KEPT in question and ANSWERED not in question, question
    menu = await chosen(stack, "en")
    assert "Welcome to Smart Panchayat" in text_of(menu) and rows(menu)[0] == "shell:unread", text_of(menu)


async def test_the_language_chosen_again_later_answers_nothing_again(stack: Stack):
    await first_words(stack, "holding tax koto")
    await chosen(stack, "en")
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "language"))
    stack.recorder.clear()
    menu = await chosen(stack, "bn")
    assert "হোল্ডিং" not in text_of(menu), text_of(menu)
