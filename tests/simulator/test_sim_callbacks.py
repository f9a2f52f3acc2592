"""What the simulator posts to the gateway: signed message webhooks from people, and status callbacks."""
from __future__ import annotations

import hashlib
import hmac

from sim_kit import PERSON, SECRET, MakeStack, Stack, text_request


def verify(raw: bytes, signature: str) -> bool:
    return hmac.compare_digest(signature, "sha256=" + hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest())


async def test_an_accepted_message_reports_sent_delivered_read_in_order(stack: Stack) -> None:
    _, answer = await stack.send(text_request())
    wamid = answer["messages"][0]["id"]
    await stack.sim.settle()
    statuses = stack.receiver.statuses()
    assert [(s["id"], s["status"], s["recipient_id"]) for s in statuses] == [
        (wamid, "sent", PERSON), (wamid, "delivered", PERSON), (wamid, "read", PERSON)]
    assert all(verify(raw, sig) for raw, sig in stack.receiver.posts)
    value = stack.receiver.values()[0]
    assert value["metadata"]["phone_number_id"] == "106540352242922"


async def test_the_callback_data_of_a_message_comes_back_in_each_of_its_statuses(stack: Stack) -> None:
    request = {**text_request(), "biz_opaque_callback_data": "outbound-42"}
    _, answer = await stack.send(request)
    await stack.sim.settle()
    statuses = stack.receiver.statuses()
    assert [(s["id"], s["biz_opaque_callback_data"]) for s in statuses] == [(answer["messages"][0]["id"],
                                                                            "outbound-42")] * 3


async def test_read_can_be_left_to_the_page(make_stack: MakeStack) -> None:
    stack = await make_stack(auto_read=False)
    await stack.send(text_request())
    await stack.sim.settle()
    assert [s["status"] for s in stack.receiver.statuses()] == ["sent", "delivered"]


async def test_a_failed_callback_is_logged_not_raised(make_stack: MakeStack) -> None:
    stack = await make_stack(receiver_status=500)
    status, _ = await stack.send(text_request())
    assert status == 200
    await stack.sim.settle()
    assert len(stack.receiver.posts) == 3 * 2  # three statuses, each tried twice (one retry)


async def test_an_unreachable_gateway_does_not_break_the_api(make_stack: MakeStack) -> None:
    stack = await make_stack(webhook_url="http://127.0.0.1:9/webhook")
    assert (await stack.send(text_request()))[0] == 200
    await stack.sim.settle()
    sent = await stack.sim.say(PERSON, "hello")
    assert sent.status is None and not sent.delivered


async def test_a_person_says_something_as_a_signed_meta_webhook(stack: Stack) -> None:
    sent = await stack.sim.say(PERSON, "আমার অভিযোগ", name="Rina Das")
    assert sent.delivered
    [(raw, signature)] = stack.receiver.posts
    assert verify(raw, signature)
    [value] = stack.receiver.values()
    assert value["contacts"] == [{"profile": {"name": "Rina Das"}, "wa_id": PERSON}]
    [message] = value["messages"]
    assert message == {"from": PERSON, "id": sent.id, "timestamp": message["timestamp"], "type": "text",
                       "text": {"body": "আমার অভিযোগ"}}


async def test_a_person_taps_a_list_row_in_reply_to_a_message(stack: Stack) -> None:
    sent = await stack.sim.tap(PERSON, "tourism:book", "Book a stay", kind="list", reply_to="wamid.MENU")
    [message] = stack.receiver.messages()
    assert message["id"] == sent.id
    assert message["interactive"] == {"type": "list_reply",
                                      "list_reply": {"id": "tourism:book", "title": "Book a stay"}}
    assert message["context"] == {"from": "15550001111", "id": "wamid.MENU"}


async def test_a_refused_webhook_marks_the_bubble_failed(make_stack: MakeStack) -> None:
    stack = await make_stack(receiver_status=401)
    sent = await stack.sim.say(PERSON, "hi")
    assert sent.status == 401
    assert len(stack.receiver.posts) == 1  # a 4xx is final, not retried
    chat = stack.sim.chats.since(PERSON, 0)
    assert chat["messages"][0]["status"] == "failed"
