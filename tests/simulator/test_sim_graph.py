"""The fake Cloud API answers sends, read receipts and bad requests the way Meta does."""
from __future__ import annotations

from sim_kit import AUTH, PERSON, Stack, text_request

from gateway.outbound import Button, Buttons, ReadReceipt, Template, to_request


async def test_an_accepted_send_is_answered_and_recorded(stack: Stack) -> None:
    status, answer = await stack.send(text_request())
    assert status == 200
    wamid = answer["messages"][0]["id"]
    assert wamid.startswith("wamid.")
    assert answer["messaging_product"] == "whatsapp"
    assert answer["contacts"] == [{"input": PERSON, "wa_id": PERSON}]
    [record] = stack.sim.sent(PERSON)
    assert record["id"] == wamid and record["type"] == "text"
    assert record["body"]["text"] == {"body": "Your booking is confirmed"}
    assert record["timestamp"] > 0
    assert stack.sim.sent("919999999999") == []


async def test_every_send_gets_a_new_id(stack: Stack) -> None:
    ids = {(await stack.send(text_request(body=f"n{i}")))[1]["messages"][0]["id"] for i in range(5)}
    assert len(ids) == 5
    assert [m["body"]["text"]["body"] for m in stack.sim.sent()] == [f"n{i}" for i in range(5)]


async def test_an_over_long_button_title_is_refused_as_meta_does(stack: Stack) -> None:
    body = Buttons.model_construct(text="Choose", buttons=[Button(id="tourism:book", title="Book a guest house now")]
                                   ).body()
    status, answer = await stack.send(to_request(PERSON, body))
    assert status == 400
    error = answer["error"]
    assert error["code"] == 131009
    assert error["message"] == "(#131009) Parameter value is not valid"
    assert error["type"] == "OAuthException"
    assert error["fbtrace_id"]
    assert error["error_data"]["messaging_product"] == "whatsapp"
    assert "interactive.action.buttons[0].reply.title" in error["error_data"]["details"]
    assert "Max length: 20" in error["error_data"]["details"]
    assert stack.sim.sent() == []
    assert stack.sim.records.rejected[0]["code"] == 131009


async def test_a_missing_field_and_an_unknown_type_get_their_codes(stack: Stack) -> None:
    status, answer = await stack.send({"messaging_product": "whatsapp", "type": "text", "text": {"body": "x"}})
    assert (status, answer["error"]["code"]) == (400, 131008)
    assert "to is required" in answer["error"]["error_data"]["details"]
    status, answer = await stack.send({**text_request(), "type": "hologram"})
    assert (status, answer["error"]["code"]) == (400, 100)


async def test_the_bearer_token_is_checked(stack: Stack) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "test-access-token"}):
        status, answer = await stack.send(text_request(), headers=headers)
        assert status == 401
        assert answer["error"]["code"] == 190
        assert answer["error"]["type"] == "OAuthException"
    assert stack.sim.sent() == []


async def test_an_unknown_phone_number_id_is_refused(stack: Stack) -> None:
    status, answer = await stack.send(text_request(), number="999")
    assert (status, answer["error"]["code"], answer["error"]["error_subcode"]) == (400, 100, 33)


async def test_a_body_that_is_not_json_is_refused(stack: Stack) -> None:
    resp = await stack.client.post("/graph/v23.0/106540352242922/messages", data=b"{nope", headers=AUTH)
    assert resp.status == 400
    assert (await resp.json())["error"]["code"] == 100


async def test_a_read_receipt_with_typing_is_answered_success(stack: Stack) -> None:
    status, answer = await stack.send(to_request(None, ReadReceipt(message_id="wamid.X", typing=True).body()))
    assert (status, answer) == (200, {"success": True})
    assert stack.sim.records.reads[0]["message_id"] == "wamid.X"
    assert stack.sim.sent() == []


async def test_a_template_is_accepted_with_its_status(stack: Stack) -> None:
    body = Template(name="booking_reminder", params=["Rina"], quick_replies=["tourism:keep:B-1"]).body()
    status, answer = await stack.send(to_request(PERSON, body))
    assert status == 200
    assert answer["messages"][0]["message_status"] == "accepted"
    assert stack.sim.sent()[0]["type"] == "template"


async def test_wait_sent_returns_once_enough_arrived(stack: Stack) -> None:
    await stack.send(text_request())
    assert len(await stack.sim.wait_sent(1, to=PERSON)) == 1
    assert len(await stack.sim.wait_sent(2, to=PERSON, timeout=0.05)) == 1
