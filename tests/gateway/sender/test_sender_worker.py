"""The sender end to end: an envelope on ``wa.outbound`` in, what the simulated Cloud API accepted out.

Failures are the simulator's injections; how many of them are left tells how many calls the sender made.
"""
from __future__ import annotations

import asyncio
import base64
import json
import time
from dataclasses import replace
from datetime import timedelta

import pytest
from prometheus_client import REGISTRY
from sender_kit import PDF, RECIPIENT, MakeSender, SenderStack, outbound, pdf

from gateway.sender.client import ApiUnreachable
from gateway.sender.delivery import InDoubt
from shared.bus import DEAD_EVENT, Subscription
from shared.envelope import Envelope, utcnow
from shared.store import Conflict

TEMPLATE = {"type": "template", "template": {"name": "booking_update", "language": {"code": "bn"}}}


async def test_plain_text_is_delivered_once(stack: SenderStack) -> None:
    envelope = await stack.publish(outbound())
    assert stack.sends == [{"messaging_product": "whatsapp", "recipient_type": "individual", "to": RECIPIENT,
                            "type": "text", "text": {"body": "Your booking is confirmed"},
                            "biz_opaque_callback_data": envelope.id}]  # comes back in the status webhooks
    record = await stack.record(envelope.id)
    assert record is not None and record["state"] == "sent" and record["wamid"] == stack.cloud.sent()[0]["id"]


async def test_the_same_envelope_twice_is_sent_once(stack: SenderStack) -> None:
    first = await stack.publish(outbound())
    await stack.publish(outbound(), id=first.id)
    assert len(stack.sends) == 1


async def test_a_second_copy_does_not_send_what_the_first_sent(make_sender: MakeSender) -> None:
    first = await make_sender()
    await make_sender()
    envelopes = [await first.publish(outbound(message={"type": "text", "text": {"body": f"n{i}"}}))
                 for i in range(6)]
    for envelope in envelopes:  # redeliveries reach either copy; none may send again
        await first.publish(envelope.payload, id=envelope.id)
    assert sorted(s["text"]["body"] for s in first.sends) == [f"n{i}" for i in range(6)]


async def test_throughput_errors_slow_the_number_down_and_deliver_later(stack: SenderStack) -> None:
    stack.cloud.fail(130429, times=2)
    envelope = await stack.publish(outbound())
    assert len(stack.sends) == 1 and stack.injections_left() == 0
    assert stack.sender.delivery.bucket.rate == 500  # halved once (two errors within a second are one signal)
    assert (await stack.record(envelope.id))["state"] == "sent"  # type: ignore[index]


async def test_a_server_error_is_retried_and_delivered(stack: SenderStack) -> None:
    stack.cloud.fail(500)
    await stack.publish(outbound())
    assert len(stack.sends) == 1 and stack.injections_left() == 0


async def test_transient_errors_past_the_in_process_tries_go_back_to_the_bus(make_sender: MakeSender) -> None:
    stack = await make_sender(PANCHAYAT_SEND_ATTEMPTS=2)
    stack.cloud.fail(2, times=3)  # two tries in process fail, then the bus's retry fails once and sends
    envelope = await stack.publish(outbound())
    assert len(stack.sends) == 1 and stack.injections_left() == 0
    assert (await stack.record(envelope.id))["state"] == "sent"  # type: ignore[index]
    assert await stack.bus.dead_letters("sender") == []


async def test_window_closed_sends_the_template_instead(stack: SenderStack) -> None:
    stack.cloud.fail(131047)
    envelope = await stack.publish(outbound(template=TEMPLATE, notification=True))
    assert [(s["type"], s["template"]["name"]) for s in stack.sends] == [("template", "booking_update")]
    record = await stack.record(envelope.id)
    assert record is not None and record["outcome"] == "template"
    assert stack.failed == []


async def test_window_closed_without_template_reports_failure(stack: SenderStack) -> None:
    stack.cloud.fail(131047)
    envelope = await stack.publish(outbound())
    assert stack.sends == []
    [failed] = stack.failed
    assert failed.payload["outbound_id"] == envelope.id and failed.payload["code"] == 131047
    assert failed.payload["service"] == "tourism" and failed.payload["to"] == RECIPIENT
    assert failed.causation_id == envelope.id


async def test_undeliverable_is_reported_and_never_retried(stack: SenderStack) -> None:
    stack.cloud.fail(131026, times=5)
    envelope = await stack.publish(outbound())
    assert stack.injections_left() == 4  # exactly one call
    [failed] = stack.failed
    assert failed.payload["code"] == 131026 and failed.payload["details"] == "Unable to deliver message."
    await stack.publish(outbound(), id=envelope.id)  # a redelivery sends nothing; a repeated report keeps its id
    assert stack.injections_left() == 4 and {f.id for f in stack.failed} == {failed.id}
    assert (await stack.record(envelope.id))["state"] == "failed"  # type: ignore[index]


async def test_a_failure_report_lost_in_a_crash_is_published_by_the_redelivery(stack: SenderStack) -> None:
    stack.cloud.fail(131026, times=2)
    envelope = await stack.publish(outbound())
    await stack.runtime.store.collection("_inbox").delete(envelope.id)  # as if it crashed before the inbox
    stack.failed.clear()
    await stack.publish(outbound(), id=envelope.id)
    assert [f.payload["outbound_id"] for f in stack.failed] == [envelope.id]
    assert stack.injections_left() == 1


async def test_pair_rate_limit_holds_the_recipient_then_delivers(stack: SenderStack) -> None:
    stack.cloud.fail(131056, to=RECIPIENT)
    began = time.monotonic()
    await stack.publish(outbound())
    assert len(stack.sends) == 1 and stack.injections_left() == 0
    assert time.monotonic() - began >= 0.05  # the hold configured for the first 131056
    assert stack.sender.delivery.pairs.penalize(RECIPIENT) == 0.05  # strikes were reset by the delivery


async def test_document_is_uploaded_then_sent_by_id(stack: SenderStack) -> None:
    message = {"type": "document", "document": {"filename": "voucher.pdf", "caption": "Booking PT-1"}}
    await stack.publish(outbound(message=message, document=pdf()))
    [sent] = stack.sends
    assert sent["type"] == "document"
    document = sent["document"]
    assert document["filename"] == "voucher.pdf" and document["caption"] == "Booking PT-1"
    media = stack.cloud.media.get(document["id"])
    assert media is not None and media.data == PDF and media.mime_type == "application/pdf"


async def test_a_retried_document_send_does_not_upload_again(stack: SenderStack) -> None:
    api = stack.sender.delivery.api
    uploads: list[str] = []

    async def counted(data: bytes, mime_type: str, filename: str) -> str:
        uploads.append(filename)
        return await upload(data, mime_type, filename)

    upload, api.upload_media = api.upload_media, counted  # type: ignore[method-assign]
    stack.cloud.fail(500, endpoint="media")
    stack.cloud.fail(130429)
    await stack.publish(outbound(message={"type": "document", "document": {}}, document=pdf()))
    [sent] = stack.sends
    assert sent["document"]["caption"] == "Your voucher"
    assert stack.injections_left() == 0 and uploads == ["voucher.pdf", "voucher.pdf"]  # the failed one, the good one
    media = stack.cloud.media.get(sent["document"]["id"])
    assert media is not None and media.filename == "voucher.pdf"


