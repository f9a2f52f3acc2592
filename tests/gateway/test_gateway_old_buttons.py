"""A tap no service here offers any more (a button of a service taken off the menu, an id nobody made, a shell button
that is no choice of ours) is said to belong to an earlier message, with where the person is now and the way on:
outside any conversation the menu, inside one the service they are still in, which goes on. A service that is on the
menu but down is still said to be unavailable; a tap of a service that is up reaches it, whatever message it came
from (its answer to an old button is its own)."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from simulator import webhooks as wa

OLD = {"en": "That button belongs to an earlier message and no longer works.",
       "bn": "ওই বোতামটি আগের একটি বার্তার, এখন আর কাজ করে না।"}


def rows(body: dict) -> list[str]:
    return [r["id"] for s in body["interactive"]["action"]["sections"] for r in s["rows"]]


def routed(stack: Stack) -> list[str]:
    return [e.type for e in stack.recorder.envelopes if e.type.startswith("wa.inbound.")]


async def chosen(stack: Stack, lang: str) -> None:
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.announce("grievance", "Complaints", order=50)
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()


@pytest.mark.parametrize("lang", ["en", "bn"])
@pytest.mark.parametrize("tap", ["permit:view:BP-2026-000001", "zz9:menu", "shell:lang:fr", "shell:zz"])
async def test_an_old_button_outside_any_conversation_says_so_and_shows_the_menu(stack: Stack, lang: str, tap: str):
    await chosen(stack, lang)
    await stack.say(wa.button_reply(RINA, tap, "View"))
    (menu,) = stack.recorder.bodies()
    assert text_of(menu).startswith(OLD[lang]) and rows(menu)[:2] == ["tourism:menu", "grievance:menu"]
    assert "not available" not in text_of(menu) and "পাওয়া যাচ্ছে না" not in text_of(menu)
    assert routed(stack) == []


@pytest.mark.parametrize(("lang", "still"), [
    ("en", "You are in the middle of *Guest houses*"),
    ("bn", "আপনি এখন *tourism সেবা* পরিষেবায় আছেন"),
])
async def test_an_old_button_inside_a_conversation_keeps_it_going(stack: Stack, lang: str, still: str):
    await chosen(stack, lang)
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Guest houses"))
    await stack.say(wa.text(RINA, "3 guests"))
    stack.recorder.clear()
    await stack.say(wa.list_reply(RINA, "noc:view:NOC-1", "View"))
    (said,) = stack.recorder.bodies()
    assert text_of(said).startswith(OLD[lang]) and still in text_of(said) and routed(stack) == []
    await stack.say(wa.text(RINA, "4 guests"))  # still an answer to the guest house's question
    assert routed(stack) == ["wa.inbound.tourism"]


async def test_a_notice_button_of_a_service_that_is_up_reaches_it_after_its_conversation_ended(stack: Stack):
    await chosen(stack, "en")
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Guest houses"))
    await stack.say(wa.text(RINA, "menu"))
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "tourism:view:TRB-2026-000001", "View"))
    assert routed(stack) == ["wa.inbound.tourism"] and stack.recorder.bodies() == []


@pytest.mark.parametrize(("lang", "said"), [("en", "Sorry, that service is not available right now"),
                                            ("bn", "দুঃখিত, এই পরিষেবাটি এখন পাওয়া যাচ্ছে না")])
async def test_a_button_of_a_service_on_the_menu_that_is_down_still_says_it_is_unavailable(
        stack: Stack, lang: str, said: str):
    await chosen(stack, lang)
    await stack.announce("noc", "Trade NOC")  # on the menu, no queue on the test bus: down
    await stack.say(wa.button_reply(RINA, "noc:download:NOC-1", "Download"))
    assert text_of(stack.recorder.bodies()[0]).startswith(said) and routed(stack) == []
