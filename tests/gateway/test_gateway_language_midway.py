"""The language changed in the middle of a service's conversation ("language", "bhasha" or "ভাষা", then a button) showed
the main menu, which ended the conversation: the person had to choose the service again and tap carry on, and a PIN
typed straight after was 'not understood'. Now the person is taken back to where they were, as the carry-on button
of the service's row does (``<service>:resume``: its question of the step, now in the new language), told in one line
that the language changed; where nothing is kept there (the service said so, or keeps no conversation) or the
service is down, the menu in the new language, as before."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from gateway.state import GATEWAY
from shared.envelope import Envelope
from shared.runtime.spec import MenuEntry
from simulator import webhooks as wa


async def in_tourism(stack: Stack, lang: str = "en") -> None:
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", "English"))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Guest houses"))


@pytest.mark.parametrize("word", ["language", "bhasha", "ভাষা"])
async def test_the_language_changed_midway_takes_the_person_back_to_their_step_in_it(stack: Stack, word: str):
    await in_tourism(stack)
    await stack.say(wa.text(RINA, word))
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    (back,) = [(e.payload["reply_id"], e.payload["lang"]) for e in stack.recorder.of("wa.inbound.tourism")]
    assert back == ("tourism:resume", "bn")
    (said,) = stack.recorder.bodies()
    assert said["type"] == "text" and "এখন থেকে বাংলায়" in text_of(said) and "*tourism সেবা*" in text_of(said)
    assert not stack.recorder.of("wa.session.left.tourism")


async def test_an_answer_typed_straight_after_the_language_reaches_the_service(stack: Stack):
    await in_tourism(stack)
    await stack.say(wa.text(RINA, "language"))
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "4821"))
    (answer,) = stack.recorder.of("wa.inbound.tourism")
    assert (answer.payload["text"], answer.payload["lang"]) == ("4821", "bn")


async def test_the_language_named_midway_takes_the_person_back_too(stack: Stack):
    await in_tourism(stack, "bn")
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "English"))
    (back,) = [(e.payload["reply_id"], e.payload["lang"]) for e in stack.recorder.of("wa.inbound.tourism")]
    assert back == ("tourism:resume", "en")
    (said,) = stack.recorder.bodies()
    assert text_of(said).startswith("From now on we will write in English") and "*Guest houses*" in text_of(said)


async def test_nothing_kept_there_the_menu_in_the_new_language(stack: Stack):
    await in_tourism(stack)
    await stack.client.app[GATEWAY].consume(Envelope(
        type="wa.session.settled", source="tourism", occurred_at=stack.clock(),
        payload={"service": "tourism", "wa_id": RINA, "settled": True}))
    await stack.say(wa.text(RINA, "language"))
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    assert not stack.recorder.of("wa.inbound.tourism")
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["type"] == "list" and "মাঝপথে" not in text_of(menu)


async def test_a_service_keeping_no_conversation_the_menu(stack: Stack):
    await stack.announce_entry(MenuEntry(service="grievance", title={"bn": "অভিযোগ", "en": "Complaints"},
                                         description={"bn": "বিবরণ", "en": "About"}, resumes=False))
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    await stack.say(wa.list_reply(RINA, "grievance:menu", "Complaints"))
    await stack.say(wa.text(RINA, "language"))
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    assert not stack.recorder.of("wa.inbound.grievance")
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["type"] == "list" and "স্বাগত" not in text_of(menu)


async def test_a_first_timer_choosing_the_language_is_still_welcomed(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.text(RINA, "hi"))
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    (menu,) = stack.recorder.bodies()
    assert "Welcome to Smart Panchayat" in text_of(menu) and "kept" not in text_of(menu)


@pytest.mark.parametrize(("lang", "word"), [("en", "language"), ("bn", "ভাষা"), ("bn", "bhasha")])
async def test_asking_to_change_the_language_is_not_welcomed_as_a_newcomer(stack: Stack, lang: str, word: str):
    await in_tourism(stack, lang)
    stack.recorder.clear()
    await stack.say(wa.text(RINA, word))
    (asked,) = stack.recorder.bodies()
    question = text_of(asked)
    assert "Which language would you like to use?" in question and "কোন ভাষায়" in question
    assert "Welcome" not in question and "স্বাগত" not in question
    assert [b["reply"]["id"] for b in asked["interactive"]["action"]["buttons"]] == (
        ["shell:lang:en", "shell:lang:bn"] if lang == "en" else ["shell:lang:bn", "shell:lang:en"])