async def test_read_receipt_marks_the_message_read(stack: SenderStack) -> None:
    message = {"status": "read", "message_id": "wamid.IN1", "typing_indicator": {"type": "text"}}
    await stack.publish(outbound(message=message))
    [read] = stack.cloud.records.reads
    assert (read["status"], read["message_id"], read["typing_indicator"]) == ("read", "wamid.IN1", {"type": "text"})
    assert stack.sends == []


async def test_notifications_are_not_sent_to_people_who_opted_out(stack: SenderStack) -> None:
    await stack.publish({"wa_id": RECIPIENT}, type="wa.person.opted_out")
    suppressed = await stack.publish(outbound(notification=True))
    reply = await stack.publish(outbound(message={"type": "text", "text": {"body": "You will get no updates"}}))
    assert [s["text"]["body"] for s in stack.sends] == ["You will get no updates"]
    assert (await stack.record(suppressed.id))["state"] == "suppressed"  # type: ignore[index]
    assert (await stack.record(reply.id))["state"] == "sent"  # type: ignore[index]
    await stack.publish({"wa_id": RECIPIENT}, type="wa.person.opted_in")
    await stack.publish(outbound(notification=True))
    assert len(stack.sends) == 2


async def test_an_older_opt_in_does_not_undo_a_newer_opt_out(stack: SenderStack) -> None:
    old = Envelope(type="wa.person.opted_in", payload={"wa_id": RECIPIENT},
                   occurred_at=utcnow() - timedelta(minutes=5))
    await stack.publish({"wa_id": RECIPIENT}, type="wa.person.opted_out")
    await stack.bus.publish(old)
    await stack.bus.drain()
    assert await stack.sender.optouts.opted_out(RECIPIENT)


async def test_a_stop_follows_the_person_to_their_new_number_and_leaves_the_old_one(stack: SenderStack) -> None:
    new = "919800000099"
    await stack.publish({"wa_id": RECIPIENT}, type="wa.person.opted_out")
    await stack.publish({"wa_id": RECIPIENT, "new_wa_id": new}, type="wa.person.number_changed")
    assert await stack.sender.optouts.opted_out(new)
    assert not await stack.sender.optouts.opted_out(RECIPIENT)
    suppressed = await stack.publish(outbound(notification=True, to=new))
    assert stack.sends == [] and (await stack.record(suppressed.id))["state"] == "suppressed"  # type: ignore[index]


async def test_someone_known_by_their_username_only_is_sent_to_as_a_recipient(stack: SenderStack) -> None:
    """Meta takes a business-scoped id in ``recipient``, a number in ``to``: a message for a username user whose
    number the system never had reaches them, its document and template fallback alike."""
    mita = "IN.1648738043044942"
    sent = await stack.publish(outbound(to=mita))
    await stack.publish(outbound(to=mita, document=pdf(), message={"type": "document", "document": {
        "filename": "voucher.pdf", "caption": "Your voucher"}}))
    assert [s["type"] for s in stack.sends] == ["text", "document"]
    requests = [r["body"] for r in stack.cloud.records.sent]
    assert all(r["recipient"] == mita and "to" not in r for r in requests)
    assert (await stack.record(sent.id))["state"] == "sent"  # type: ignore[index]
    assert not stack.cloud.records.rejected


async def test_an_expired_token_goes_to_the_bus_not_to_the_service(make_sender: MakeSender) -> None:
    stack = await make_sender(PANCHAYAT_SEND_ATTEMPTS=1)
    stack.cloud.fail(190, times=10)
    envelope = await stack.publish(outbound())
    assert stack.failed == [] and stack.injections_left() == 7  # three tries: the first and two bus retries
    assert [e.id for e in await stack.bus.dead_letters("sender")] == [envelope.id]
    assert await stack.record(envelope.id) is None  # the claim was given back each time


@pytest.mark.parametrize("code", [131042, 131048, 133010])
async def test_an_account_meta_refuses_keeps_the_message_for_a_replay_instead_of_losing_it(
        make_sender: MakeSender, code: int) -> None:
    stack = await make_sender(PANCHAYAT_SEND_ATTEMPTS=1)
    stack.cloud.fail(code, times=3)  # a payment problem, a spam restriction, an unregistered number: all alike
    envelope = await stack.publish(outbound(notification=True))
    assert stack.failed == [] and stack.sends == []  # not told to the service as a person out of reach
    assert [e.id for e in await stack.bus.dead_letters("sender")] == [envelope.id]
    assert await stack.record(envelope.id) is None
    await stack.publish(outbound(notification=True), id=envelope.id)  # replayed once the account is put right
    assert len(stack.sends) == 1 and (await stack.record(envelope.id))["state"] == "sent"  # type: ignore[index]


async def test_a_notice_whose_template_meta_does_not_have_is_kept_for_a_replay(make_sender: MakeSender) -> None:
    stack = await make_sender(PANCHAYAT_SEND_ATTEMPTS=1)
    for _ in range(3):  # at every try the window is closed and the template not approved in this language
        stack.cloud.fail(131047)
        stack.cloud.fail(132001)
    envelope = await stack.publish(outbound(template=TEMPLATE, notification=True))
    assert stack.failed == [] and stack.sends == []
    assert [e.id for e in await stack.bus.dead_letters("sender")] == [envelope.id]
    stack.cloud.fail(131047)
    await stack.publish(outbound(template=TEMPLATE, notification=True), id=envelope.id)
    assert [s["type"] for s in stack.sends] == ["template"]


async def test_a_throughput_error_on_the_last_in_process_try_slows_the_number_before_the_bus_retries(
        make_sender: MakeSender) -> None:
    stack = await make_sender(PANCHAYAT_SEND_ATTEMPTS=1)
    stack.cloud.fail(130429)
    envelope = await stack.publish(outbound())
    assert len(stack.sends) == 1 and (await stack.record(envelope.id))["state"] == "sent"  # type: ignore[index]
    assert stack.sender.delivery.bucket.rate == 500  # the bus's retry went at half the rate


async def test_a_pair_limit_error_on_the_last_in_process_try_holds_the_person_before_the_bus_retries(
        make_sender: MakeSender) -> None:
    stack = await make_sender(PANCHAYAT_SEND_ATTEMPTS=1, PANCHAYAT_SEND_PAIR_HOLD=1, PANCHAYAT_SEND_PAIR_HOLD_MAX=1)
    stack.cloud.fail(131056, to=RECIPIENT)
    began = time.monotonic()
    await stack.publish(outbound())  # the bus retries it after 0.01 s
    assert len(stack.sends) == 1 and stack.injections_left() == 0
    assert time.monotonic() - began >= 1  # not before the hold Meta's pair limit asks for


