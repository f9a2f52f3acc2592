"""The 24-hour customer service window: free-form messages only to someone who wrote in the last day, as Meta.

A person writes through the simulator (``sim.say``/``tap``, or the chat page's ``/_sim/send``); the simulator's
clock is moved by hand. Outside the window only a template passes; read receipts and typing indicators always do.
"""
from __future__ import annotations

import asyncio

import pytest
from sim_kit import PERSON, MakeStack, Stack, text_request

from gateway.outbound import ReadReceipt, Template, to_request
from simulator import webhooks as w


class Clock:
    def __init__(self) -> None:
        self.now = 1_760_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, hours: float) -> None:
        self.now += hours * 3600


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def stack(make_stack: MakeStack, clock: Clock) -> Stack:
    return await make_stack(clock=clock, wrote=())


def template() -> dict:
    return to_request(PERSON, Template(name="grievance_status", language="en", params=["GR/2026/000001"]).body())


def image_request() -> dict:
    return {"messaging_product": "whatsapp", "to": PERSON, "type": "image",
            "image": {"link": "https://example.org/p.jpg"}}


def assert_refused(status: int, answer: dict) -> None:
    assert status == 400
    error = answer["error"]
    assert error["code"] == 131047
    assert error["message"] == "(#131047) Re-engagement message"
    assert error["type"] == "OAuthException" and error["fbtrace_id"]
    assert error["error_data"] == {"messaging_product": "whatsapp", "details": (
        "Message failed to send because more than 24 hours have passed since the customer last replied to this "
        "number.")}


async def test_someone_who_never_wrote_gets_only_a_template(stack: Stack) -> None:
    for body in (text_request(), image_request()):
        assert_refused(*await stack.send(body))
    assert stack.sim.sent() == []
    assert [r["code"] for r in stack.sim.records.rejected] == [131047, 131047]
    status, answer = await stack.send(template())
    assert status == 200 and answer["messages"][0]["message_status"] == "accepted"
    [shown] = stack.sim.sent(PERSON)
    assert shown["type"] == "template"


@pytest.mark.parametrize("words", ["hi", "নমস্কার", "amar complaint er ki holo"])
async def test_within_a_day_of_the_persons_message_free_form_goes_and_after_it_does_not(
        stack: Stack, clock: Clock, words: str) -> None:
    assert (await stack.sim.say(PERSON, words)).delivered
    clock.advance(hours=1)
    assert (await stack.send(text_request()))[0] == 200
    clock.advance(hours=22.9)
    assert (await stack.send(image_request()))[0] == 200
    clock.advance(hours=1.2)  # 25 hours since they wrote
    assert_refused(*await stack.send(text_request()))
    assert (await stack.send(template()))[0] == 200
    assert [m["type"] for m in stack.sim.sent(PERSON)] == ["text", "image", "template"]


async def test_a_tap_or_a_message_from_the_chat_page_opens_the_window_again(stack: Stack, clock: Clock) -> None:
    await stack.sim.tap(PERSON, "grievance:view", "My complaints", kind="list")
    clock.advance(hours=30)
    assert_refused(*await stack.send(text_request()))
    resp = await stack.client.post("/_sim/send", json={"wa_id": PERSON, "text": "ami abar likhchi"})
    assert resp.status == 202
    await stack.sim.settle()
    await asyncio.sleep(0)
    assert (await stack.send(text_request()))[0] == 200


async def test_read_receipts_and_typing_pass_whenever(stack: Stack) -> None:
    receipt = to_request(PERSON, ReadReceipt(message_id="wamid.OLD", typing=True).body())
    assert (await stack.send(receipt))[0] == 200
    assert stack.sim.records.reads


async def test_a_webhook_posted_for_the_simulator_opens_the_window(stack: Stack) -> None:

    stack.sim.heard(w.payload([w.text(PERSON, "hello")]))
    assert (await stack.send(text_request()))[0] == 200
    stack.sim.heard(w.payload([w.message("919800000009", "system", system={"body": "changed"})]))
    assert_refused(*await stack.send(text_request(to="919800000009")))


async def test_the_window_can_be_left_open_for_a_sink(make_stack: MakeStack) -> None:
    stack = await make_stack(service_window=False, wrote=())
    assert (await stack.send(text_request()))[0] == 200
