"""The menu asked for in everyday words ("মেনু দিন", "menu dekhao", "back to menu", "মেনুতে ফিরুন", "main মেনু")
reached the service as its step's answer: at a PIN's question, 'a PIN is digits, not words'; at a complaint's
description, the words would be the complaint. Each, as a whole message, is now the way out to the main menu, as
"menu" is; inside a sentence it is still ordinary text."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from gateway.keywords import keyword
from simulator import webhooks as wa

ASKED = ("মেনু দিন", "মেনু দাও", "মেনু দেখান", "মেনুতে ফিরুন", "মেনুতে যান", "main মেনু", "মেইন মেনু", "menu dao",
         "menu din", "menu dekhao", "show menu", "Show me the menu", "go to menu", "back to menu",
         "Back to main menu!", "open menu")


@pytest.mark.parametrize("text", ASKED)
def test_the_menu_asked_for_in_everyday_words_is_the_menu(text: str):
    assert keyword(text) == "menu", text


@pytest.mark.parametrize("text", ["মেনু দেখান না কেন", "the menu at the guest house was bad", "menu card dao"])
def test_the_menu_inside_a_sentence_is_still_ordinary_text(text: str):
    assert keyword(text) is None


async def test_the_menu_asked_in_everyday_words_leaves_a_service(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.announce("grievance", "Complaints", order=50)
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    for words in ("মেনু দিন", "back to menu"):
        await stack.say(wa.button_reply(RINA, "grievance:menu", "অভিযোগ জানান"))
        stack.recorder.clear()
        await stack.say(wa.text(RINA, words))
        assert stack.recorder.of("wa.inbound.grievance") == [], words
        (menu,) = stack.recorder.bodies()
        assert "স্মার্ট পঞ্চায়েত পরিষেবা।" in menu["interactive"]["body"]["text"], words