async def test_a_claim_left_by_a_copy_that_died_before_calling_meta_is_taken_over(stack: SenderStack) -> None:
    payload = outbound()
    dead = Envelope(type="wa.outbound", payload=payload)
    assert await stack.sender.sent.claim(dead.id, RECIPIENT, "message") is not None  # claimed, then killed
    await stack.publish(payload, id=dead.id)  # the broker redelivers it to another copy
    assert len(stack.sends) == 1
    record = await stack.record(dead.id)
    assert record is not None and record["state"] == "sent" and "taken_over_at" in record


def status(outbound_id: str, state: str = "sent", wamid: str = "wamid.META1") -> dict[str, object]:
    """What the gateway publishes for Meta's status webhook of a message the sender sent."""
    return {"message_id": wamid, "status": state, "recipient_id": RECIPIENT, "timestamp": "1760000100",
            "callback_data": outbound_id, "errors": []}


async def in_doubt(stack: SenderStack, payload: dict[str, object]) -> Envelope:
    """An outbound whose sender was killed while its call to Meta was in flight: it may have gone out."""
    dead = Envelope(type="wa.outbound", payload=payload)
    claim = await stack.sender.sent.claim(dead.id, RECIPIENT, "message")
    await stack.sender.sent.sending(claim)  # type: ignore[arg-type]
    return dead


async def test_a_send_in_doubt_that_meta_reports_is_not_sent_again(stack: SenderStack) -> None:
    payload = outbound()
    dead = await in_doubt(stack, payload)
    stack.sender.claims.doubt_wait = timedelta(seconds=20)
    redelivery = asyncio.create_task(stack.publish(payload, id=dead.id))  # waits for Meta's word
    await asyncio.sleep(0.3)
    assert not redelivery.done()
    await stack.publish(status(dead.id), type="wa.status.sent")  # Meta had it: its "sent" status says so
    await asyncio.wait_for(redelivery, 5)
    record = await stack.record(dead.id)
    assert stack.sends == []
    assert record is not None and record["state"] == "sent" and record["wamid"] == "wamid.META1"
    assert record["confirmed_by"] == "status sent"


async def test_a_send_in_doubt_that_meta_never_reports_is_sent_once_after_the_wait(stack: SenderStack) -> None:
    payload = outbound()
    dead = await in_doubt(stack, payload)
    ticks = iter(range(10_000))  # each look at the clock 31 s on: the doubt wait (30 s) passes without a status
    began = utcnow()
    stack.sender.claims.now = lambda: began + timedelta(seconds=31 * next(ticks))  # type: ignore[method-assign]
    await asyncio.wait_for(stack.publish(payload, id=dead.id), 5)
    await stack.publish(payload, id=dead.id)  # and any later redelivery finds it sent
    assert [s["text"]["body"] for s in stack.sends] == ["Your booking is confirmed"]
    assert (await stack.record(dead.id))["state"] == "sent"  # type: ignore[index]


async def test_past_the_wait_a_send_in_doubt_still_waits_while_meta_has_said_nothing_of_any_later_call(
        stack: SenderStack) -> None:
    """The broker went away while the redelivery waited: no status came through for anyone, so the silence says
    nothing of this message. It is sent again only once Meta has reported on a call made after it (its status would
    have come first) or the wait has run three times over; here its own status comes, late, and settles it."""
    payload = outbound()
    dead = await in_doubt(stack, payload)
    stack.sender.claims.doubt_wait = timedelta(seconds=20)
    began = utcnow()
    offset = {"s": 0.0}
    stack.sender.claims.now = lambda: began + timedelta(seconds=offset["s"])  # type: ignore[method-assign]
    redelivery = asyncio.create_task(stack.publish(payload, id=dead.id))
    await asyncio.sleep(0.3)
    offset["s"] = 25  # past the wait, and nothing heard of any call since (the outage)
    await asyncio.sleep(1.2)  # two looks at the claim
    assert not redelivery.done() and stack.sends == []
    await stack.publish(status(dead.id), type="wa.status.sent")  # the outage over: Meta's word of it comes through
    await asyncio.wait_for(redelivery, 5)
    assert stack.sends == [] and (await stack.record(dead.id))["state"] == "sent"  # type: ignore[index]


async def test_past_the_wait_a_send_in_doubt_goes_once_meta_has_reported_on_a_later_call(stack: SenderStack) -> None:
    payload = outbound()
    dead = await in_doubt(stack, payload)
    stack.sender.claims.doubt_wait = timedelta(seconds=20)
    stack.sender.claims.order_slack = timedelta(0)  # the later call is milliseconds after the one in doubt here
    later = await stack.publish(outbound(message={"type": "text", "text": {"body": "a later answer"}}))
    began = utcnow()
    offset = {"s": 0.0}
    stack.sender.claims.now = lambda: began + timedelta(seconds=offset["s"])  # type: ignore[method-assign]
    redelivery = asyncio.create_task(stack.publish(payload, id=dead.id))
    await asyncio.sleep(0.3)
    offset["s"] = 25
    await asyncio.sleep(1.2)
    assert not redelivery.done()  # nothing heard yet of the later call either
    await stack.publish(status(later.id, wamid=stack.cloud.sent()[0]["id"]), type="wa.status.sent")
    await asyncio.wait_for(redelivery, 5)  # Meta moved on past it without a word of it: it never had it
    assert [s["text"]["body"] for s in stack.sends] == ["a later answer", "Your booking is confirmed"]


async def test_after_an_outage_longer_than_the_wait_the_status_behind_the_message_is_still_heard(
        stack: SenderStack) -> None:
    """The claim went quiet long ago (the sender or the broker was down), so the holder's silence alone says
    "resend"; Meta's status, queued behind the message, arrives while this delivery waits, and settles it."""
    payload = outbound()
    dead = await in_doubt(stack, payload)
    stack.sender.claims.doubt_wait = timedelta(seconds=20)
    back = utcnow() + timedelta(minutes=5)
    stack.sender.claims.now = lambda: back + (utcnow() - began)  # type: ignore[method-assign]
    began = utcnow()
    redelivery = asyncio.create_task(stack.publish(payload, id=dead.id))
    await asyncio.sleep(0.3)
    assert not redelivery.done() and stack.sends == []
    await stack.publish(status(dead.id), type="wa.status.sent")
    await asyncio.wait_for(redelivery, 5)
    assert stack.sends == [] and (await stack.record(dead.id))["state"] == "sent"  # type: ignore[index]


@pytest.mark.parametrize(("prefetch", "rate", "slots"), [(32, 80, 40), (32, 1000, 500), (32, 20, 32), (600, 1000, 600)])
async def test_the_sender_holds_enough_messages_to_keep_its_rate_while_meta_answers(
        make_sender: MakeSender, prefetch: int, rate: int, slots: int) -> None:
    """Each outbound holds its slot until Meta answers the call (0.1-0.5 s). With the services' 32 slots one
    sender copy could send at most 160 a second with Meta at 0.2 s, far under a number's 1,000: the sender
    takes rate × half a second, or the setting when that is more; half may wait in doubt, as before."""
    stack = await make_sender(environment={"PANCHAYAT_PREFETCH": prefetch, "PANCHAYAT_SEND_RATE": rate})
    assert stack.runtime.subscription().prefetch == slots
    assert stack.sender.claims.waiters == slots // 2


