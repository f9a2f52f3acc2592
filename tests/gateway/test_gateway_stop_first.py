"""A first-timer whose first message was STOP or START (or the everyday words read as them, "stop sending messages",
"বন্ধ", "চালু") got the answer in the language guessed from the word and nothing said of it: a Bengali speaker who
typed STOP got English, and was never told how to get Bengali, where "menu" and "help" from a first-timer say it. The
answer to a first-timer now opens with the line the menu to one has ('I will write in English. For Bengali, type
*ভাষা*.' / 'বাংলায় লিখছি। ইংরেজির জন্য *language* লিখুন।'); the opt-out is as before, and STOP or START once the
language is chosen has no such line."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from gateway.profiles import Profiles
from gateway.state import GATEWAY
from simulator import webhooks as wa

SET = {"en": "I will write in English. For Bengali, type *ভাষা*.",
       "bn": "বাংলায় লিখছি। ইংরেজির জন্য *language* লিখুন।"}
STOPPED = {"en": "Done: you will no longer receive notifications.", "bn": "ঠিক আছে, আপনাকে আর বিজ্ঞপ্তি পাঠানো হবে না।"}
STARTED = {"en": "Done: notifications are on again.", "bn": "ঠিক আছে, বিজ্ঞপ্তি আবার চালু হল।"}


@pytest.mark.parametrize(("word", "lang", "opted_out"), [
    ("STOP", "en", True), ("stop sending messages", "en", True), ("বন্ধ", "bn", True), ("message bondho", "bn", True),
    ("START", "en", False), ("চালু করুন", "bn", False)])
async def test_stop_or_start_from_a_first_timer_says_how_to_change_the_language(
        stack: Stack, word: str, lang: str, opted_out: bool):
    await stack.announce_services()
    await stack.say(wa.text(RINA, word))
    (answer,) = stack.recorder.bodies()
    said = text_of(answer)
    assert said.startswith(SET[lang]), said
    assert (STOPPED if opted_out else STARTED)[lang] in said, said
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).opted_out is opted_out
    assert [e.payload for e in stack.recorder.of("wa.person.opted_out" if opted_out else "wa.person.opted_in")] == [
        {"wa_id": RINA}]


async def test_after_stop_the_language_word_asks_the_language(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, "STOP"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "ভাষা"))
    (question,) = stack.recorder.bodies()
    buttons = question["interactive"]["action"]["buttons"]
    assert {button["reply"]["id"] for button in buttons} == {"shell:lang:bn", "shell:lang:en"}


@pytest.mark.parametrize(("lang", "word"), [("en", "STOP"), ("bn", "বন্ধ"), ("en", "START")])
async def test_stop_once_the_language_is_chosen_has_no_such_line(stack: Stack, lang: str, word: str):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, word))
    (answer,) = stack.recorder.bodies()
    assert SET["en"] not in text_of(answer) and SET["bn"] not in text_of(answer), text_of(answer)
