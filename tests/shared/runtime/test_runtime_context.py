"""What handlers are given: buffered, deterministic outputs, and the inbox that replays them."""
from __future__ import annotations

from echo_service import FIXED_NOW, inbound

from shared.chat import Document, Inbound, Outbound
from shared.envelope import Envelope
from shared.runtime.context import Context, ServiceContext
from shared.runtime.inbox import Inbox


class Buttons:
    """Stands for a ``gateway.outbound`` model: anything with ``.body()``."""

    def body(self) -> dict:
        return {"type": "interactive", "interactive": {"type": "button"}}


def context(envelope: Envelope, store, bus) -> Context:
    return Context(envelope, ServiceContext("echo", store=store, bus=bus, texts=None, clock=lambda: FIXED_NOW))


async def test_outputs_are_buffered_with_ids_that_repeat_on_a_second_run(make_store, bus):
    message = inbound("hi")
    person = Inbound.model_validate(message.payload)
    runs = []
    for _ in range(2):
        ctx = context(message, make_store("echo"), bus)
        ctx.reply(person, Buttons(), template={"name": "reminder"})
        ctx.notify("919800000002", {"type": "text", "text": {"body": "status"}},
                   document=Document(filename="a.pdf", data_b64="JVBERi0="))
        ctx.publish("echo.message.echoed", {"n": 1}, version=2)
        runs.append(ctx.outputs)
    assert [e.id for e in runs[0]] == [e.id for e in runs[1]]
    assert len({e.id for e in runs[0]}) == 4
    assert [e.type for e in runs[0]] == ["wa.outbound", "wa.outbound", "wa.session.claimed", "echo.message.echoed"]
    assert runs[0][2].payload == {"service": "echo", "wa_id": "919800000002"}
    reply, note = (Outbound.model_validate(e.payload) for e in runs[0][:2])
    event = runs[0][3]
    assert reply.message["type"] == "interactive" and reply.template == {"name": "reminder"}
    assert not reply.notification and note.notification and note.to == "919800000002"
    assert note.document.filename == "a.pdf"
    assert (event.version, event.source) == (2, "echo")
    assert ctx.now() == FIXED_NOW


async def test_only_the_first_answer_to_a_message_marks_it_read(make_store, bus):
    message = inbound("hi", message_id="wamid.IN")
    person = Inbound.model_validate(message.payload)
    ctx = context(message, make_store("echo"), bus)
    ctx.reply(person, Buttons())
    ctx.reply(person, Buttons())
    ctx.mark_read(person)  # the runtime's last word: already marked, nothing more
    welcome = person.model_copy(update={"kind": "start", "message_id": "wamid.WELCOME"})
    ctx.reply(welcome, Buttons())  # a welcome request is no message: nothing to mark
    ctx.mark_read(welcome)
    assert [Outbound.model_validate(e.payload).read for e in ctx.outputs] == ["wamid.IN", None, None]


async def test_the_inbox_keeps_the_first_recorded_outputs_on_a_race(make_store):
    store = make_store("echo")
    await store.start()
    inbox = Inbox(store)
    message = inbound("hi")
    ours = [message.caused("echo.message.echoed", {"copy": "ours"}, source="echo")]
    theirs = [message.caused("echo.message.echoed", {"copy": "theirs"}, source="echo")]
    assert await inbox.recorded(message.id) is None
    assert await inbox.record(message, theirs, FIXED_NOW) == theirs
    assert [e.payload for e in await inbox.record(message, ours, FIXED_NOW)] == [{"copy": "theirs"}]
    assert await inbox.recorded(message.id) == theirs


async def test_service_context_publishes_at_once_and_counts_it(make_store, bus, collector, metrics):
    service = ServiceContext("echo", store=make_store("echo"), bus=bus, texts=None, clock=lambda: FIXED_NOW,
                             metrics=metrics)
    sent = await service.notify("919800000003", {"type": "text", "text": {"body": "your complaint moved"}})
    [seen] = await collector.wait_for("wa.outbound")
    assert seen.id == sent.id and seen.payload["notification"] is True
    assert seen.occurred_at == FIXED_NOW
    assert metrics.registry.get_sample_value("panchayat_published_total",
                                             {"service": "echo", "type": "wa.outbound"}) == 1