async def test_outbounds_are_sent_side_by_side_up_to_the_prefetch_while_meta_takes_its_time(
        make_sender: MakeSender) -> None:
    """Forty answers to forty people while each Cloud API call takes four seconds: all forty calls are made at
    once. With the services' 32 slots the last eight would have waited a whole call for a slot, four seconds after
    the rest (a call's length is the margin, so a busy machine's slower scheduling is no failure: two seconds were
    too few for a machine running other test runs beside this one)."""
    latency = 4.0
    stack = await make_sender(environment={"PANCHAYAT_PREFETCH": 32, "PANCHAYAT_SEND_RATE": 1000})
    stack.cloud.config = replace(stack.cloud.config, api_latency=latency)
    for n in range(40):
        payload = outbound(to=f"91980000{n:04d}", message={"type": "text", "text": {"body": f"a {n}"}})
        await stack.bus.publish(Envelope(type="wa.outbound", payload=payload))
    await asyncio.wait_for(stack.bus.drain(), 5 * latency)
    answered = [m["timestamp"] for m in stack.cloud.sent()]
    assert len(answered) == 40
    assert max(answered) - min(answered) < latency  # all in one call's time, not in two


@pytest.mark.parametrize("prefetch", [1, 2])
async def test_waits_in_doubt_never_hold_every_slot_so_the_statuses_behind_them_get_through(
        make_sender: MakeSender, prefetch: int) -> None:
    """Prefetch 2, two sends in doubt redelivered with their statuses queued behind them. Were both to wait in
    their slots, no status could arrive before the waits ran out, and both answers would go out a second time.
    One waits; the other comes back later, the statuses come through the slot it left, and neither is sent
    again. With ``PANCHAYAT_PREFETCH=1`` the sender takes two slots all the same: in one the wait would hold
    the only slot, and the status behind it could not come before the wait ran out."""
    stack = await make_sender(environment={"PANCHAYAT_PREFETCH": prefetch, "PANCHAYAT_RETRY_DELAYS": "0.5,1,2",
                                           "PANCHAYAT_SEND_RATE": 2})  # a rate that needs no more slots either
    assert stack.sender.claims.waiters == 1 and stack.runtime.subscription().prefetch == 2
    stack.sender.claims.doubt_wait = timedelta(seconds=3)
    payloads = [outbound(message={"type": "text", "text": {"body": f"answer {n}"}}) for n in (1, 2)]
    dead = [await in_doubt(stack, payload) for payload in payloads]
    for envelope, payload in zip(dead, payloads, strict=True):
        await stack.bus.publish(Envelope(id=envelope.id, type="wa.outbound", payload=payload))
    for n, envelope in enumerate(dead, 1):
        await stack.bus.publish(Envelope(type="wa.status.sent", payload=status(envelope.id, wamid=f"wamid.META{n}")))
    await asyncio.wait_for(stack.bus.drain(), 10)
    assert stack.sends == []
    assert [(await stack.record(e.id))["wamid"] for e in dead] == ["wamid.META1", "wamid.META2"]  # type: ignore[index]
    assert await stack.bus.dead_letters("sender") == []


async def test_a_delivery_kept_out_of_the_slots_is_not_dead_lettered_however_often_it_comes_back(
        make_sender: MakeSender) -> None:
    """One retry in the policy. Two sends in doubt and no status for either (Meta never had them): the first
    waits out the doubt in the one slot for waits, the second comes back each second until it may wait too.
    Its returns are no failures: it is not dead-lettered, and each answer goes out once."""
    stack = await make_sender(environment={"PANCHAYAT_PREFETCH": 2, "PANCHAYAT_RETRY_DELAYS": "0.2"})
    stack.sender.claims.doubt_wait = timedelta(seconds=1.5)
    payloads = [outbound(message={"type": "text", "text": {"body": f"answer {n}"}}) for n in (1, 2)]
    dead = [await in_doubt(stack, payload) for payload in payloads]
    for envelope, payload in zip(dead, payloads, strict=True):
        await stack.bus.publish(Envelope(id=envelope.id, type="wa.outbound", payload=payload))
    await asyncio.wait_for(stack.bus.drain(), 15)
    assert sorted(s["text"]["body"] for s in stack.sends) == ["answer 1", "answer 2"]
    assert [(await stack.record(e.id))["state"] for e in dead] == ["sent", "sent"]  # type: ignore[index]
    assert await stack.bus.dead_letters("sender") == []


async def test_with_resending_turned_off_a_send_in_doubt_is_never_sent_again(stack: SenderStack) -> None:
    payload = outbound()
    dead = await in_doubt(stack, payload)
    stack.sender.claims.doubt_wait = timedelta(0)  # PANCHAYAT_SEND_DOUBT_WAIT=0: at most once
    later = utcnow() + timedelta(hours=1)
    stack.sender.claims.now = lambda: later  # type: ignore[method-assign]
    await asyncio.wait_for(stack.publish(payload, id=dead.id), 5)
    assert stack.sends == [] and (await stack.record(dead.id))["state"] == "sending"  # type: ignore[index]


async def test_a_status_of_a_message_already_recorded_changes_nothing(stack: SenderStack) -> None:
    envelope = await stack.publish(outbound())
    before = await stack.record(envelope.id)
    await stack.publish(status(envelope.id, "failed"), type="wa.status.failed")
    await stack.publish(status("not-ours"), type="wa.status.sent")
    assert await stack.record(envelope.id) == before and len(stack.sends) == 1


async def test_a_status_that_closes_the_claim_mid_call_keeps_what_meta_answered(stack: SenderStack,
                                                                               monkeypatch) -> None:
    real = stack.sender.delivery.api.send

    async def status_overtakes_the_answer(to, body, *, callback_data=None):
        sent = Envelope(type="wa.status.sent", payload=status(str(callback_data), wamid="wamid.FROM.STATUS"))
        await stack.sender.on_status(sent, None)  # type: ignore[arg-type]
        return await real(to, body, callback_data=callback_data)

    monkeypatch.setattr(stack.sender.delivery.api, "send", status_overtakes_the_answer)
    envelope = await stack.publish(outbound())
    record = await stack.record(envelope.id)
    assert record is not None and record["state"] == "sent" and record["outcome"] == "sent"
    assert record["wamid"] == stack.cloud.sent()[0]["id"]  # the Cloud API's answer completes the record
    assert len(stack.sends) == 1


async def test_a_read_receipt_takes_no_claim_and_a_redelivery_sends_it_again(stack: SenderStack) -> None:
    payload = outbound(message={"status": "read", "message_id": "wamid.IN1"})
    first = await stack.publish(payload)
    await stack.publish(payload, id=first.id)  # blue ticks twice change nothing at Meta
    assert [r["message_id"] for r in stack.cloud.records.reads] == ["wamid.IN1", "wamid.IN1"]
    assert await stack.record(first.id) is None and stack.sends == []


