"""Topic routing, fan-out and unroutable messages, the same on both buses.

A queue is FIFO, so a message that should not have matched is shown absent by publishing a marker that
does match after it: when the marker has arrived, the other would have arrived before it.
"""
from __future__ import annotations

from typing import Any

import pytest
from bus_kit import Inbox, Names

from shared.bus import Bus, Subscription, Unroutable
from shared.envelope import Envelope


async def test_star_matches_exactly_one_word(bus: Bus, subscribe: Any, names: Names) -> None:
    inbox = Inbox()
    await subscribe("star", [names.key("wa.inbound.*")], inbox)
    for rest in ("wa.inbound.tourism", "wa.inbound.tourism.extra", "wa.inbound", "wa.inbound.marker"):
        await bus.publish(Envelope(type=names.key(rest)), mandatory=False)
    await inbox.through(names.key("wa.inbound.marker"))
    assert inbox.types == [names.key("wa.inbound.tourism"), names.key("wa.inbound.marker")]


async def test_hash_matches_zero_or_more_words(bus: Bus, subscribe: Any, names: Names) -> None:
    inbox = Inbox()
    await subscribe("hash", [names.key("tourism.#")], inbox)
    for rest in ("tourism", "tourism.booking.cancelled", "permit.letter.issued", "tourism.marker"):
        await bus.publish(Envelope(type=names.key(rest)), mandatory=False)
    await inbox.through(names.key("tourism.marker"))
    assert inbox.types == [names.key("tourism"), names.key("tourism.booking.cancelled"), names.key("tourism.marker")]


async def test_every_matching_queue_gets_one_copy(bus: Bus, subscribe: Any, names: Names) -> None:
    first, second = Inbox(), Inbox()
    await subscribe("first", [names.key("tourism.*.cancelled")], first)
    await subscribe("second", [names.key("tourism.#"), names.key("*.booking.cancelled")], second)
    sent = Envelope(type=names.key("tourism.booking.cancelled"), payload={"n": 1})
    await bus.publish(sent)
    await bus.publish(Envelope(type=names.key("tourism.booking.marker")))
    await first.count(1)
    await second.through(names.key("tourism.booking.marker"))
    assert [e.id for e in first.envelopes] == [sent.id]
    assert [e.id for e in second.envelopes[:-1]] == [sent.id]
    assert second.envelopes[0] == sent


async def test_unroutable_mandatory_publish_raises_and_optional_one_is_dropped(bus: Bus, names: Names) -> None:
    with pytest.raises(Unroutable):
        await bus.publish(Envelope(type=names.key("nobody.listens")))
    await bus.publish(Envelope(type=names.key("nobody.listens")), mandatory=False)


async def test_declared_queue_routes_before_anyone_consumes(bus: Bus, subscribe: Any, names: Names) -> None:
    queue = names.queue("early")
    await bus.declare(queue, [names.key("early.*")])
    sent = Envelope(type=names.key("early.arrived"))
    await bus.publish(sent)
    inbox = Inbox()
    await bus.subscribe(Subscription(queue=queue, keys=[names.key("early.*")], handler=inbox))
    assert [e.id for e in await inbox.count(1)] == [sent.id]


async def test_handler_gets_its_own_copy_of_the_payload(bus: Bus, subscribe: Any, names: Names) -> None:
    async def mutate(envelope: Envelope) -> None:
        envelope.payload["items"].append("changed by handler")
        await inbox(envelope)

    inbox = Inbox()
    await subscribe("copy", [names.key("copy.*")], mutate)
    sent = Envelope(type=names.key("copy.me"), payload={"items": []})
    await bus.publish(sent)
    await inbox.count(1)
    assert sent.payload == {"items": []}

