"""A language asked for in everyday words ("bangla te bolo", "english please", "ইংরেজিতে") went, in the middle of a
booking, to the booking as its answer ("nowhere to stay in a district by that name") and, outside any conversation,
was kept as a complaint to send; only the language's bare name changed it. It now changes the language anywhere, as
the bare name does; a sentence that only mentions a language ("my english is weak") is no such request."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from simulator import webhooks as wa


async def in_a_booking(stack: Stack, lang: str) -> None:
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", "English" if lang == "en" else "বাংলা"))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Guest houses"))
    stack.recorder.clear()


@pytest.mark.parametrize("asked", ["bangla te bolo", "Banglay bolun please", "বাংলায় বলুন", "বাংলাতে লিখুন",
                                   "in bengali please", "speak bangla"])
async def test_bengali_asked_for_in_the_middle_of_a_booking_changes_the_language(stack: Stack, asked: str):
    await in_a_booking(stack, "en")
    await stack.say(wa.text(RINA, asked))
    assert [_back(e.payload) for e in stack.recorder.of("wa.inbound.tourism")] == [("tourism:resume", None, "bn")]
    (said,) = stack.recorder.bodies()
    assert "এখন থেকে বাংলায় লিখব" in text_of(said)


@pytest.mark.parametrize("asked", ["english please", "ইংরেজিতে", "ইংরেজিতে বলুন", "ইংলিশে বলো", "english e bolun",
                                   "Reply in English", "english te likhun"])
async def test_english_asked_for_in_the_middle_of_a_booking_changes_the_language(stack: Stack, asked: str):
    await in_a_booking(stack, "bn")
    await stack.say(wa.text(RINA, asked))
    assert [_back(e.payload) for e in stack.recorder.of("wa.inbound.tourism")] == [("tourism:resume", None, "en")]
    (said,) = stack.recorder.bodies()
    assert "From now on we will write in English. Carry on in *Guest houses*" in text_of(said)


def _back(payload: dict) -> tuple:
    """Back at the booking's step, as its carry-on button takes the person: the words asking were no answer there."""
    return payload["reply_id"], payload["text"], payload["lang"]


async def test_english_asked_for_outside_any_conversation_is_not_kept_as_a_complaint(stack: Stack):
    await stack.announce("grievance", "Complaints", order=10)
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "english please"))
    (menu,) = stack.recorder.bodies()
    assert "Choose a service from the list" in text_of(menu) and "kept for 30 minutes" not in text_of(menu)
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu"))
    assert "Choose a service from the list" in text_of(stack.recorder.bodies()[0])


async def test_a_first_message_asking_for_english_gets_the_menu_in_english(stack: Stack):
    await stack.announce("grievance", "Complaints", order=10)
    await stack.say(wa.text(RINA, "ইংরেজিতে বলুন"))
    (menu,) = stack.recorder.bodies()
    assert "Welcome to Smart Panchayat" in text_of(menu) and "Which language" not in text_of(menu)


@pytest.mark.parametrize("said", ["my english is weak", "ami bangla bujhi na", "english medium school er pashe"])
async def test_a_sentence_that_mentions_a_language_goes_to_the_booking(stack: Stack, said: str):
    await in_a_booking(stack, "en")
    await stack.say(wa.text(RINA, said))
    assert len(stack.recorder.of("wa.inbound.tourism")) == 1
