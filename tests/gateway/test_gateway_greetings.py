"""Everyday greetings ("assalamu alaikum", "salam", "good evening", "সুপ্রভাত", "শুভ সকাল", "hlo", "helo") got
'Sorry, I did not follow that' at the main menu, the words kept to send to Complaints. Each, as a whole message, is
now greeted with the menu as "hi" is, nothing kept, and a first message of one is asked the language; a complaint that
begins with one ("good morning, the road ...") still goes to Complaints, and inside a service's conversation they are
its step's answer (a name, "Salam")."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from gateway.keywords import keyword
from gateway.profiles import Profiles
from gateway.state import GATEWAY
from simulator import webhooks as wa

GREETINGS = ("assalamu alaikum", "Assalamualaikum!", "salam", "Good evening", "good afternoon", "সুপ্রভাত", "শুভ সকাল",
             "শুভ সন্ধ্যা", "আসসালামু আলাইকুম", "আদাব", "hlo", "helo", "hello ji")


@pytest.mark.parametrize("text", GREETINGS)
def test_a_greeting_is_greeted(text: str):
    assert keyword(text) == "greeting", text


@pytest.mark.parametrize("text", ["good morning, the road near the school is broken", "salam, kol e jol nei"])
def test_a_greeting_that_goes_on_is_ordinary_text(text: str):
    assert keyword(text) is None, text


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "good evening", "Smart Panchayat services."), ("en", "assalamu alaikum", "Smart Panchayat services."),
    ("bn", "শুভ সকাল", "স্মার্ট পঞ্চায়েত পরিষেবা।"), ("bn", "সালাম", "স্মার্ট পঞ্চায়েত পরিষেবা।")])
async def test_at_the_main_menu_a_greeting_gets_the_menu_and_nothing_is_kept(stack: Stack, lang: str, text: str,
                                                                            said: str):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, text))
    (menu,) = stack.recorder.bodies()
    assert text_of(menu).startswith(said) and menu["interactive"]["type"] == "list"
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).unread is None


@pytest.mark.parametrize("text", ["salam", "সুপ্রভাত", "hlo"])
async def test_a_first_message_of_a_greeting_is_asked_the_language(stack: Stack, text: str):
    await stack.announce_services()
    await stack.say(wa.text(RINA, text))
    (question,) = stack.recorder.bodies()
    assert question["interactive"]["type"] == "button"
    buttons = question["interactive"]["action"]["buttons"]
    assert {button["reply"]["id"] for button in buttons} == {"shell:lang:bn", "shell:lang:en"}
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).unread is None


async def test_a_complaint_that_begins_with_a_greeting_still_goes_to_complaints(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    said = "good morning, the road near the school is broken"
    await stack.say(wa.text(RINA, said))
    assert [e.payload["text"] for e in stack.recorder.of("wa.inbound.grievance")] == [said]


async def test_inside_a_service_a_greeting_is_its_answer(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Guest houses"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "Salam"))  # a guest's name, say
    assert [e.payload["text"] for e in stack.recorder.of("wa.inbound.tourism")] == ["Salam"]
