"""No power at home ("current nei", "light nei", "বিদ্যুৎ নেই", "power cut"), or its bill ("বিদ্যুতের বিল বেশি এসেছে",
"electricity bill is too high"; "I could not tell which service" before), or in Hindi ("bijli nahi hai", "बिजली नहीं
है"), typed first or at the main menu: the electricity company's (WBSEDCL, 1912), not the panchayat's, is said in the
person's language, with a button that begins a street light's complaint and one for the menu; a street light named
("street light nei", "বাতি জ্বলছে না") begins its complaint with the words at once, as a problem said in English does
("drain is blocked")."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from gateway.profiles import Profiles
from gateway.state import GATEWAY
from shared.chat import Inbound
from simulator import webhooks as wa


def handed(stack: Stack) -> list[Inbound]:
    return [Inbound.model_validate(e.payload) for e in stack.recorder.envelopes if e.type.startswith("wa.inbound.")]


def buttons(body: dict) -> list[tuple[str, str]]:
    return [(b["reply"]["id"], b["reply"]["title"]) for b in body["interactive"]["action"]["buttons"]]


@pytest.mark.parametrize(("words", "lang"), [("current nei", "bn"), ("light nei", "bn"), ("বিদ্যুৎ নেই", "bn"),
                                             ("কারেন্ট নেই", "bn"), ("bidyut nei", "bn"), ("no electricity", "en"),
                                             ("power cut", "en"),
                                             # its bill ("I could not tell which service" before)
                                             ("বিদ্যুতের বিল বেশি এসেছে", "bn"), ("কারেন্টের বিল আসেনি", "bn"),
                                             ("electricity bill is too high", "en"),
                                             # in Hindi ("I could not tell which service" before)
                                             ("bijli nahi hai", "en"), ("bijli chali gayi hai", "en")])
async def test_a_first_message_of_no_power_at_home_is_told_whose_it_is_in_its_language(stack: Stack, words: str,
                                                                                     lang: str):
    await stack.announce_services()
    await stack.say(wa.text(RINA, words))
    (answer,) = stack.recorder.bodies()
    text = answer["interactive"]["body"]["text"]
    if lang == "bn":
        assert "বিদ্যুৎ সংস্থা WBSEDCL" in text and "*১৯১২*" in text and "ইংরেজির জন্য *language* লিখুন" in text
        assert "বিদ্যুতের বিলও তারাই দেখে" in text
        assert buttons(answer) == [("grievance:cat:lights", "পথবাতির অভিযোগ"), ("shell:menu", "মেনু")]
    else:
        assert "electricity company, WBSEDCL" in text and "*1912*" in text and "For Bengali, type *ভাষা*" in text
        assert "Electricity bills are theirs too" in text
        assert buttons(answer) == [("grievance:cat:lights", "Street light problem"), ("shell:menu", "Menu")]
    assert handed(stack) == []  # no complaint begun
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).lang == lang


async def test_at_the_menu_the_answer_is_given_and_its_button_begins_the_street_lights_complaint(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "road is ok now, light nei"))  # the light's clause read, the road's fine
    text = stack.recorder.bodies()[0]["interactive"]["body"]["text"]
    assert "WBSEDCL" in text and "For Bengali" not in text  # the language was chosen, not guessed
    await stack.say(wa.button_reply(RINA, "grievance:cat:lights", "Street light problem"))
    assert [(i.kind, i.reply_id) for i in handed(stack)] == [("reply", "grievance:cat:lights")]


@pytest.mark.parametrize("words", ["street light nei", "rastar alo jolche na", "বাতি জ্বলছে না", "drain is blocked",
                                   "the road near school is broken", "road is fine now, but no water"])
async def test_a_street_light_or_a_problem_said_in_english_begins_its_complaint_with_the_words(stack: Stack,
                                                                                           words: str):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, words))
    assert [(i.kind, i.text, i.unasked) for i in handed(stack)] == [("text", words, True)]


async def test_in_hindi_script_at_the_menu_the_answer_is_given(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "बिजली नहीं है"))
    text = stack.recorder.bodies()[0]["interactive"]["body"]["text"]
    assert "WBSEDCL" in text and "*1912*" in text, text
    assert handed(stack) == []  # no complaint begun
