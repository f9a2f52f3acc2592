""""Back" outside any service's conversation: a phone menu's 0, # or * alone, or the word (back, ফিরে), takes the
person to the start, the main menu, as "menu" does; inside a conversation they are its service's (shared.back)."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from shared.chat import Inbound
from simulator import webhooks as wa


def routed(stack: Stack) -> list[tuple[str, str]]:
    return [(e.type.rsplit(".", 1)[1], Inbound.model_validate(e.payload).text or "") for e in stack.recorder.envelopes
            if e.type.startswith("wa.inbound.")]


async def at_the_menu(stack: Stack, lang: str) -> dict:
    """The person has chosen ``lang``; what "menu" shows them."""
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.announce("grievance", "Complaints", order=50)
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu" if lang == "en" else "মেনু"))
    (menu,) = stack.recorder.bodies()
    stack.recorder.clear()
    return menu


@pytest.mark.parametrize(("lang", "typed", "opening"), [
    ("en", ("0", "#", "*", " 0. ", "0️⃣", "#️⃣", "＃", "back", "Go back!", "previous"), "Smart Panchayat services."),
    ("bn", ("০", "0", "#", "*", "ফিরে", "ফিরে যান", "পিছনে", "আগের ধাপে", "ব্যাক", "phire jao"), "স্মার্ট পঞ্চায়েত পরিষেবা।"),
])
async def test_back_outside_any_conversation_is_the_main_menu(stack: Stack, lang: str, typed: tuple[str, ...],
                                                               opening: str):
    menu = await at_the_menu(stack, lang)
    assert text_of(menu).startswith(opening)
    for words in typed:
        await stack.say(wa.text(RINA, words))
        assert stack.recorder.bodies() == [menu], words  # not "Sorry, I did not follow that"
        stack.recorder.clear()


async def test_back_after_a_conversation_went_idle_is_the_main_menu_and_inside_one_the_services(stack: Stack):
    menu = await at_the_menu(stack, "en")
    await stack.say(wa.button_reply(RINA, "grievance:new", "New complaint"))
    await stack.say(wa.text(RINA, "0"))  # the complaints service's own step back
    assert routed(stack) == [("grievance", "New complaint"), ("grievance", "0")] and stack.recorder.bodies() == []
    stack.recorder.clear()
    stack.clock.advance(minutes=31)  # the conversation went idle: 0 is no answer of anyone's
    await stack.say(wa.text(RINA, "0"))
    assert routed(stack) == [] and stack.recorder.bodies() == [menu]


async def test_a_first_message_of_0_or_back_is_asked_the_language_as_any_greeting_is(stack: Stack):
    for words in ("0", "back", "ফিরে"):
        await stack.say(wa.text(RINA, words))
        (question,) = stack.recorder.bodies()
        assert [b["reply"]["id"] for b in question["interactive"]["action"]["buttons"]][0].startswith("shell:lang:")
        stack.recorder.clear()
        stack.clock.advance(minutes=31)  # each a first message: not an answer to the question just asked
