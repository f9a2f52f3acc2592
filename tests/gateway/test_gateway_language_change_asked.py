"""Asked to change the language in everyday words ("change language", "ভাষা বদলাও", "ভাষা পরিবর্তন করুন", "bhasha
bodlao") the person was told 'Sorry, I did not follow that' at the main menu, and inside a service the words went to
it as its step's answer (at a PIN's question: 'a PIN is only digits'). Each, as a whole message, now asks the language
question as "language" does, and the service the person was in takes them back to their step in the new language."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from gateway.keywords import keyword
from simulator import webhooks as wa

ASKED = ("change language", "Change the language", "language change", "ভাষা বদলাও", "ভাষা বদলান",
         "ভাষা পরিবর্তন করুন।", "ভাষা পাল্টাও", "bhasha bodlao", "bhasha change")


@pytest.mark.parametrize("text", ASKED)
def test_asking_to_change_the_language_is_the_language_keyword(text: str):
    assert keyword(text) == "language", text


@pytest.mark.parametrize("text", ["the language of the letter is wrong", "ভাষা বদলাও কেন", "change my address"])
def test_the_words_inside_another_sentence_stay_ordinary_text(text: str):
    assert keyword(text) is None, text


@pytest.mark.parametrize("text", ["change language", "ভাষা বদলাও"])
async def test_at_the_main_menu_the_language_question_is_asked(stack: Stack, text: str):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, text))
    (asked,) = stack.recorder.bodies()
    assert "Which language would you like to use?" in text_of(asked) and "কোন ভাষায়" in text_of(asked)
    assert [b["reply"]["id"] for b in asked["interactive"]["action"]["buttons"]] == ["shell:lang:bn", "shell:lang:en"]


async def test_inside_a_service_the_words_do_not_reach_it_and_the_person_is_taken_back(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Guest houses"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "ভাষা পরিবর্তন করুন"))
    assert stack.recorder.of("wa.inbound.tourism") == []
    (asked,) = stack.recorder.bodies()
    assert "Which language would you like to use?" in text_of(asked)
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    (back,) = [(e.payload["reply_id"], e.payload["lang"]) for e in stack.recorder.of("wa.inbound.tourism")]
    assert back == ("tourism:resume", "bn")
