""""I don't understand", "ki korbo bujhte parchi na", "কী করব" at the main menu were kept 30 minutes as words to send to
Complaints ("Your message is kept ... choose *Send my message*"), as if being lost were a complaint. Said whole where
no service's conversation is going on, they get the help, in the language they are written in; inside a service's
conversation they stay that step's to answer (a list's question is told what the list wants)."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, answer_at_menu, said_in_a_complaint, text_of

from gateway.keywords import confused
from simulator import webhooks as wa

LOST = ("I don't understand", "I don’t understand", "what should I do?", "confused", "ki korbo bujhte parchi na",
        "bujhte parchi na", "ki korbo")
LOST_BN = ("কী করব?", "কি করব", "বুঝতে পারছি না", "কিছু বুঝতে পারছি না", "কী করতে হবে")


@pytest.mark.parametrize("lang, said, helped", [*(("en", s, "I am the Smart Panchayat assistant") for s in LOST),
                                                *(("bn", s, "আমি স্মার্ট পঞ্চায়েতের সহায়ক") for s in LOST_BN)])
async def test_lost_at_the_main_menu_gets_the_help_not_kept_as_a_complaint(stack: Stack, lang, said, helped):
    text = await answer_at_menu(stack, lang, said)
    assert helped in text, text
    assert "kept for 30 minutes" not in text and "রাখা থাকবে" not in text


async def test_a_first_timer_lost_gets_the_help(stack: Stack):
    await stack.announce("grievance", "Complaints", order=10)
    await stack.say(wa.text(RINA, "বুঝতে পারছি না"))
    assert "আমি স্মার্ট পঞ্চায়েতের সহায়ক" in text_of(stack.recorder.bodies()[-1])


async def test_inside_a_services_conversation_it_is_that_steps(stack: Stack):
    assert not any("Smart Panchayat assistant" in text_of(b) for b in await said_in_a_complaint(stack, "ki korbo"))


@pytest.mark.parametrize("text", ["ki korbo rastay jol", "I don't understand why my pension stopped",
                                  "কী করব বলুন তো রাস্তা ভাঙা"])
def test_inside_a_longer_sentence_it_is_the_persons_words(text: str):
    assert not confused(text)


@pytest.mark.parametrize("said", ["?", "???", " ？ "])
async def test_question_marks_alone_at_the_main_menu_get_the_help(stack: Stack, said):
    """"?" alone was "Sorry, I did not follow that" with the menu: a question with no words is as lost as "ki korbo"."""
    text = await answer_at_menu(stack, "en", said)
    assert "I am the Smart Panchayat assistant" in text and "did not follow" not in text, text


def test_a_question_mark_after_words_is_not_alone():
    assert not confused("hello?") and not confused("room?")
