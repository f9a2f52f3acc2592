"""The webhook's HTTP contract: handshake, signature, size cap, malformed bodies, probes and metrics."""
from __future__ import annotations

from gateway_kit import RINA, SECRET, VERIFY_TOKEN, FlakyBus, MakeStack, Stack, make_settings
from prometheus_client import CollectorRegistry

from gateway.app import create_app
from gateway.state import GATEWAY
from shared.bus.memory import InProcessBus
from shared.store.sqlite import SqliteStore
from simulator import webhooks as wa


async def test_the_handshake_echoes_the_challenge_only_for_the_right_token(stack: Stack):
    ok = await stack.client.get("/webhook", params={
        "hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"})
    assert ok.status == 200 and await ok.text() == "1158201444"
    for params in ({"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"},
                   {"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
                   {"hub.challenge": "1"}):
        refused = await stack.client.get("/webhook", params=params)
        assert refused.status == 403 and "1" not in await refused.text()


async def test_a_missing_or_wrong_signature_is_401_and_publishes_nothing(stack: Stack):
    body, _ = wa.signed(wa.payload([wa.text(RINA, "hi")]), SECRET)
    missing = await stack.client.post("/webhook", data=body)
    assert missing.status == 401
    wrong = await stack.post(wa.payload([wa.text(RINA, "hi")]), secret="not-the-secret")
    assert wrong.status == 401
    _, headers = wa.signed(b"other bytes", SECRET)
    swapped = await stack.client.post("/webhook", data=body, headers=headers)
    assert swapped.status == 401
    await stack.recorder.settle()
    assert stack.recorder.envelopes == []


async def test_a_body_over_the_cap_is_413(make_stack: MakeStack):
    stack = await make_stack(max_body=2048)
    big = wa.payload([wa.text(RINA, "x" * 4000)])
    assert (await stack.post(big)).status == 413
    body, headers = wa.signed(big, SECRET)

    async def chunks():  # no Content-Length: the cap holds while reading
        yield body[:1500]
        yield body[1500:]
    streamed = await stack.client.post("/webhook", data=chunks(), headers=headers)
    assert streamed.status == 413
    assert (await stack.post(wa.payload([wa.text(RINA, "small")]))).status == 200


async def test_bad_json_and_non_objects_are_400_with_a_reason(stack: Stack):
    bad = await stack.post(b"{not json")
    assert bad.status == 400 and "not JSON" in (await bad.json())["detail"]
    listed = await stack.post([1, 2])
    assert listed.status == 400 and "JSON object" in (await listed.json())["detail"]
    shaped = await stack.post({"entry": "nope"})
    assert shaped.status == 400
    assert stack.recorder.envelopes == []


async def test_an_object_without_messages_is_acknowledged_and_ignored(stack: Stack):
    response = await stack.post({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": []}]})
    assert response.status == 200 and (await response.json())["messages"] == 0
    assert stack.recorder.envelopes == []


async def test_an_unforeseen_failure_is_503_not_500(stack: Stack, monkeypatch):
    async def broken(payload: object) -> None:
        raise RuntimeError("secret internals")
    monkeypatch.setattr(stack.client.app[GATEWAY].intake, "handle", broken)
    response = await stack.post(wa.payload([wa.text(RINA, "hi")]))
    assert response.status == 503 and "secret" not in await response.text()


async def test_probes_and_metrics(make_stack: MakeStack, bus):
    flaky = FlakyBus(bus)
    stack = await make_stack(app_bus=flaky)
    assert (await stack.client.get("/healthz")).status == 200
    assert (await stack.client.get("/readyz")).status == 200
    await stack.say(wa.text(RINA, "hi"))
    flaky.down = True
    assert (await stack.post(wa.payload([wa.text(RINA, "hi again")]))).status == 503
    metrics = await (await stack.client.get("/metrics")).text()
    assert 'gateway_webhooks_total{outcome="ok"} 1.0' in metrics
    assert 'gateway_webhooks_total{outcome="unavailable"} 1.0' in metrics
    assert 'gateway_messages_total{type="text"} 2.0' in metrics
    assert "gateway_webhook_ack_seconds_count 2.0" in metrics


async def test_an_error_meta_reports_outside_any_message_is_counted_and_the_messages_still_handled(stack: Stack):
    body = wa.payload([wa.text(RINA, "hi")])
    body["entry"][0]["changes"][0]["value"]["errors"] = [
        {"code": 131000, "title": "Something went wrong", "message": "Something went wrong",
         "error_data": {"details": "Message failed to send due to an unknown error."}}, "not an error object"]
    response = await stack.post(body)
    assert response.status == 200 and (await response.json())["messages"] == 1
    metrics = await (await stack.client.get("/metrics")).text()
    assert "gateway_reported_errors_total 1.0" in metrics


async def test_readyz_names_the_dependency_that_is_down(make_stack: MakeStack, bus, monkeypatch):
    stack = await make_stack()

    async def no(*_: object) -> bool:
        return False
    monkeypatch.setattr(bus, "ping", no)
    response = await stack.client.get("/readyz")
    assert response.status == 503 and any("bus" in r for r in (await response.json())["reasons"])


async def test_the_app_can_own_its_bus(aiohttp_client, tmp_path):
    bus = InProcessBus()
    client = await aiohttp_client(create_app(make_settings(), bus=bus, store=SqliteStore(tmp_path / "g.sqlite3"),
                                             registry=CollectorRegistry()))
    assert (await client.get("/healthz")).status == 200
    assert await bus.ping()
