"""Asked to stop the messages in everyday words ("please stop sending messages", "stop notifications", "don't send
messages", "মেসেজ পাঠাবেন না", "বার্তা বন্ধ করুন", "message bondho") the person was not opted out: at the main menu
the words were kept to send to Complaints as a new complaint, and inside a service they went to it as its step's
answer. Each, as a whole message, now turns the notifications off as STOP does; inside a sentence ("please stop the
tanker") the words are still ordinary text."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from gateway.keywords import keyword
from gateway.profiles import Profiles
from gateway.state import GATEWAY
from simulator import webhooks as wa

ASKED = ("please stop sending messages", "Stop sending messages!", "stop notifications", "stop messages",
         "don't send messages", "do not send messages", "no more messages", "মেসেজ পাঠাবেন না।", "আর বার্তা পাঠাবেন না",
         "বার্তা বন্ধ করুন", "মেসেজ বন্ধ", "message bondho", "message pathaben na")


@pytest.mark.parametrize("text", ASKED)
def test_the_messages_refused_in_everyday_words_is_stop(text: str):
    assert keyword(text) == "stop", text


@pytest.mark.parametrize("text", ["please stop the tanker", "stop the water supply cut", "মেসেজ পাঠাবেন না কেন"])
def test_the_words_inside_another_sentence_stay_ordinary_text(text: str):
    assert keyword(text) is None, text


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "please stop sending messages", "no longer receive notifications"),
    ("bn", "মেসেজ পাঠাবেন না", "আর বিজ্ঞপ্তি পাঠানো হবে না")])
async def test_at_the_main_menu_the_person_is_opted_out_and_nothing_is_kept_for_complaints(
        stack: Stack, lang: str, text: str, said: str):
    await stack.announce("grievance", "Complaints", order=50)
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, text))
    (answer,) = stack.recorder.bodies()
    assert said in text_of(answer) and answer["type"] == "text"
    assert [e.payload for e in stack.recorder.of("wa.person.opted_out")] == [{"wa_id": RINA}]
    profile = await Profiles(stack.client.app[GATEWAY].store).get(RINA)
    assert profile.opted_out is True and profile.unread is None  # nothing kept to send to Complaints


async def test_inside_a_service_the_words_do_not_reach_it(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Guest houses"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "stop notifications"))
    assert stack.recorder.of("wa.inbound.tourism") == []
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).opted_out is True
