"""At-least-once from Meta to the bus: duplicates dropped across copies and restarts, 503 while the bus is
down (and the message handled in full on the retry), statuses as events, partial payloads still handled."""
from __future__ import annotations

from datetime import timedelta

import pytest
from gateway_kit import GOPAL, RINA, FlakyBus, MakeStack, Stack

import gateway.shell
from gateway.seen import Seen, unsent_of
from gateway.state import GATEWAY
from shared.envelope import Envelope
from shared.retention import SEEN, purge
from simulator import webhooks as wa


def receipts(stack: Stack) -> list[str]:
    """The wamids marked read: by a read receipt of their own or by the answer that carries them."""
    return [e.payload["message"]["message_id"] if e.payload["message"].get("status") == "read" else e.payload["read"]
            for e in stack.recorder.of("wa.outbound")
            if e.payload["message"].get("status") == "read" or e.payload.get("read")]


async def test_a_duplicate_is_published_once_across_two_gateway_copies(make_stack: MakeStack):
    first, second = await make_stack(), await make_stack()
    msg = wa.text(RINA, "hi")
    await first.say(msg)
    response = await second.say(msg)
    assert (await response.json())["duplicates"] == 1
    assert receipts(first) == [msg["id"]] and len(first.recorder.bodies()) == 1


async def test_a_duplicate_is_dropped_after_a_restart(make_stack: MakeStack, tmp_path):
    msg = wa.text(RINA, "hi")
    before = await make_stack()
    await before.say(msg)
    assert receipts(before) == [msg["id"]]
    await before.client.close()
    after = await make_stack(store_path=tmp_path / "gateway.sqlite3")
    response = await after.say(msg)
    assert (await response.json())["duplicates"] == 1 and after.recorder.envelopes == []


async def handled(stack: Stack, wamid: str) -> bool:
    """The gateway's record of ``wamid`` says it was handled to the end: every publish of it confirmed."""
    record = await Seen(stack.client.app[GATEWAY].store).get(wamid)
    return record is not None and unsent_of(record) is None


async def test_while_the_bus_is_down_the_answer_is_503_and_the_retry_is_handled(make_stack: MakeStack, bus):
    flaky = FlakyBus(bus)
    stack = await make_stack(app_bus=flaky)
    msg = wa.text(RINA, "hi")
    flaky.down = True
    response = await stack.post(wa.payload([msg]))
    assert response.status == 503 and (await response.json())["error"] == "unavailable"
    assert not await handled(stack, msg["id"])
    flaky.down = False
    await stack.say(msg)
    assert receipts(stack) == [msg["id"]] and len(stack.recorder.bodies()) == 1
    assert await handled(stack, msg["id"])


async def retried_until_handled(stack: Stack, flaky: FlakyBus, msg: dict, *, up_for: int) -> list[Envelope]:
    """``msg`` posted with the broker lost after ``up_for`` publishes (503), then again with the broker back, as the
    Cloud API retries: what reached the bus over both tries."""
    flaky.up_for = up_for
    response = await stack.post(wa.payload([msg]))
    assert response.status == 503
    flaky.down = False
    response = await stack.post(wa.payload([msg]))
    assert response.status == 200
    await stack.recorder.settle()
    return [e for e in stack.recorder.envelopes if e.type != "wa.status.sent"]


async def test_a_first_message_retried_after_the_broker_was_lost_gets_the_answer_the_first_try_decided(
        make_stack: MakeStack, bus, tmp_path):
    """The first try changed the person's profile (their first message, the language asked) before a publish
    failed. The retry must not be read as a second message (one asked the language before is shown the menu):
    what the first try decided is what is published, and nothing else."""
    msg = wa.text(RINA, "hi")
    clean = await make_stack(store_path=tmp_path / "clean.sqlite3")  # the same message, handled with no fault
    await clean.say(msg)
    once = list(clean.recorder.envelopes)
    clean.recorder.clear()
    flaky = FlakyBus(bus)
    stack = await make_stack(app_bus=flaky)
    published = await retried_until_handled(stack, flaky, msg, up_for=0)
    assert [e.payload["message"] for e in published if e.type == "wa.outbound"] == \
        [e.payload["message"] for e in once if e.type == "wa.outbound"]  # the language question, once
    assert {e.id for e in published} == {e.id for e in once}