async def test_a_refused_read_receipt_is_dropped_without_a_report(stack: SenderStack) -> None:
    stack.cloud.fail(131009, endpoint="read")  # a parameter Meta does not accept: no retry helps
    await stack.publish(outbound(message={"status": "read", "message_id": "wamid.GONE"}))
    assert list(stack.cloud.records.reads) == [] and stack.failed == []
    assert stack.injections_left() == 0


async def test_an_answer_marks_the_message_it_answers_read_without_typing_dots(stack: SenderStack) -> None:
    first = await stack.publish(outbound(read="wamid.IN1"))
    [read] = stack.cloud.records.reads
    assert (read["message_id"], "typing_indicator" in read) == ("wamid.IN1", False)
    assert len(stack.sends) == 1 and "read" not in stack.sends[0]  # Meta's message body carries no such field
    await stack.publish(outbound(read="wamid.IN1"), id=first.id)  # a redelivery: not sent again, but the blue
    assert len(stack.cloud.records.reads) == 2 and len(stack.sends) == 1  # ticks are (the first may have been cut off)


async def test_the_answer_is_recorded_sent_while_its_read_receipt_is_still_under_way(stack: SenderStack,
                                                                                      monkeypatch) -> None:
    """A slow read receipt must not keep the answer's claim open: cut off then, the answer would be in doubt."""
    release, outcomes = asyncio.Event(), []
    mark_read = stack.sender.delivery.mark_read

    async def slow(message_id: str, typing: bool = True) -> None:
        await release.wait()
        await mark_read(message_id, typing)

    monkeypatch.setattr(stack.sender.delivery, "mark_read", slow)
    envelope = Envelope(type="wa.outbound", payload=outbound(read="wamid.IN1"))
    publishing = asyncio.ensure_future(stack.bus.publish(envelope))
    for _ in range(200):
        if stack.sends:
            break
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)
    outcomes.append((await stack.record(envelope.id) or {}).get("state"))
    release.set()
    await publishing
    await stack.bus.drain()
    assert outcomes == ["sent"] and [r["message_id"] for r in stack.cloud.records.reads] == ["wamid.IN1"]


async def test_a_refused_read_receipt_does_not_hold_up_the_answer(stack: SenderStack) -> None:
    stack.cloud.fail(131009, endpoint="read")
    envelope = await stack.publish(outbound(read="wamid.GONE"))
    assert len(stack.sends) == 1 and list(stack.cloud.records.reads) == [] and stack.failed == []
    assert (await stack.record(envelope.id) or {}).get("state") == "sent"


async def test_a_read_receipt_still_failing_after_its_retries_does_not_send_the_answer_again(
        stack: SenderStack) -> None:
    stack.cloud.fail(131000, times=50, status=500, endpoint="read")  # Meta down for read receipts only
    envelope = await stack.publish(outbound(read="wamid.IN1"))
    assert len(stack.sends) == 1 and (await stack.record(envelope.id) or {}).get("state") == "sent"


async def test_a_slow_copy_whose_claim_was_taken_over_sends_nothing(make_sender: MakeSender) -> None:
    slow, other = await make_sender(), await make_sender()
    payload = outbound()
    envelope = Envelope(type="wa.outbound", payload=payload)
    stale = await slow.sender.sent.claim(envelope.id, RECIPIENT, "message")
    await other.publish(payload, id=envelope.id)  # taken over and sent by the other copy
    with pytest.raises(Conflict):  # the slow copy reaches its call to Meta at last, and is refused
        await slow.sender.sent.sending(stale)
    assert len(other.sends) == 1


async def test_a_delivery_cut_off_during_its_call_to_meta_keeps_its_claim(stack: SenderStack, monkeypatch) -> None:
    async def cut_off(to, body, *, callback_data=None):  # the consumer is cancelled mid-request (shutdown, broker gone)
        raise asyncio.CancelledError

    payload = outbound()
    envelope = Envelope(type="wa.outbound", payload=payload)
    monkeypatch.setattr(stack.sender.delivery.api, "send", cut_off)
    ctx_errors = []
    try:
        await stack.sender.on_outbound(envelope, None)  # type: ignore[arg-type]
    except asyncio.CancelledError:
        ctx_errors.append("cancelled")
    assert ctx_errors == ["cancelled"]
    assert (await stack.record(envelope.id))["state"] == "sending"  # type: ignore[index]
    monkeypatch.undo()
    await stack.publish(status(envelope.id), type="wa.status.sent")  # Meta did get it
    await asyncio.wait_for(stack.publish(payload, id=envelope.id), 5)  # so the redelivery does not send it again
    assert stack.sends == []


async def test_a_delivery_whose_consumer_is_cancelled_mid_call_still_records_what_meta_answered(
        stack: SenderStack, monkeypatch) -> None:
    """The broker's connection drops while Meta is answering, and the bus cancels the handlers of that channel. The
    call goes on to Meta's answer and the claim records it, so the redelivery after the reconnect finds the message
    sent at once, instead of waiting for a status that the same outage holds up, and sending it a second time."""
    real = stack.sender.delivery.api.send
    calling, answering = asyncio.Event(), asyncio.Event()

    async def slow(to, body, *, callback_data=None):
        calling.set()
        await answering.wait()
        return await real(to, body, callback_data=callback_data)

    monkeypatch.setattr(stack.sender.delivery.api, "send", slow)
    payload = outbound()
    envelope = Envelope(type="wa.outbound", payload=payload)
    handler = asyncio.create_task(stack.sender.on_outbound(envelope, None))  # type: ignore[arg-type]
    await asyncio.wait_for(calling.wait(), 5)
    handler.cancel()  # the channel closed under it
    with pytest.raises(asyncio.CancelledError):
        await handler
    answering.set()
    for _ in range(250):
        record = await stack.record(envelope.id)
        if record is not None and record["state"] != "sending":
            break
        await asyncio.sleep(0.02)
    assert record is not None and record["state"] == "sent" and record["wamid"] == stack.cloud.sent()[0]["id"]
    stack.sender.claims.doubt_wait = timedelta(seconds=20)  # a redelivery that found it in doubt would wait it out
    await asyncio.wait_for(stack.publish(payload, id=envelope.id), 5)
    assert len(stack.sends) == 1


async def test_a_send_whose_answer_is_lost_is_not_sent_again_before_meta_says_whether_it_has_it(
        stack: SenderStack, monkeypatch) -> None:
    real = stack.sender.delivery.api.send

    async def answer_lost(to, body, *, callback_data=None):  # Meta took it; the connection broke before its answer
        await real(to, body, callback_data=callback_data)
        raise ApiUnreachable("ServerDisconnectedError: Server disconnected")

    monkeypatch.setattr(stack.sender.delivery.api, "send", answer_lost)
    envelope = Envelope(type="wa.outbound", payload=outbound())
    with pytest.raises(InDoubt):
        await stack.sender.on_outbound(envelope, None)  # type: ignore[arg-type]
    assert len(stack.sends) == 1  # one call: no in-process retry of a call Meta may have taken
    assert (await stack.record(envelope.id))["state"] == "sending"  # type: ignore[index]
    monkeypatch.undo()
    await stack.publish(status(envelope.id), type="wa.status.sent")  # Meta's word: it has the message
    await asyncio.wait_for(stack.publish(envelope.payload, id=envelope.id), 5)  # the bus's redelivery
    assert len(stack.sends) == 1 and (await stack.record(envelope.id))["state"] == "sent"  # type: ignore[index]


