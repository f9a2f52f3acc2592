"""Consumption: dispatch, replies as ``wa.outbound``, the inbox on redelivery, failures and retries."""
from __future__ import annotations

import asyncio

from echo_service import FIXED_NOW, PAPER_B64, echo_spec, inbound

from shared.chat import Outbound
from shared.envelope import Envelope, derive_id
from shared.runtime import ANNOUNCED, MENU_REQUESTED


def counter(metrics, name: str, **labels: str) -> float:
    return metrics.registry.get_sample_value(name, labels) or 0.0


async def test_reply_becomes_an_outbound_envelope_derived_from_the_inbound(make_runtime, bus, collector):
    runtime = make_runtime(echo_spec())
    await runtime.start()
    message = inbound("hello")
    await bus.publish(message)

    [out] = await collector.wait_for("wa.outbound")
    outbound = Outbound.model_validate(out.payload)
    assert (outbound.to, outbound.service, outbound.notification) == ("919800000001", "echo", False)
    assert outbound.message == {"type": "text", "text": {"body": "echo: hello"}}
    assert out.id == derive_id(message.id, "wa.outbound", 0)
    assert (out.causation_id, out.correlation_id, out.source) == (message.id, "wamid.1", "echo")
    assert outbound.read == "wamid.1"  # the answer marks the message read: no read receipt of its own
    [event] = await collector.wait_for("echo.message.echoed")
    assert event.id == derive_id(message.id, "echo.message.echoed", 1)
    stored = await runtime.store.collection("echoes").get(derive_id(message.id, "echo"))
    assert stored["at"] == FIXED_NOW.isoformat()


async def test_redelivery_replays_the_recorded_outputs_without_running_the_handler(make_runtime, bus, collector,
                                                                                   metrics):
    calls: list[str] = []
    runtime = make_runtime(echo_spec(calls))
    await runtime.start()
    message = inbound("hello")
    await bus.publish(message)
    first = (await collector.wait_for("wa.outbound"))[0]
    await bus.publish(message)

    again = await collector.wait_for("wa.outbound", 2)
    assert calls == ["hello"]
    assert [e.id for e in again] == [first.id, first.id]
    assert again[1].payload == first.payload
    assert len(await collector.wait_for("echo.message.echoed", 2)) == 2
    assert counter(metrics, "panchayat_messages_handled_total", service="echo", type="wa.inbound.echo",
                   outcome="duplicate") == 1


async def test_a_failing_message_is_retried_then_dead_lettered_while_the_next_ones_flow(make_runtime, bus,
                                                                                       collector, metrics):
    calls: list[str] = []
    runtime = make_runtime(echo_spec(calls))
    await runtime.start()
    await bus.publish(inbound("boom", message_id="wamid.b"))
    await bus.publish(inbound("after", message_id="wamid.a"))

    [reply] = await collector.wait_for("wa.outbound")
    assert reply.payload["message"]["text"]["body"] == "echo: after"
    await collector.wait_for("ops.message.dead")
    await bus.drain()
    assert calls.count("boom") == 3  # the first try and the two retries of PANCHAYAT_RETRY_DELAYS
    assert counter(metrics, "panchayat_dead_letters_total", service="echo") == 1
    assert counter(metrics, "panchayat_messages_handled_total", service="echo", type="wa.inbound.echo",
                   outcome="error") == 3
    assert counter(metrics, "panchayat_retries_total", service="echo") == 3
    assert counter(metrics, "panchayat_messages_handled_total", service="echo", type="wa.inbound.echo",
                   outcome="ok") == 1


async def test_a_person_whose_message_dies_is_told_once_in_their_language_and_it_is_marked_read(make_runtime, bus,
                                                                                               collector):
    runtime = make_runtime(echo_spec())
    await runtime.start()
    boom = inbound("boom", message_id="wamid.b")
    await bus.publish(boom)
    [dead] = await collector.wait_for("ops.message.dead")
    [told] = await collector.wait_for("wa.outbound")
    outbound = Outbound.model_validate(told.payload)
    assert (outbound.to, outbound.read, outbound.session) == ("919800000001", "wamid.b", False)
    assert outbound.message["text"]["body"].startswith("Sorry, a problem on our side kept us from answering")
    assert told.id == derive_id(boom.id, "wa.outbound", "unanswered")
    await bus.publish(dead)  # heard again (a second copy, a redelivery): the same id, which the sender drops
    again = await collector.wait_for("wa.outbound", 2)
    assert again[1].id == told.id
    other = make_runtime(echo_spec(name="ledger", menu=None))
    await other.start()
    await bus.publish(dead)  # another service's queue hears it too, and tells nobody
    await bus.drain()
    assert len(collector.of("wa.outbound")) == 3
    await other.stop()
    await runtime.stop()


