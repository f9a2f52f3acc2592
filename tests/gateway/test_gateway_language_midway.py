"""The language changed in the middle of a service's conversation ("language", then a button) showed the welcome
as to a newcomer, and a PIN or an answer typed next was 'not understood': the menu in the new language now says
that what the person was doing there is kept, and how to carry on with it, as the menu asked for there does."""
from __future__ import annotations

from gateway_kit import RINA, Stack

from simulator import webhooks as wa


def text_of(body: dict) -> str:
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


async def test_the_language_changed_in_the_middle_of_a_service_says_what_was_done_there_is_kept(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "tourism সেবা"))
    await stack.say(wa.text(RINA, "language"))
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    (menu,) = stack.recorder.bodies()
    assert "If you were in the middle of something in *Guest houses*, it is kept for 30 minutes" in text_of(menu)
    assert "Welcome to Smart Panchayat" not in text_of(menu)


async def test_the_language_named_in_the_middle_of_a_service_says_so_too(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Guest houses"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "বাংলা"))
    (menu,) = stack.recorder.bodies()
    assert "*tourism সেবা* পরিষেবায় কিছু মাঝপথে থাকলে তা ৩০ মিনিট রাখা থাকবে" in text_of(menu)


async def test_a_first_timer_choosing_the_language_is_still_welcomed(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.text(RINA, "hi"))
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    (menu,) = stack.recorder.bodies()
    assert "Welcome to Smart Panchayat" in text_of(menu) and "kept" not in text_of(menu)
