"""Inside a service's conversation "hi" and "hello" sent alone return to the main menu (saying what was begun there is
kept, its row carries on), while the other greetings the gateway reads alone ("good evening", "assalamu alaikum",
"সুপ্রভাত", "hlo", "শুভ সকাল", "আদাব") went to the service as its step's answer ("Sorry, I did not follow that"). Each
now returns to the menu there as "hi" does; "Salam" (সালাম), a name too (a guest's), stays the step's answer."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from gateway.keywords import greets
from simulator import webhooks as wa

KEPT = {"en": "If you were in the middle of something in *Guest houses*",
        "bn": "*tourism সেবা* পরিষেবায় কিছু মাঝপথে থাকলে তা ৩০ মিনিট রাখা থাকবে"}


def rows(body: dict) -> list[str]:
    return [row["id"] for section in body["interactive"]["action"]["sections"] for row in section["rows"]]


async def in_tourism(stack: Stack, lang: str) -> None:
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.announce("grievance", "Complaints", order=50)
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Guest houses"))
    stack.recorder.clear()


@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "hi"), ("en", "good evening"), ("en", "Good afternoon!"), ("en", "assalamu alaikum"), ("en", "hlo"),
    ("en", "helo"), ("en", "hello ji"), ("en", "namaskar sir"), ("bn", "সুপ্রভাত"), ("bn", "শুভ সকাল"),
    ("bn", "আসসালামু আলাইকুম"), ("bn", "আদাব"), ("bn", "নমস্কার স্যার"), ("bn", "namaskar")])
async def test_a_greeting_inside_a_service_returns_to_the_menu_as_hi_does(stack: Stack, lang: str, typed: str):
    await in_tourism(stack, lang)
    await stack.say(wa.text(RINA, typed))
    assert stack.recorder.of("wa.inbound.tourism") == [], typed
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["type"] == "list" and rows(menu) == ["tourism:menu", "grievance:menu"], typed
    assert KEPT[lang] in text_of(menu), text_of(menu)


@pytest.mark.parametrize("typed", ["Salam", "salaam", "সালাম"])
async def test_salam_inside_a_service_is_still_its_answer(stack: Stack, typed: str):
    await in_tourism(stack, "en")
    await stack.say(wa.text(RINA, typed))  # a guest's name, say
    assert [e.payload["text"] for e in stack.recorder.of("wa.inbound.tourism")] == [typed]


@pytest.mark.parametrize(("text", "said"), [
    ("hi", True), ("Good evening", True), ("সুপ্রভাত", True), ("hlo", True), ("Salam", False), ("সালাম", False),
    ("good evening, the road is broken", False), ("menu", False), (None, False)])
def test_which_greetings_leave_a_conversation(text: str | None, said: bool):
    assert greets(text) is said, text