async def test_a_send_that_never_reached_meta_is_retried_at_once(make_sender: MakeSender, monkeypatch) -> None:
    stack = await make_sender()
    real, calls = stack.sender.delivery.api.send, []

    async def refused_once(to, body, *, callback_data=None):
        calls.append(to)
        if len(calls) == 1:
            raise ApiUnreachable("ClientConnectorError: connection refused", unsent=True)
        return await real(to, body, callback_data=callback_data)

    monkeypatch.setattr(stack.sender.delivery.api, "send", refused_once)
    envelope = await stack.publish(outbound())
    assert len(calls) == 2 and len(stack.sends) == 1
    assert (await stack.record(envelope.id))["state"] == "sent"  # type: ignore[index]


async def test_one_persons_messages_leave_in_the_order_they_came_and_nobody_else_waits(stack: SenderStack,
                                                                                        monkeypatch) -> None:
    """A pay slip, then the menu after it: the slip's upload takes a while, the menu none. The menu waits for
    the slip; a message to someone else, published last, does not wait for either."""
    upload = stack.sender.delivery.api.upload_media

    async def slow_upload(*args, **kwargs):
        await asyncio.sleep(0.3)
        return await upload(*args, **kwargs)

    monkeypatch.setattr(stack.sender.delivery.api, "upload_media", slow_upload)
    slip = outbound(message={"type": "document", "document": {"filename": "slip.pdf"}}, document=pdf())
    menu = outbound(message={"type": "text", "text": {"body": "Anything else?"}})
    other = outbound(to="919800000002", message={"type": "text", "text": {"body": "Your ticket"}})
    for payload in (slip, menu, other):
        await stack.bus.publish(Envelope(type="wa.outbound", payload=payload))
    await asyncio.wait_for(stack.bus.drain(), 10)
    assert [(m["to"], m["body"]["type"]) for m in stack.cloud.sent()] == [
        ("919800000002", "text"), (RECIPIENT, "document"), (RECIPIENT, "text")]
    assert len(stack.sender._in_turn) == 0  # nothing kept once everyone's messages are out


async def test_a_message_behind_a_failed_one_still_goes(stack: SenderStack) -> None:
    stack.cloud.fail(131026, times=1)  # the first is undeliverable
    first = Envelope(type="wa.outbound", payload=outbound(message={"type": "text", "text": {"body": "one"}}))
    second = Envelope(type="wa.outbound", payload=outbound(message={"type": "text", "text": {"body": "two"}}))
    await stack.bus.publish(first)
    await stack.bus.publish(second)
    await asyncio.wait_for(stack.bus.drain(), 10)
    assert [s["text"]["body"] for s in stack.sends] == ["two"] and len(stack.failed) == 1


def failed(outbound_id: str, code: int, title: str, wamid: str = "wamid.META1") -> dict[str, object]:
    """Meta's ``failed`` status of a message it had accepted, as the gateway publishes it."""
    return {**status(outbound_id, "failed", wamid), "errors": [{"code": code, "title": title,
                                                                 "error_data": {"details": title}}]}


async def test_a_closed_window_meta_reports_after_accepting_sends_the_template_once(stack: SenderStack) -> None:
    template = {"name": "booking_update", "language": {"code": "bn"}}
    envelope = await stack.publish(outbound(template=template, notification=True))
    assert [s["type"] for s in stack.sends] == ["text"]  # accepted: the window looked open
    report = Envelope(type="wa.status.failed", payload=failed(envelope.id, 131047, "Re-engagement message"))
    await stack.publish(report.payload, id=report.id, type=report.type)
    await stack.publish(report.payload, id=report.id, type=report.type)  # Meta repeats its webhooks
    assert [s["type"] for s in stack.sends] == ["text", "template"]
    assert stack.sends[1]["template"] == template and stack.sends[1]["to"] == RECIPIENT
    record = await stack.record(envelope.id)
    assert record is not None and (record["state"], record["code"]) == ("failed", 131047)
    assert stack.failed == []


async def test_a_failure_meta_reports_after_accepting_is_told_to_the_service_once(stack: SenderStack) -> None:
    counted = {"code": "131026", "action": "after_send"}
    before = REGISTRY.get_sample_value("panchayat_sender_api_errors_total", counted) or 0.0
    envelope = await stack.publish(outbound(service="grievance"))  # no template to fall back on
    for _ in range(2):
        await stack.publish(failed(envelope.id, 131026, "Message undeliverable"), type="wa.status.failed")
    [report] = stack.failed
    assert report.payload["outbound_id"] == envelope.id and report.payload["service"] == "grievance"
    assert report.payload["code"] == 131026 and len(stack.sends) == 1  # told, never sent again
    # and counted by its code with the failures Meta answers at once, as the dashboard's panel shows them
    assert REGISTRY.get_sample_value("panchayat_sender_api_errors_total", counted) == before + 1


async def test_a_late_failure_whose_outcome_did_not_reach_the_bus_is_published_on_the_retry(
        stack: SenderStack, monkeypatch) -> None:
    envelope = await stack.publish(outbound(template=TEMPLATE, notification=True))
    report = Envelope(type="wa.status.failed", payload=failed(envelope.id, 131047, "Re-engagement message"))
    publish, blips = stack.runtime._publish, []

    async def blip_once(outputs):
        if outputs and not blips:
            blips.append(outputs)
            raise ConnectionError("broker gone for a moment")
        return await publish(outputs)

    monkeypatch.setattr(stack.runtime, "_publish", blip_once)
    await stack.publish(report.payload, id=report.id, type=report.type)  # the bus retries it
    assert blips and [s["type"] for s in stack.sends] == ["text", "template"]


async def watch_dead(stack: SenderStack) -> list[Envelope]:
    """The ``ops.message.dead`` events the bus publishes, as operations' alerting hears them."""
    events: list[Envelope] = []

    async def collect(envelope: Envelope) -> None:
        events.append(envelope)

    await stack.bus.subscribe(Subscription(queue="ops-watch", keys=(DEAD_EVENT,), handler=collect))
    return events


@pytest.mark.parametrize(("code", "title"), [(131042, "Business eligibility payment issue"),
                                             (131048, "Spam rate limit hit"), (132015, "Template is Paused")])