async def test_a_language_tap_retried_after_the_broker_was_lost_mid_way_publishes_one_menu(
        make_stack: MakeStack, bus):
    flaky = FlakyBus(bus)
    stack = await make_stack(app_bus=flaky)
    await stack.announce_services()
    await stack.say(wa.text(RINA, "hi"))
    stack.recorder.clear()
    tap = wa.button_reply(RINA, "shell:lang:en", "English")
    published = await retried_until_handled(stack, flaky, tap, up_for=1)  # the language event out, the menu not
    menus = [e for e in published if e.type == "wa.outbound" and "status" not in e.payload["message"]]
    assert len({e.id for e in menus}) == 1  # the same menu, by the same id, however often it went out


async def test_several_messages_in_one_payload_are_handled_in_order(stack: Stack):
    messages = [wa.text(RINA, "hi"), wa.text(GOPAL, "নমস্কার"), wa.text(RINA, "help")]
    response = await stack.say(*messages)
    assert (await response.json())["messages"] == 3
    assert receipts(stack) == [m["id"] for m in messages]
    assert len(stack.recorder.bodies(RINA)) == 2 and len(stack.recorder.bodies(GOPAL)) == 1


async def test_a_malformed_or_failing_message_does_not_stop_the_good_ones(stack: Stack, monkeypatch):
    real = gateway.shell.to_inbound

    def exploding(received, lang="bn", **keys):
        if received.message.text and received.message.text.body == "boom":
            raise RuntimeError("a bug met this message")
        return real(received, lang, **keys)
    monkeypatch.setattr(gateway.shell, "to_inbound", exploding)
    good, later = wa.text(RINA, "hi"), wa.text(GOPAL, "hello")
    malformed = {"id": "wamid.NOSENDER", "type": "text", "text": {"body": "x"}}
    response = await stack.say(good, malformed, wa.text(RINA, "boom"), later)
    assert (await response.json())["skipped"] == 2
    assert receipts(stack) == [good["id"], later["id"]]


async def test_a_status_carries_the_callback_data_the_sender_attached(stack: Stack):
    status = {**wa.status("wamid.OUT2", RINA, "sent"), "biz_opaque_callback_data": "5c07d3248fec4793b2fbaebfcdf12503"}
    assert (await stack.post(wa.payload(statuses=[status]))).status == 200
    [event] = stack.recorder.of("wa.status.sent")
    assert event.payload["callback_data"] == "5c07d3248fec4793b2fbaebfcdf12503"


@pytest.mark.parametrize("state", ["sent", "delivered", "read", "failed"])
async def test_statuses_become_wa_status_events(stack: Stack, state: str):
    errors = [{"code": 131026, "title": "Message undeliverable"}] if state == "failed" else None
    status = wa.status("wamid.OUT1", RINA, state, timestamp="1760000100", errors=errors)
    await stack.post(wa.payload(statuses=[status]))
    await stack.post(wa.payload(statuses=[status]))  # Meta repeats itself: same envelope id both times
    first, again = stack.recorder.of(f"wa.status.{state}")
    assert first.id == again.id and first.correlation_id == "wamid.OUT1"
    assert first.payload == {"message_id": "wamid.OUT1", "status": state, "recipient_id": RINA,
                             "timestamp": "1760000100", "errors": errors or [], "callback_data": None}
    assert first.occurred_at.timestamp() == 1760000100


async def test_a_webhook_replayed_after_its_id_was_swept_is_not_handled_again(stack: Stack):
    """The ``seen`` ids go after 8 days; a signed payload sent again later (by whoever kept a copy) is older
    than any retry of the Cloud API, which gives up after 7, and is dropped by its own timestamp."""
    msg = wa.text(RINA, "STOP", timestamp=str(int(stack.clock.now.timestamp())))
    await stack.say(msg)
    assert receipts(stack) == [msg["id"]] and stack.recorder.of("wa.person.opted_out")
    stack.recorder.clear()
    stack.clock.advance(days=9)
    assert await purge(stack.client.app[GATEWAY].store, SEEN, stack.clock.now) == 1
    response = await stack.say(msg)
    assert (await response.json())["duplicates"] == 1 and stack.recorder.envelopes == []
    assert not await handled(stack, msg["id"])


async def test_a_message_within_the_cloud_apis_week_of_retries_is_still_handled(stack: Stack):
    msg = wa.text(RINA, "hi", timestamp=str(int((stack.clock.now - timedelta(days=6, hours=23)).timestamp())))
    response = await stack.say(msg)
    assert (await response.json())["messages"] == 1 and receipts(stack) == [msg["id"]]
