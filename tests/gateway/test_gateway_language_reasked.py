"""A first-timer asked the language who typed a name ("Rina Das") or a number ("9800000001") instead of tapping one had
it taken as the language chosen (guessed from the letters) and the menu, what they typed dropped without a word. They
are now asked again, once, with a line in both languages saying to tap a language first and that what they typed went
to no office; answered so a third time, the language they write in is kept, as before. A number a service reads
(an application's, a complaint's) goes to that service, and words of a request are kept to send on, as before."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from shared.chat import LANG_CHOSEN
from simulator import webhooks as wa

TAP_FIRST = {"en": "Please tap a language below first.", "bn": "আগে নিচে একটি ভাষায় চাপ দিন।"}


async def asked(stack: Stack) -> None:
    await stack.announce_services()
    await stack.say(wa.text(RINA, "hi"))
    stack.recorder.clear()
    stack.clock.advance(minutes=1)


def is_question(body: dict) -> bool:
    buttons = body["interactive"]["action"].get("buttons", []) if body["type"] == "interactive" else []
    return {button["reply"]["id"] for button in buttons} == {"shell:lang:bn", "shell:lang:en"}


@pytest.mark.parametrize("typed", ["Rina Das", "Rina", "9800000001", "98000 00001", "রিনা দাস", "Tapan Mondal"])
async def test_a_name_or_number_for_the_language_asks_again_saying_to_tap_one(stack: Stack, typed: str):
    await asked(stack)
    await stack.say(wa.text(RINA, typed))
    (question,) = stack.recorder.bodies()
    assert is_question(question), question
    said = text_of(question)
    assert TAP_FIRST["en"] in said and TAP_FIRST["bn"] in said, said
    assert "has not gone to any office" in said, said
    assert stack.recorder.of(LANG_CHOSEN) == []


async def test_asked_again_the_button_tapped_gives_the_menu_in_that_language(stack: Stack):
    await asked(stack)
    await stack.say(wa.text(RINA, "Rina Das"))
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    assert [e.payload["lang"] for e in stack.recorder.of(LANG_CHOSEN)] == ["bn"]
    assert stack.recorder.bodies()[-1]["interactive"]["type"] == "list"


async def test_a_name_a_third_time_keeps_the_language_it_is_written_in(stack: Stack):
    await asked(stack)
    await stack.say(wa.text(RINA, "Rina Das"))
    stack.recorder.clear()
    stack.clock.advance(minutes=1)
    await stack.say(wa.text(RINA, "Rina Das"))
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["type"] == "list"
    assert text_of(menu).startswith("I will write in English, as you do. For Bengali, type *ভাষা*.")
    assert [e.payload["lang"] for e in stack.recorder.of(LANG_CHOSEN)] == ["en"]


async def test_a_name_half_an_hour_after_the_second_question_asks_again(stack: Stack):
    await asked(stack)
    await stack.say(wa.text(RINA, "Rina Das"))
    stack.clock.advance(minutes=31)
    await stack.say(wa.text(RINA, "hi"))
    stack.recorder.clear()
    stack.clock.advance(minutes=1)
    await stack.say(wa.text(RINA, "Rina Das"))
    (question,) = stack.recorder.bodies()
    assert is_question(question) and TAP_FIRST["en"] in text_of(question)


@pytest.mark.parametrize(("typed", "service"), [("BP/PUR/2026/000102", "permit"), ("GRV-2026-000002", "grievance")])
async def test_a_number_a_service_reads_still_goes_there(stack: Stack, typed: str, service: str):
    await asked(stack)
    await stack.say(wa.text(RINA, typed))
    assert stack.recorder.of(f"wa.inbound.{service}") or any(
        "unavailable" in text_of(body).lower() or "পাওয়া যাচ্ছে না" in text_of(body)
        for body in stack.recorder.bodies()), stack.recorder.bodies()
    assert not any(is_question(body) for body in stack.recorder.bodies())


async def test_words_of_a_request_are_still_kept_to_send_on(stack: Stack):
    await asked(stack)
    await stack.say(wa.text(RINA, "amar kaaj ta kobe hobe bolun"))
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["type"] == "list"
    assert menu["interactive"]["action"]["sections"][0]["rows"][0]["id"] == "shell:unread"
    assert "লিখছি" in text_of(menu) or "I will write in" in text_of(menu)


@pytest.mark.parametrize("typed", ["ok", "ধন্যবাদ"])
async def test_a_keyword_for_the_language_is_read_as_before(stack: Stack, typed: str):
    await asked(stack)
    await stack.say(wa.text(RINA, typed))
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["type"] == "list"
    assert len(stack.recorder.of(LANG_CHOSEN)) == 1