async def test_a_message_handled_on_a_retry_tells_the_person_nothing_of_the_failure(make_runtime, bus, collector):
    failures = [RuntimeError("the store blinked")]
    spec = echo_spec()
    echo = spec.handlers["wa.inbound.*"]

    async def blinking(envelope: Envelope, ctx) -> None:
        if failures:
            raise failures.pop()
        await echo(envelope, ctx)

    runtime = make_runtime(echo_spec(handlers={"wa.inbound.*": blinking}))
    await runtime.start()
    await bus.publish(inbound("hello", message_id="wamid.h"))
    [reply] = await collector.wait_for("wa.outbound")
    await bus.drain()
    assert reply.payload["message"]["text"]["body"] == "echo: hello"
    assert len(collector.of("wa.outbound")) == 1 and collector.of("ops.message.dead") == []


async def test_a_failed_attempt_records_nothing_so_the_retry_runs_the_handler(make_runtime, bus, collector):
    attempts: list[str] = []

    async def flaky(envelope: Envelope, ctx) -> None:
        attempts.append(envelope.id)
        if len(attempts) == 1:
            ctx.publish("echo.message.echoed", {"try": 1})
            raise RuntimeError("first try fails")
        ctx.publish("echo.message.echoed", {"try": len(attempts)})

    await make_runtime(echo_spec(handlers={"wa.inbound.echo": flaky})).start()
    await bus.publish(inbound("x"))

    [event] = await collector.wait_for("echo.message.echoed")
    assert event.payload == {"try": 2}
    assert len(attempts) == 2


async def test_a_message_answered_with_nothing_is_still_marked_read(make_runtime, bus, collector):
    async def silent(envelope: Envelope, ctx) -> None:
        ctx.publish("echo.message.echoed", {"n": 1})

    runtime = make_runtime(echo_spec(handlers={"wa.inbound.*": silent}))
    await runtime.start()
    await bus.publish(inbound("hello", message_id="wamid.SILENT"))
    [receipt] = await collector.wait_for("wa.outbound")
    assert receipt.payload["message"] == {"status": "read", "message_id": "wamid.SILENT"}
    assert receipt.payload["session"] is False and receipt.payload["to"] == "919800000001"


async def test_start_runs_on_start_first_then_announces_the_menu(make_runtime, bus, collector):
    seen: list[str] = []

    async def load_demo(service) -> None:
        seen.append(service.service)
        await service.store.collection("echoes").insert({"_id": "demo", "text": "demo"})

    runtime = make_runtime(echo_spec(on_start=load_demo))
    await runtime.start()

    [announced] = await collector.wait_for(ANNOUNCED)
    assert seen == ["echo"]
    assert await runtime.store.collection("echoes").get("demo") is not None
    assert announced.payload["service"] == "echo"
    assert announced.payload["menu"]["id"] == "echo:menu"
    assert announced.payload["menu"]["title"] == {"bn": "প্রতিধ্বনি", "en": "Echo"}
    assert announced.payload["version"]


async def test_a_menu_request_is_answered_by_announcing_again(make_runtime, bus, collector):
    await make_runtime(echo_spec(menu=None)).start()
    await collector.wait_for(ANNOUNCED)
    request = Envelope(type=MENU_REQUESTED, source="gateway")
    await bus.publish(request, mandatory=False)

    announcements = await collector.wait_for(ANNOUNCED, 2)
    assert announcements[1].causation_id == request.id
    assert announcements[1].payload["menu"] is None


async def test_an_envelope_without_a_handler_fails_loudly(make_runtime, bus, collector, metrics):
    spec = echo_spec(bindings=("wa.inbound.echo", "other.#"))
    await make_runtime(spec).start()
    await bus.publish(Envelope(type="other.thing.happened"), mandatory=False)

    [dead] = await collector.wait_for("ops.message.dead")
    assert dead.payload["queue"] == "echo" and "no handler for other.thing.happened" in dead.payload["error"]


def test_a_dead_messages_event_names_the_error_without_the_persons_words_or_numbers():
    from pydantic import BaseModel, ValidationError

    from shared.bus.consume import dead_event

    class Complaint(BaseModel):
        nights: int

    try:
        Complaint.model_validate({"nights": "Rina Das of Kalchini, 98765 43210, paid ₹12,500"})
    except ValidationError as exc:
        error = f"{type(exc).__name__}: {exc}"
    dead = dead_event("tourism", Envelope(type="wa.inbound.tourism"), error, 5)
    shown = dead.payload["error"]
    assert "ValidationError" in shown and "nights" in shown  # still says what failed, for the operator
    assert "Rina" not in shown and "98765" not in shown and "12,500" not in shown


