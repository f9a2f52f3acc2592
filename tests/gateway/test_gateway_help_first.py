"""A first-timer whose first message was "help" (or who wrote "help" at the language question) got the help in the
language guessed from the word, English, and was never asked nor told the language: nothing in Bengali said how to
get Bengali. The help to a first-timer now ends with a line in the other language saying how to get that one; help
asked once the language is chosen is as before."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from simulator import webhooks as wa

TO_BENGALI = "বাংলায় উত্তর পেতে *ভাষা* লিখুন।"
TO_ENGLISH = "For answers in English, type *language*."


@pytest.mark.parametrize("first", [(), ("নমস্কার",)])
async def test_help_to_a_first_timer_says_in_bengali_how_to_get_bengali(stack: Stack, first: tuple[str, ...]):
    await stack.announce_services()
    for said in first:  # the language question asked, and not answered
        await stack.say(wa.text(RINA, said))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "help"))
    (helped,) = stack.recorder.bodies()
    assert text_of(helped).startswith("I am the Smart Panchayat assistant") and text_of(helped).endswith(TO_BENGALI)
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "ভাষা"))
    (question,) = stack.recorder.bodies()
    buttons = question["interactive"]["action"]["buttons"]
    assert {button["reply"]["id"] for button in buttons} == {"shell:lang:bn", "shell:lang:en"}


async def test_help_in_bengali_to_a_first_timer_says_in_english_how_to_get_english(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, "সাহায্য"))
    (helped,) = stack.recorder.bodies()
    assert text_of(helped).startswith("আমি স্মার্ট পঞ্চায়েতের সহায়ক") and text_of(helped).endswith(TO_ENGLISH)


async def test_help_once_the_language_is_chosen_has_no_such_line(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "help"))
    (helped,) = stack.recorder.bodies()
    assert TO_BENGALI not in text_of(helped) and TO_ENGLISH not in text_of(helped)
