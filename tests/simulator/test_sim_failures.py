"""Failure injection: the next N calls fail with Meta's error (code and HTTP status), then calls pass again."""
from __future__ import annotations

import pytest
from sim_kit import AUTH, NUMBER_ID, OTHER, PERSON, Stack, text_request


async def test_injected_failures_count_down(stack: Stack) -> None:
    stack.sim.fail(130429, times=2)
    for _ in range(2):
        status, answer = await stack.send(text_request())
        assert status == 400
        assert answer["error"]["code"] == 130429
        assert answer["error"]["message"] == "(#130429) Rate limit hit"
    status, _ = await stack.send(text_request())
    assert status == 200
    assert len(stack.sim.sent()) == 1


@pytest.mark.parametrize(("code", "http_status"), [
    (130429, 400), (131047, 400), (131056, 400), (131026, 400), (1, 400), (2, 503), (131000, 500), (190, 401),
])
async def test_each_meta_error_has_its_http_status(stack: Stack, code: int, http_status: int) -> None:
    stack.sim.fail(code)
    status, answer = await stack.send(text_request())
    assert status == http_status
    assert answer["error"]["code"] == code
    assert answer["error"]["error_data"]["details"]
    assert answer["error"]["fbtrace_id"]


@pytest.mark.parametrize("http_status", [429, 500, 503])
async def test_plain_http_failures_have_no_meta_body(stack: Stack, http_status: int) -> None:
    stack.sim.fail(http_status)
    resp = await stack.client.post(f"/graph/v23.0/{NUMBER_ID}/messages", json=text_request(), headers=AUTH)
    assert resp.status == http_status
    assert resp.content_type == "text/html"


async def test_a_failure_for_one_recipient_spares_the_others(stack: Stack) -> None:
    stack.sim.fail(131056, to=PERSON)
    assert (await stack.send(text_request(OTHER)))[0] == 200
    status, answer = await stack.send(text_request(PERSON))
    assert (status, answer["error"]["code"]) == (400, 131056)
    assert (await stack.send(text_request(PERSON)))[0] == 200


async def test_failures_can_target_read_receipts_and_uploads_only(stack: Stack) -> None:
    stack.sim.fail(2, endpoint="read")
    assert (await stack.send(text_request()))[0] == 200
    status, _ = await stack.send({"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.X"})
    assert status == 503


async def test_the_status_can_be_overridden(stack: Stack) -> None:
    stack.sim.fail(131056, status=429, details="slow down for this person")
    status, answer = await stack.send(text_request())
    assert status == 429
    assert answer["error"]["error_data"]["details"] == "slow down for this person"


async def test_the_http_control_endpoint_injects_and_shows_pending(stack: Stack) -> None:
    resp = await stack.client.post("/_sim/fail", json={"code": 131026, "times": 2, "to": PERSON})
    assert resp.status == 200
    assert (await resp.json())["pending"][0]["times"] == 2
    assert (await stack.send(text_request()))[1]["error"]["code"] == 131026
    pending = (await (await stack.client.get("/_sim/fail")).json())["pending"]
    assert [p["times"] for p in pending] == [1]
    assert (await stack.client.delete("/_sim/fail")).status == 200
    assert (await stack.send(text_request()))[0] == 200


async def test_the_control_endpoint_refuses_unknown_codes(stack: Stack) -> None:
    resp = await stack.client.post("/_sim/fail", json={"code": 4242})
    assert resp.status == 400
    assert "unknown error code" in await resp.text()
    assert (await stack.client.post("/_sim/fail", json={"code": 2, "times": 0})).status == 400