async def test_a_notice_meta_fails_later_for_the_account_is_dead_lettered_once_and_a_replay_sends_it_once(
        stack: SenderStack, code: int, title: str) -> None:
    dead = await watch_dead(stack)
    envelope = await stack.publish(outbound(service="grievance", template=TEMPLATE["template"], notification=True))
    wamid = stack.cloud.sent()[0]["id"]
    report = Envelope(type="wa.status.failed", payload=failed(envelope.id, code, title, wamid))
    await stack.publish(report.payload, id=report.id, type=report.type)
    await stack.publish(report.payload, id=report.id, type=report.type)  # the same status redelivered
    await stack.publish(failed(envelope.id, code, title, wamid), type=report.type)  # and Meta saying it again
    [letter] = await stack.bus.dead_letters("sender")  # where operations replay dead messages from
    assert (letter.id, letter.type, letter.payload) == (envelope.id, "wa.outbound", envelope.payload)
    assert [e.payload["envelope"]["id"] for e in dead] == [envelope.id] and str(code) in dead[0].payload["error"]
    assert stack.failed == [] and len(stack.sends) == 1  # the person is not to blame, and nothing went again
    assert (await stack.record(envelope.id))["state"] == "dead"  # type: ignore[index]

    await stack.publish(letter.payload, id=letter.id)  # replayed once the account or template is put right
    await stack.publish(letter.payload, id=letter.id)  # replayed twice by mistake, or redelivered
    assert len(stack.sends) == 2 and stack.sends[1] == stack.sends[0]  # the same message, with its outbound id
    record = await stack.record(envelope.id)
    assert record is not None and (record["state"], record["wamid"]) == ("sent", stack.cloud.sent()[1]["id"])
    # a late repeat of the first send's failure changes nothing now
    await stack.publish(failed(envelope.id, code, title, wamid), type=report.type)
    assert len(await stack.bus.dead_letters("sender")) == 1 and len(dead) == 1 and stack.failed == []
    assert (await stack.record(envelope.id))["state"] == "sent"  # type: ignore[index]


async def test_a_replayed_notice_that_fails_again_is_dead_lettered_again(stack: SenderStack) -> None:
    envelope = await stack.publish(outbound(notification=True))
    await stack.publish(failed(envelope.id, 131042, "Payment", stack.cloud.sent()[0]["id"]), type="wa.status.failed")
    [letter] = await stack.bus.dead_letters("sender")
    await stack.publish(letter.payload, id=letter.id)  # replayed too early: the payment is still not sorted
    await stack.publish(failed(envelope.id, 131042, "Payment", stack.cloud.sent()[1]["id"]), type="wa.status.failed")
    assert [e.id for e in await stack.bus.dead_letters("sender")] == [envelope.id, envelope.id]
    await stack.publish(letter.payload, id=letter.id)
    assert len(stack.sends) == 3 and stack.failed == []


async def test_a_document_meta_fails_later_is_replayed_by_its_media_id_without_keeping_its_bytes(
        stack: SenderStack) -> None:
    message = {"type": "document", "document": {"filename": "voucher.pdf", "caption": "Booking PT-1"}}
    envelope = await stack.publish(outbound(message=message, document=pdf()))
    [first] = stack.sends
    record = await stack.record(envelope.id)
    assert record is not None and base64.b64encode(PDF).decode() not in json.dumps(record)  # no second copy
    await stack.publish(failed(envelope.id, 131048, "Spam rate limit hit", stack.cloud.sent()[0]["id"]),
                        type="wa.status.failed")
    [letter] = await stack.bus.dead_letters("sender")
    assert letter.payload["document"] is None and letter.payload["message"]["document"]["id"] == first["document"]["id"]
    await stack.publish(letter.payload, id=letter.id)
    assert len(stack.sends) == 2 and stack.sends[1]["document"] == first["document"]  # Meta has the file still


@pytest.mark.parametrize(("code", "title"), [(131026, "Message undeliverable"), (131051, "Unsupported message type")])
async def test_a_failure_that_is_the_persons_is_told_to_the_service_not_dead_lettered(
        stack: SenderStack, code: int, title: str) -> None:
    dead = await watch_dead(stack)
    envelope = await stack.publish(outbound(service="grievance"))
    await stack.publish(failed(envelope.id, code, title, stack.cloud.sent()[0]["id"]), type="wa.status.failed")
    assert [r.payload["code"] for r in stack.failed] == [code]
    assert await stack.bus.dead_letters("sender") == [] and dead == []
    await stack.publish(envelope.payload, id=envelope.id)  # a redelivery of it is still never sent again
    assert len(stack.sends) == 1


async def test_a_late_status_of_the_send_that_failed_does_not_settle_its_replay(stack: SenderStack) -> None:
    envelope = await stack.publish(outbound(notification=True))
    first = stack.cloud.sent()[0]["id"]
    await stack.publish(failed(envelope.id, 131042, "Payment", first), type="wa.status.failed")
    replay = await stack.sender.sent.revive(await stack.record(envelope.id))  # type: ignore[arg-type]
    await stack.sender.sent.sending(replay)  # type: ignore[arg-type]  # the replay's sender cut off mid-call
    await stack.publish(status(envelope.id, "sent", first), type="wa.status.sent")  # late word of the first send
    record = await stack.record(envelope.id)
    assert record is not None and record["state"] == "sending"  # still waits for Meta's word on the replay


async def meta_fails_late(stack: SenderStack, outbound_id: str, code: int, title: str) -> None:
    """Meta's ``failed`` status of the latest send of ``outbound_id``, redelivered by the bus and sent twice by
    Meta, all handled before any re-send is due."""
    report = Envelope(type="wa.status.failed", payload=failed(outbound_id, code, title, stack.cloud.sent()[-1]["id"]))
    await stack.bus.publish(report)
    await stack.bus.publish(report)  # the same status redelivered
    await stack.bus.publish(Envelope(type=report.type, payload=report.payload))  # and Meta saying it again
    await stack.bus.drain(include_delayed=False)


@pytest.mark.parametrize(("code", "title"), [(130429, "Rate limit hit"), (80007, "Rate limit issues"),
                                             (131056, "(Business Account, Consumer Account) pair rate limit hit")])
async def test_a_message_meta_fails_later_for_throughput_is_sent_again_once_after_its_back_off(
        make_sender: MakeSender, monkeypatch: pytest.MonkeyPatch, code: int, title: str) -> None:
    stack = await make_sender(PANCHAYAT_SEND_LATE_RESENDS="0.3,5,5")
    deferred: list[tuple[str, str, float]] = []
    defer = stack.bus.defer

    async def counted(queue: str, envelope: Envelope, delay: float) -> None:
        deferred.append((queue, envelope.id, delay))
        await defer(queue, envelope, delay)

    monkeypatch.setattr(stack.bus, "defer", counted)
    envelope = await stack.publish(outbound(service="grievance", notification=True))
    first = stack.cloud.sent()[0]["id"]
    began = time.monotonic()
    await meta_fails_late(stack, envelope.id, code, title)
    assert [(queue, id_) for queue, id_, _ in deferred] == [("sender", envelope.id)]  # once, however often it came
    assert 0.3 <= deferred[0][2] <= 0.45  # after its back-off, spread up to half as long again
    assert len(stack.sends) == 1 and (await stack.record(envelope.id))["state"] == "throttled"  # type: ignore[index]
    if code == 131056:
        assert stack.sender.delivery.pairs.held(RECIPIENT) > 0  # that person is held back, as after the error at once
    else:
        assert stack.sender.delivery.bucket.rate == 500  # the number slowed down, as after the error at once
    await stack.bus.drain()
    assert time.monotonic() - began >= 0.3  # sent again after its back-off, not at once
    assert len(stack.sends) == 2 and stack.sends[1] == stack.sends[0]  # once, the same message with its outbound id
    assert stack.failed == [] and await stack.bus.dead_letters("sender") == []
    second = stack.cloud.sent()[1]["id"]
    record = await stack.record(envelope.id)
    assert record is not None and (record["state"], record["wamid"]) == ("sent", second)
    # late word of the first send, failed or sent, settles nothing of the second
    await stack.publish(failed(envelope.id, code, title, first), type="wa.status.failed")
    await stack.publish(status(envelope.id, "sent", first), type="wa.status.sent")
    await stack.publish(envelope.payload, id=envelope.id)  # nor does a redelivery of the message send it again
    record = await stack.record(envelope.id)
    assert record is not None and (record["state"], record["wamid"]) == ("sent", second) and len(stack.sends) == 2
    assert len(deferred) == 1


