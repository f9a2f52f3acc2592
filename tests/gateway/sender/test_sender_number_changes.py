"""A message made for a number before the number changed hands, and still in the sender's hands after, goes to the
person it was made for, where they went; one made after the change answers the number's new holder."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest
from sender_kit import RECIPIENT, SenderStack, outbound, pdf

from gateway.sender import worker
from gateway.sender.client import ApiError
from shared.envelope import Envelope, utcnow
from shared.logging import configure_logging, get_logger
from shared.retention import MOVED, purge

HERS = "IN.1648738043044942"  # the number's last holder, found at her business-scoped id
NEW = "919800000199"
SLIP = {"type": "text", "text": {"body": "Your pay slip for March is ready"}}


async def moved(stack: SenderStack, old: str, new: str, at: datetime, *, noticed_on: str = "") -> None:
    """``wa.person.number_changed`` as the gateway publishes it, made at ``at`` (on the message ``noticed_on``)."""
    await stack.bus.publish(Envelope(type="wa.person.number_changed", payload={"wa_id": old, "new_wa_id": new},
                                     occurred_at=at, correlation_id=noticed_on))
    await stack.bus.drain()


async def made(stack: SenderStack, at: datetime, **overrides: object) -> Envelope:
    """An outbound a service made at ``at`` and the sender gets only now."""
    envelope = Envelope(type="wa.outbound", payload=outbound(**{"message": SLIP, **overrides}), occurred_at=at)
    await stack.bus.publish(envelope)
    await stack.bus.drain()
    return envelope


def addressees(stack: SenderStack) -> list[str]:
    return [m["to"] for m in stack.cloud.sent()]


async def test_a_message_made_before_the_number_changed_hands_goes_to_its_last_holder(stack: SenderStack) -> None:
    now = utcnow()
    await moved(stack, RECIPIENT, HERS, now)
    envelope = await made(stack, now - timedelta(seconds=5))
    assert addressees(stack) == [HERS]
    [request] = stack.cloud.records.sent
    assert request["body"]["recipient"] == HERS and "to" not in request["body"]
    record = await stack.record(envelope.id)
    assert record is not None and (record["state"], record["to"]) == ("sent", HERS)


async def test_a_message_made_after_the_change_answers_the_numbers_new_holder(stack: SenderStack) -> None:
    now = utcnow()
    await moved(stack, RECIPIENT, HERS, now - timedelta(seconds=5))
    await made(stack, now)
    await made(stack, now - timedelta(seconds=5))  # made in the same instant as the move: the gateway's answer
    assert addressees(stack) == [RECIPIENT, RECIPIENT]


async def test_an_answer_to_the_message_the_change_was_noticed_on_is_for_the_new_holder_whatever_its_clock(
        stack: SenderStack) -> None:
    """The service that answers the new holder's first message stamps its answer by its own clock, which may run
    behind the gateway's: the answer still goes to the number, while a notice made just as early goes to her."""
    now, first = utcnow(), "wamid.NEW-HOLDER-FIRST"
    await moved(stack, RECIPIENT, HERS, now, noticed_on=first)
    answer = Envelope(type="wa.outbound", payload=outbound(message=SLIP), occurred_at=now - timedelta(seconds=2),
                      correlation_id=first)
    await stack.bus.publish(answer)
    await stack.bus.drain()
    await made(stack, now - timedelta(seconds=2))
    assert addressees(stack) == [RECIPIENT, HERS]


async def test_a_message_follows_every_move_after_it_was_made_in_the_order_they_happened(stack: SenderStack) -> None:
    """A to B, then B to C: made before both, it goes to C; made between them for B, to C too; and someone who
    moved away and back is found where they are."""
    now, third = utcnow(), "919800000299"
    await moved(stack, NEW, third, now - timedelta(minutes=1))  # heard first, happened last
    await moved(stack, RECIPIENT, NEW, now - timedelta(minutes=2))
    await made(stack, now - timedelta(minutes=3))
    await made(stack, now - timedelta(seconds=90), to=NEW)
    await moved(stack, third, RECIPIENT, now - timedelta(seconds=30))  # and back to the first number
    await made(stack, now - timedelta(minutes=3), message={"type": "text", "text": {"body": "Back again"}})
    assert addressees(stack) == [third, third, RECIPIENT]


async def test_a_move_heard_twice_is_kept_once_and_changes_nothing(stack: SenderStack) -> None:
    now = utcnow()
    for _ in range(2):  # a redelivery the inbox does not know (another copy heard it first, a replay)
        await moved(stack, RECIPIENT, HERS, now)
    doc = await stack.runtime.store.collection(MOVED.collection).get(RECIPIENT)
    assert doc is not None and doc["moves"] == [{"to": HERS, "at": doc["at"]}]
    await made(stack, now - timedelta(seconds=5))
    assert addressees(stack) == [HERS]


