"""A first message in Bengali written in Latin letters (Banglish) is guessed Bengali: বাংলা comes first."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from gateway.keywords import guess_lang
from simulator import webhooks as wa


@pytest.mark.parametrize(("text", "lang"), [
    ("nomoskar", "bn"), ("Namaskar!", "bn"), ("amar complain ache", "bn"), ("sahajjo", "bn"), ("bhasha", "bn"),
    ("amar rastar alo jolche na", "bn"), ("Dhonnobad", "bn"), ("apnar office kothay", "bn"),
    ("hello", "en"), ("my road is broken", "en"), ("help", "en"), ("I have a complaint", "en"),
])
def test_banglish_is_guessed_bengali_and_english_english(text, lang):
    assert guess_lang(text) == lang


@pytest.mark.parametrize("first", ["nomoskar", "amar bari te ration kom ashe"])  # words no service announced
async def test_a_first_message_in_banglish_asks_the_language_bangla_first(stack: Stack, first: str):
    await stack.announce_services()
    await stack.say(wa.text(RINA, first))
    (question,) = stack.recorder.bodies()
    assert question["interactive"]["action"]["buttons"][0]["reply"] == {"id": "shell:lang:bn", "title": "বাংলা"}
    assert question["interactive"]["body"]["text"].startswith("নমস্কার!")
