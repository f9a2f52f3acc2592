"""The inbox record of a reply with a document: its bytes go once it is confirmed, once, and never by force."""
from __future__ import annotations

from echo_service import FIXED_NOW, PAPER_B64, inbound

from shared.envelope import Envelope
from shared.runtime.inbox import COLLECTION, SENT_ON, Inbox
from shared.store import Conflict


def outputs(cause: Envelope) -> list[Envelope]:
    paper = {"to": "919800000001", "service": "echo", "message": {"type": "document"},
             "document": {"filename": "echo.pdf", "data_b64": PAPER_B64}}
    return [cause.caused("wa.outbound", paper, source="echo", n=0),
            cause.caused("echo.message.echoed", {"text": "paper"}, source="echo", n=1)]


async def test_the_bytes_go_once_and_a_second_report_changes_nothing(make_store):
    store = make_store("echo")
    await store.start()
    inbox, message = Inbox(store), inbound("paper")
    made = outputs(message)
    await inbox.record(message, made, FIXED_NOW)
    assert [o.id for o in await inbox.recorded(message.id)] == [o.id for o in made]  # not yet confirmed: all

    assert await inbox.published(message.id, made) == 1
    assert await inbox.published(message.id, made) == 0  # nothing left to drop: no second write
    record = await store.collection(COLLECTION).get(message.id)
    assert record["_v"] == 2 and record[SENT_ON] == [made[0].id]
    assert [o.id for o in await inbox.recorded(message.id)] == [made[1].id]
    await store.close()


async def test_a_record_changed_meanwhile_is_left_as_it_is(make_store, monkeypatch):
    store = make_store("echo")
    await store.start()
    inbox, message = Inbox(store), inbound("paper")
    made = outputs(message)
    await inbox.record(message, made, FIXED_NOW)

    async def lost(*args, **kwargs):
        raise Conflict("another copy slimmed it first")

    monkeypatch.setattr(inbox._records, "update", lost)
    assert await inbox.published(message.id, made) == 0
    record = await store.collection(COLLECTION).get(message.id)
    assert SENT_ON not in record and record["outputs"][0]["payload"]["document"]["data_b64"] == PAPER_B64
    await store.close()