async def test_a_move_is_forgotten_with_the_sent_log_and_kept_until_then(stack: SenderStack) -> None:
    now = utcnow()
    await moved(stack, RECIPIENT, HERS, now - timedelta(days=31))
    await moved(stack, NEW, HERS, now - timedelta(days=29))
    for keep in stack.runtime.spec.retention:
        await purge(stack.runtime.store, keep, now)
    moves = stack.runtime.store.collection(MOVED.collection)
    assert await moves.get(RECIPIENT) is None and await moves.get(NEW) is not None
    await made(stack, now - timedelta(days=32))  # older than any message the sender still recognises
    await made(stack, now - timedelta(days=30), to=NEW)
    assert addressees(stack) == [RECIPIENT, HERS]


async def test_a_stop_that_moved_with_the_person_holds_back_a_notice_made_before_the_move(stack: SenderStack) -> None:
    now = utcnow()
    await stack.publish({"wa_id": RECIPIENT}, type="wa.person.opted_out")
    await moved(stack, RECIPIENT, NEW, now)
    suppressed = await made(stack, now - timedelta(seconds=5), notification=True)
    assert stack.sends == [] and (await stack.record(suppressed.id))["state"] == "suppressed"  # type: ignore[index]


async def test_a_message_held_for_a_retry_when_the_number_changes_hands_goes_to_its_last_holder(
        stack: SenderStack, monkeypatch: pytest.MonkeyPatch) -> None:
    """Meta refused the first try for a moment; the number changed hands during the back-off. The next try goes
    to her, once, and nothing ever reaches the number."""
    send = stack.sender.delivery.api.send
    tries: list[str] = []

    async def refused_once(to: str, body: dict, **kwargs: object) -> str:
        tries.append(to)
        if len(tries) == 1:
            await stack.sender.moves.heard(RECIPIENT, HERS, utcnow())
            raise ApiError(131000, None, 500, "Something went wrong")
        return await send(to, body, **kwargs)

    monkeypatch.setattr(stack.sender.delivery.api, "send", refused_once)
    envelope = await made(stack, utcnow() - timedelta(seconds=1))
    assert tries == [RECIPIENT, HERS] and addressees(stack) == [HERS]
    record = await stack.record(envelope.id)
    assert record is not None and (record["state"], record["to"]) == ("sent", HERS)
    assert await stack.bus.dead_letters("sender") == []


async def test_messages_made_before_the_move_keep_their_order_after_it(stack: SenderStack,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Her slip (a slow upload), then the menu after it, both made for the number before it changed hands: she
    gets them in that order at her id."""
    upload = stack.sender.delivery.api.upload_media

    async def slow_upload(*args: object, **kwargs: object) -> str:
        await asyncio.sleep(0.3)
        return await upload(*args, **kwargs)

    monkeypatch.setattr(stack.sender.delivery.api, "upload_media", slow_upload)
    now = utcnow()
    await moved(stack, RECIPIENT, HERS, now)
    slip = outbound(message={"type": "document", "document": {"filename": "slip.pdf"}}, document=pdf())
    menu = outbound(message={"type": "text", "text": {"body": "Anything else?"}})
    for payload in (slip, menu):
        await stack.bus.publish(Envelope(type="wa.outbound", payload=payload, occurred_at=now - timedelta(seconds=1)))
    await asyncio.wait_for(stack.bus.drain(), 10)
    assert [(m["to"], m["body"]["type"]) for m in stack.cloud.sent()] == [(HERS, "document"), (HERS, "text")]
    assert len(stack.sender._in_turn) == 0


async def test_the_template_sent_in_place_of_a_late_failed_notice_follows_the_move(stack: SenderStack) -> None:
    """Meta took the notice, the number changed hands, then Meta said the window was closed: the template made in
    its place is new, but it is the old holder's notice all the same."""
    template = {"name": "payslip_ready", "language": {"code": "bn"}}
    envelope = await stack.publish(outbound(template=template, notification=True))
    await moved(stack, RECIPIENT, HERS, utcnow())
    wamid = stack.cloud.sent()[0]["id"]
    await stack.publish({"message_id": wamid, "status": "failed", "recipient_id": RECIPIENT, "callback_data":
                         envelope.id, "errors": [{"code": 131047, "title": "Re-engagement message"}]},
                        type="wa.status.failed")
    assert [(m["to"], m["type"]) for m in stack.cloud.sent()] == [(RECIPIENT, "text"), (HERS, "template")]


async def test_the_log_says_a_message_was_readdressed_without_either_number(
        stack: SenderStack, log_lines, monkeypatch: pytest.MonkeyPatch) -> None:
    configure_logging("INFO", json=True)
    monkeypatch.setattr(worker, "log", get_logger(worker.__name__))
    log_lines()
    now = utcnow()
    await moved(stack, RECIPIENT, NEW, now)
    await made(stack, now - timedelta(seconds=5))
    [line] = [line for line in log_lines() if line.get("event") == "sender.readdressed"]
    assert line["wa_id"].endswith("0001") and line["to"].endswith("0199")
    assert RECIPIENT not in str(line) and NEW not in str(line)
