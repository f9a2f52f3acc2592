"""A first-timer whose first message was "menu" (or "মেনু") got the menu in the language guessed from the word, with
nothing said of the language: a Bengali speaker who typed the English word got English from then on, "নমস্কার" too,
and was never told how to get Bengali. The menu to a first-timer now opens with the line that says which language it
is in and how to change it, as the menu after a sticker does; the menu asked for once the language is chosen is as
before."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from simulator import webhooks as wa

SET = {"en": "I will write in English. For Bengali, type *ভাষা*.", "bn": "বাংলায় লিখছি। ইংরেজির জন্য *language* লিখুন।"}


def text_of(body: dict) -> str:
    return body["interactive"]["body"]["text"]


@pytest.mark.parametrize(("word", "lang"), [("menu", "en"), ("Menu", "en"), ("মেনু", "bn")])
async def test_the_menu_to_a_first_timer_says_how_to_change_the_language(stack: Stack, word: str, lang: str):
    await stack.announce_services()
    await stack.say(wa.text(RINA, word))
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["type"] == "list" and text_of(menu).startswith(SET[lang]), text_of(menu)
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "ভাষা" if lang == "en" else "language"))
    (question,) = stack.recorder.bodies()
    buttons = question["interactive"]["action"]["buttons"]
    assert {button["reply"]["id"] for button in buttons} == {"shell:lang:bn", "shell:lang:en"}


async def test_the_menu_once_the_language_is_chosen_has_no_such_line(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu"))
    (menu,) = stack.recorder.bodies()
    assert not text_of(menu).startswith(SET["en"]), text_of(menu)