async def test_tasks_run_while_the_service_runs_and_stop_with_it(make_store, settings) -> None:
    from shared.bus.memory import InProcessBus
    from shared.runtime import ServiceRuntime, ServiceSpec

    ticks: list[int] = []
    cancelled = asyncio.Event()

    async def sweep(service) -> None:
        try:
            while True:
                ticks.append(len(ticks))
                await asyncio.sleep(0.01)
        finally:
            cancelled.set()

    bus = InProcessBus()
    await bus.start()
    runtime = ServiceRuntime(ServiceSpec(name="sweeper", bindings=(), handlers={}, tasks=(sweep,)),
                             bus=bus, store=make_store("sweeper"), settings=settings)
    await runtime.start()
    await asyncio.sleep(0.05)
    await bus.close(1)
    await runtime.stop(1)
    assert len(ticks) >= 2 and cancelled.is_set()
    count = len(ticks)
    await asyncio.sleep(0.03)
    assert len(ticks) == count


async def test_a_type_that_deduplicates_itself_runs_every_delivery_and_leaves_no_inbox_record(make_runtime, bus,
                                                                                             collector):
    from shared.runtime.inbox import COLLECTION

    calls: list[str] = []

    async def on_inbound(envelope: Envelope, ctx) -> None:  # keeps its own record, like the sender's sent log
        calls.append(envelope.id)
        ctx.publish("echo.message.echoed", {"run": len(calls)})

    runtime = make_runtime(echo_spec(handlers={"wa.inbound.*": on_inbound}, self_deduplicating=("wa.inbound.*",)))
    await runtime.start()
    message = inbound("hello")
    await bus.publish(message)
    await collector.wait_for("echo.message.echoed")
    await bus.publish(message)
    first, again = await collector.wait_for("echo.message.echoed", 2)
    assert calls == [message.id, message.id]  # the handler decides what a repeat does, not the inbox
    assert first.id == again.id  # its outputs keep their derived ids, so subscribers can drop the repeat
    assert await runtime.store.collection(COLLECTION).get(message.id) is None


async def test_once_a_document_is_on_the_bus_the_inbox_keeps_its_name_but_not_its_bytes(make_runtime, bus,
                                                                                        collector, metrics):
    from shared.runtime.inbox import COLLECTION, SENT_ON

    calls: list[str] = []
    runtime = make_runtime(echo_spec(calls))
    await runtime.start()
    message = inbound("paper")
    await bus.publish(message)

    [out] = await collector.wait_for("wa.outbound")
    assert Outbound.model_validate(out.payload).document.data_b64 == PAPER_B64  # the sender gets the file
    await collector.wait_for("echo.message.echoed")
    record = await runtime.store.collection(COLLECTION).get(message.id)
    assert record[SENT_ON] == [out.id]
    kept = next(o for o in record["outputs"] if o["id"] == out.id)["payload"]["document"]
    assert kept == {"filename": "echo.pdf", "mime_type": "application/pdf", "caption": "Your paper"}

    await bus.publish(message)  # a redelivery: the event again, but not a document without its file
    await collector.wait_for("echo.message.echoed", 2)
    await asyncio.sleep(0.05)
    assert calls == ["paper"]
    assert len(collector.of("wa.outbound")) == 1
    assert counter(metrics, "panchayat_messages_handled_total", service="echo", type="wa.inbound.echo",
                   outcome="duplicate") == 1


async def test_a_document_recorded_but_not_yet_published_is_replayed_with_its_bytes(make_runtime, bus, collector,
                                                                                    monkeypatch):
    from shared.runtime.inbox import COLLECTION, SENT_ON

    publish, refused = bus.publish, []

    async def broker_gone_once(envelope: Envelope, **options):
        if envelope.type == "wa.outbound" and not refused:
            refused.append(envelope.id)
            raise ConnectionError("the broker went away before the confirm")
        return await publish(envelope, **options)

    calls: list[str] = []
    runtime = make_runtime(echo_spec(calls))
    monkeypatch.setattr(bus, "publish", broker_gone_once)
    await runtime.start()
    message = inbound("paper")
    await bus.publish(message)

    [out] = await collector.wait_for("wa.outbound")  # the bus's retry, answered from the inbox
    assert calls == ["paper"] and refused == [out.id]
    assert Outbound.model_validate(out.payload).document.data_b64 == PAPER_B64
    for _ in range(100):  # the record is slimmed just after the replay's publish
        record = await runtime.store.collection(COLLECTION).get(message.id)
        if record.get(SENT_ON):
            break
        await asyncio.sleep(0.01)
    assert record[SENT_ON] == [out.id]
    assert all("data_b64" not in (o["payload"].get("document") or {}) for o in record["outputs"])