async def test_a_burst_meta_fails_for_throughput_is_not_re_sent_at_one_second(
        make_sender: MakeSender, monkeypatch: pytest.MonkeyPatch) -> None:
    stack = await make_sender(PANCHAYAT_SEND_LATE_RESENDS="60")
    delays: list[float] = []

    async def held(queue: str, envelope: Envelope, delay: float) -> None:
        delays.append(delay)

    monkeypatch.setattr(stack.bus, "defer", held)
    for n in range(20):
        envelope = await stack.publish(outbound(to=f"9198300{n:05d}", service="grievance", notification=True))
        await meta_fails_late(stack, envelope.id, 130429, "Rate limit hit")
    assert len(delays) == 20 and all(60 <= delay <= 90 for delay in delays)
    assert max(delays) - min(delays) > 5  # spread over the half minute after the back-off, not all at 60 s


async def test_a_re_send_cut_off_mid_call_is_not_settled_by_a_late_sent_status_of_the_first_try(
        make_sender: MakeSender) -> None:
    stack = await make_sender(PANCHAYAT_SEND_LATE_RESENDS="5")
    envelope = await stack.publish(outbound(notification=True))
    first = stack.cloud.sent()[0]["id"]
    await meta_fails_late(stack, envelope.id, 130429, "Rate limit hit")
    resend = await stack.sender.sent.revive(await stack.record(envelope.id))  # type: ignore[arg-type]
    await stack.sender.sent.sending(resend)  # type: ignore[arg-type]  # the re-send's sender cut off mid-call
    await stack.bus.publish(Envelope(type="wa.status.sent", payload=status(envelope.id, "sent", first)))
    await stack.bus.drain(include_delayed=False)  # late word of the first try
    record = await stack.record(envelope.id)
    assert record is not None and record["state"] == "sending"  # still waits for Meta's word on the re-send


async def test_a_message_meta_keeps_failing_for_throughput_is_dead_lettered_once_after_its_last_re_send(
        make_sender: MakeSender) -> None:
    stack = await make_sender(PANCHAYAT_SEND_LATE_RESENDS="0.01,0.02")
    dead = await watch_dead(stack)
    envelope = await stack.publish(outbound(service="payroll", notification=True))
    for sends in (1, 2, 3):
        assert len(stack.sends) == sends
        await meta_fails_late(stack, envelope.id, 130429, "Rate limit hit")
        await stack.bus.drain()
    assert len(stack.sends) == 3  # the first send and its two re-sends; nothing more
    [letter] = await stack.bus.dead_letters("sender")  # for an operator to see, and replay
    assert (letter.id, letter.payload) == (envelope.id, envelope.payload)
    assert [e.payload["envelope"]["id"] for e in dead] == [envelope.id] and "130429" in dead[0].payload["error"]
    assert stack.failed == [] and (await stack.record(envelope.id))["state"] == "dead"  # type: ignore[index]

    await stack.publish(letter.payload, id=letter.id)  # replayed once the peak has passed
    assert len(stack.sends) == 4 and stack.sends[3] == stack.sends[0]
    await meta_fails_late(stack, envelope.id, 131056, "pair rate limit hit")  # a replay gets its re-sends again
    await stack.bus.drain()
    assert len(stack.sends) == 5 and len(await stack.bus.dead_letters("sender")) == 1 and len(dead) == 1
    assert (await stack.record(envelope.id))["state"] == "sent"  # type: ignore[index]


async def test_a_document_meta_fails_later_for_throughput_is_sent_again_by_its_media_id(
        make_sender: MakeSender) -> None:
    stack = await make_sender(PANCHAYAT_SEND_LATE_RESENDS="0.01")
    message = {"type": "document", "document": {"filename": "payslip.pdf", "caption": "Pay slip, March"}}
    envelope = await stack.publish(outbound(service="payroll", message=message, document=pdf()))
    await meta_fails_late(stack, envelope.id, 130429, "Rate limit hit")
    await stack.bus.drain()
    assert len(stack.sends) == 2 and stack.sends[1]["document"] == stack.sends[0]["document"]  # not uploaded again


@pytest.mark.parametrize(("code", "title"), [(131026, "Message undeliverable"), (131042, "Payment issue")])
async def test_a_failure_meta_reports_later_that_is_no_throughput_is_not_sent_again(
        make_sender: MakeSender, code: int, title: str) -> None:
    stack = await make_sender(PANCHAYAT_SEND_LATE_RESENDS="0.01")
    envelope = await stack.publish(outbound(notification=True))
    await meta_fails_late(stack, envelope.id, code, title)
    await stack.bus.drain()
    assert len(stack.sends) == 1 and stack.sender.delivery.bucket.rate == 1000
    assert (await stack.record(envelope.id))["state"] in ("failed", "dead")  # type: ignore[index]


async def test_the_late_answer_of_a_try_meta_failed_does_not_close_the_claim_of_its_re_send(stack: SenderStack) -> None:
    """Meta's status of the first try came before its answer to the call (the sent status settled the claim, then
    the failed one made it throttled); the re-send took the claim when that answer, slow, came at last."""
    sent = stack.sender.sent
    envelope = Envelope(type="wa.outbound", payload=outbound())
    first = await sent.sending(await sent.claim(envelope.id, RECIPIENT, "message",  # type: ignore[arg-type]
                                                envelope={**envelope.model_dump(mode="json")}))
    assert await sent.confirm(envelope.id, "wamid.FIRST", "sent")
    assert await sent.failed_after(envelope.id, "wamid.FIRST", replay=False, resends=3, failed_by="s1") is not None
    resend = await sent.revive(await stack.record(envelope.id))  # type: ignore[arg-type]
    await sent.record(first, "sent", outcome="sent", wamid="wamid.FIRST")  # the first try's answer, late
    record = await stack.record(envelope.id)
    assert record is not None and record["state"] == "claimed"  # the re-send's still
    assert (await sent.sending(resend))["state"] == "sending"  # type: ignore[arg-type]  # and it goes
