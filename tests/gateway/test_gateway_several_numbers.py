"""Two or more numbers services gave, typed in one message ("GRV-2026-000001 and GRV-2026-000002"): each is offered,
none is dropped."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from shared.chat import Inbound
from simulator import webhooks as wa


def routed(stack: Stack) -> list[tuple[str, str | None]]:
    return [(e.type.rsplit(".", 1)[1], Inbound.model_validate(e.payload).reply_id) for e in stack.recorder.envelopes
            if e.type.startswith("wa.inbound.")]


def offered(body: dict) -> list[tuple[str, str]]:
    return [(row["id"], row["title"]) for section in body["interactive"]["action"]["sections"]
            for row in section["rows"]]


async def at_the_menu(stack: Stack, lang: str = "en") -> None:
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()


@pytest.mark.parametrize("typed", ["GRV-2026-000001 GRV-2026-000002", "GRV-2026-000001, GRV-2026-000002",
                                   "status of GRV-2026-000001 and GRV-2026-000002 please"])
async def test_two_complaint_numbers_at_the_menu_are_both_offered(stack: Stack, typed: str):
    await at_the_menu(stack)
    await stack.say(wa.text(RINA, typed))
    assert routed(stack) == []
    (body,) = stack.recorder.bodies()
    assert body["interactive"]["body"]["text"].startswith("You sent 2 numbers.")
    assert offered(body) == [("grievance:view:GRV-2026-000001", "GRV-2026-000001"),
                             ("grievance:view:GRV-2026-000002", "GRV-2026-000002")]


async def test_numbers_of_different_services_in_bengali(stack: Stack):
    await at_the_menu(stack, "bn")
    await stack.say(wa.text(RINA, "BP/PUR/2026/000101 আর PT-2026-000012"))
    (body,) = stack.recorder.bodies()
    assert body["interactive"]["body"]["text"].startswith("আপনি ২টি নম্বর পাঠিয়েছেন।")
    assert [row_id for row_id, _ in offered(body)] == ["permit:view:BP/PUR/2026/000101", "tourism:view:PT-2026-000012"]


async def test_inside_a_conversation_numbers_alone_are_offered_and_numbers_among_words_are_its_answer(stack: Stack):
    await at_the_menu(stack)
    await stack.say(wa.button_reply(RINA, "grievance:menu", "Complaints"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "GRV-2026-000001 ar GRV-2026-000002"))
    assert routed(stack) == []
    assert len(offered(stack.recorder.bodies()[0])) == 2
    stack.recorder.clear()
    # a complaint's description may name earlier complaints: the service reads it
    await stack.say(wa.text(RINA, "GRV-2026-000001 and GRV-2026-000002 were closed but the road is still broken"))
    assert routed(stack) == [("grievance", None)]
    assert stack.recorder.bodies() == []


async def test_one_number_typed_twice_is_one_number(stack: Stack):
    await at_the_menu(stack)
    await stack.say(wa.text(RINA, "GRV-2026-000001 GRV 2026 1"))
    assert routed(stack) == [("grievance", "grievance:view:GRV-2026-000001")]


@pytest.mark.parametrize("typed", ["1. GRV-2026-000001\n2. GRV-2026-000002", "1) GRV-2026-000001\n2) GRV-2026-000002",
                                   "১. GRV-2026-000001\n২. GRV-2026-000002", "- GRV-2026-000001\n- GRV-2026-000002"])
async def test_inside_a_conversation_numbers_written_as_a_list_are_numbers_alone(stack: Stack, typed: str):
    """A list pasted as people write one, "1." or "-" before each line, is numbers alone: inside a conversation it
    was read as words and only the first number was met."""
    await at_the_menu(stack)
    await stack.say(wa.button_reply(RINA, "grievance:menu", "Complaints"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, typed))
    assert routed(stack) == []
    assert [row_id for row_id, _ in offered(stack.recorder.bodies()[0])] == ["grievance:view:GRV-2026-000001",
                                                                            "grievance:view:GRV-2026-000002"]