async def test_outputs_without_documents_are_recorded_once_and_never_rewritten(make_runtime, bus, collector):
    from shared.runtime.inbox import COLLECTION, SENT_ON

    runtime = make_runtime(echo_spec())
    await runtime.start()
    message = inbound("hello")
    await bus.publish(message)
    await collector.wait_for("echo.message.echoed")
    await asyncio.sleep(0.05)
    record = await runtime.store.collection(COLLECTION).get(message.id)
    assert record["_v"] == 1 and SENT_ON not in record


async def test_a_language_chosen_at_the_menu_is_what_a_chat_service_starts_messages_in(make_runtime, bus):
    chatting, quiet = make_runtime(echo_spec()), make_runtime(echo_spec(name="ledger", menu=None))
    assert "wa.person.lang_chosen" in chatting.subscription().keys
    assert "wa.person.lang_chosen" not in quiet.subscription().keys  # nobody talks to it: nothing to keep
    await chatting.start()
    assert await chatting.context.lang_for("919800000001", "bn") == "bn"  # nothing known: the record's own
    for payload in ({"wa_id": "919800000001", "lang": "en"}, {"wa_id": "919800000001", "lang": "fr"},
                    {"wa_id": 7, "lang": "bn"}):  # the odd ones are logged and dropped, not retried
        await bus.publish(Envelope(type="wa.person.lang_chosen", payload=payload))
    await bus.drain()
    assert await chatting.context.lang_for("919800000001", "bn") == "en"
    assert await bus.dead_letters("echo") == []
    await chatting.stop()


async def test_a_changed_number_takes_the_chat_and_the_services_records_to_the_new_number(make_runtime, bus,
                                                                                           collector):
    from shared.runtime.chats import Chats

    old, new = "919800000001", "919800000099"
    moves: list[tuple[str, str]] = []

    async def records_follow(was: str, now: str, ctx) -> None:
        moves.append((was, now))
        ctx.publish("echo.person.moved", {"moves": len(moves)})

    chatting = make_runtime(echo_spec(on_number_changed=records_follow))
    quiet, keeping = echo_spec(name="ledger", menu=None), echo_spec(name="ledger", menu=None,
                                                                     on_number_changed=records_follow)
    assert "wa.person.number_changed" not in make_runtime(quiet).subscription().keys  # keeps nobody's number
    assert "wa.person.number_changed" in make_runtime(keeping).subscription().keys
    await chatting.start()
    chats = Chats(chatting.store)
    await chats.set_lang(old, "en", FIXED_NOW)
    chat = await chats.get(old)
    chat.go("nights", check_in="2026-12-24")
    await chats.save(chat, envelope_id="e1", outputs=[], now=FIXED_NOW)
    changed = Envelope(type="wa.person.number_changed", payload={"wa_id": old, "new_wa_id": new})
    await bus.publish(changed)
    await bus.publish(changed)  # redelivered: the service's own move and what it announced go once
    for payload in ({"wa_id": old}, {"wa_id": old, "new_wa_id": old}, {"wa_id": 7, "new_wa_id": new}):
        await bus.publish(Envelope(type="wa.person.number_changed", payload=payload))  # logged and dropped
    await bus.drain()
    assert moves == [(old, new)]
    assert [e.payload for e in await collector.wait_for("echo.person.moved", 2)] == [{"moves": 1}] * 2
    moved = await chats.get(new)
    assert (moved.step, moved.draft, moved.lang) == ("nights", {"check_in": "2026-12-24"}, "en")
    assert (await chats.get(old)).version is None  # whoever has the old number next starts afresh
    assert await bus.dead_letters("echo") == []
    await chatting.stop()


async def test_one_persons_messages_are_handled_in_the_order_they_came(make_runtime, bus, collector):
    """A tap whose answer takes a while (a voucher to render), then a text: the text waits its turn, so its
    answer cannot reach the outbox first; someone else's message does not wait."""
    order: list[str] = []
    spec = echo_spec(order)
    slow = spec.handlers["wa.inbound.*"]

    async def rendering(envelope, ctx):
        if envelope.payload.get("text") == "paper":
            await asyncio.sleep(0.2)
        await slow(envelope, ctx)

    runtime = make_runtime(echo_spec(order, handlers={"wa.inbound.*": rendering}))
    await runtime.start()
    for envelope in (inbound("paper", message_id="wamid.A"), inbound("hello", message_id="wamid.B"),
                     inbound("other", message_id="wamid.C", wa_id="919800000002")):
        await bus.publish(envelope)
    replies = await collector.wait_for("wa.outbound", 3)
    assert [r.payload["message"]["type"] for r in replies if r.payload["to"] == "919800000001"] == [
        "document", "text"]
    assert order == ["other", "paper", "hello"]  # the other person went ahead of both
    assert len(runtime._in_turn) == 0
    await runtime.stop()
