"""Someone in danger said ("barite agun legeche", "ambulance lagbe", "সাপে কামড়েছে", "pukure bachha dube geche",
"aag lag gayi", "gramer modhye bonna") was "I could not tell which service your message is for": this number sends no
help, and the person was not told where help is. The national emergency number (*112*: the police, the fire brigade,
an ambulance) is now said at once: at the main menu, with the menu; as a first message, in the language guessed,
before the language question; inside a service's chat where it reads no meaning of its own. The money or the repairs
after a flood or a fire ("flood relief er taka pai ni", "bonnar por rasta repair hoyni") stay a complaint's words."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack
from test_gateway_office_business import inbound

from gateway.kinds import answer_to, from_words
from simulator import webhooks as wa

CALL = {"en": "If someone is in danger, call *112* now", "bn": "কেউ বিপদে থাকলে এখনই *১১২*-এ ফোন করুন"}
SAID = ["barite agun legeche", "ambulance lagbe", "amar chele ke sape kamreche", "সাপে কামড়েছে",
        "বাড়িতে আগুন লেগেছে", "pukure ekta bachha dube geche", "aag lag gayi", "saanp ne kaat liya",
        "gramer modhye bonna", "rastay accident hoyeche", "nodir bandh bhenge geche, bonna", "emergency"]


@pytest.mark.parametrize("typed", SAID)
def test_someone_in_danger_is_read(typed):
    assert from_words(inbound(typed)) == "intro_emergency", typed


@pytest.mark.parametrize("typed", ["flood relief er taka pai ni", "bonnar por rasta repair hoyni", "agun", "fire",
                                   "firewood lagbe", "accident insurance claim", "holding tax koto"])
def test_what_follows_a_flood_or_no_danger_is_not(typed):
    assert answer_to(typed) != "intro_emergency", typed


@pytest.mark.parametrize(("typed", "lang"), [("barite agun legeche", "en"), ("ambulance lagbe", "en"),
                                             ("বাড়িতে আগুন লেগেছে", "bn")])
async def test_at_the_main_menu_the_emergency_number_is_said_with_the_menu(stack: Stack, typed: str, lang: str):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", "lang"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, typed))
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["body"]["text"].startswith(CALL[lang]), menu
    rows = [r["id"] for s in menu["interactive"]["action"]["sections"] for r in s["rows"]]
    assert "shell:unread" not in rows and "grievance:menu" in rows  # nothing kept to send as a complaint


async def test_as_a_first_message_it_is_said_before_the_language_question(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, "সাপে কামড়েছে, কী করব"))
    first, question = stack.recorder.bodies()
    assert first["type"] == "text" and first["text"]["body"].startswith(CALL["bn"]), first
    buttons = question["interactive"]["action"]["buttons"]
    assert [b["reply"]["id"] for b in buttons] == ["shell:lang:bn", "shell:lang:en"]
