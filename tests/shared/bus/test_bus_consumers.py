"""Competing consumers, prefetch, retries with the policy's delays, ``Later``, dead letters: the same on both buses."""
from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from typing import Any

from bus_kit import Inbox, Names

from shared.bus import DEAD_EVENT, Bus, Later, RetryPolicy
from shared.envelope import Envelope


async def test_two_consumers_on_one_queue_share_the_work(make_bus: Any, subscribe: Any, names: Names) -> None:
    one, two = await make_bus(), await make_bus()
    got: dict[str, list[str]] = {"one": [], "two": []}
    done = Inbox()

    def worker(name: str) -> Any:
        async def handle(envelope: Envelope) -> None:
            await asyncio.sleep(0.01)
            got[name].append(envelope.id)
            await done(envelope)
        return handle

    queue = await subscribe("shared", [names.key("work")], worker("one"), on=one, prefetch=1)
    await subscribe("shared", [names.key("work")], worker("two"), on=two, prefetch=1)
    assert queue == names.queue("shared")
    sent = [Envelope(type=names.key("work"), payload={"n": n}) for n in range(20)]
    for envelope in sent:
        await one.publish(envelope)
    await done.count(20)
    assert got["one"] and got["two"]
    assert sorted(got["one"] + got["two"]) == sorted(e.id for e in sent)


async def test_prefetch_caps_messages_in_flight_per_consumer(bus: Bus, subscribe: Any, names: Names) -> None:
    release, running, peak = asyncio.Event(), [0], [0]
    done = Inbox()

    async def slow(envelope: Envelope) -> None:
        running[0] += 1
        peak[0] = max(peak[0], running[0])
        await release.wait()
        running[0] -= 1
        await done(envelope)

    await subscribe("slow", [names.key("slow")], slow, prefetch=2)
    for _ in range(6):
        await bus.publish(Envelope(type=names.key("slow")))
    while running[0] < 2:
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.2)
    assert running[0] == 2
    release.set()
    await done.count(6)
    assert peak[0] == 2


async def test_failing_handler_is_retried_after_the_delays_then_dead_lettered(
        bus: Bus, subscribe: Any, names: Names) -> None:
    attempts: list[float] = []

    async def always_fails(envelope: Envelope) -> None:
        attempts.append(time.monotonic())
        raise ValueError("cannot handle this")

    dead = Inbox()
    await subscribe("watch", [DEAD_EVENT], dead)
    queue = await subscribe("fails", [names.key("fails")], always_fails, retry=RetryPolicy((0.1, 0.3)))
    sent = Envelope(type=names.key("fails"), correlation_id="wamid.1", payload={"x": 1})
    await bus.publish(sent)
    events = await dead.until(lambda got: any(e.causation_id == sent.id for e in got))
    event = next(e for e in events if e.causation_id == sent.id)
    assert len(attempts) == 3
    gaps = [later - earlier for earlier, later in itertools.pairwise(attempts)]
    assert gaps[0] >= 0.1 - 0.01 and gaps[1] >= 0.3 - 0.01
    assert event.type == DEAD_EVENT and event.correlation_id == "wamid.1"
    assert event.payload["queue"] == queue and event.payload["attempts"] == 3
    assert "ValueError: cannot handle this" in event.payload["error"]
    assert event.payload["envelope"] == sent.model_dump(
        mode="json", include={"id", "type", "version", "source", "correlation_id", "occurred_at"})
    assert "payload" not in event.payload["envelope"]  # the message itself stays in the dead-letter queue
    assert [e.id for e in await bus.dead_letters(queue)] == [sent.id]  # type: ignore[attr-defined]


async def test_handler_that_fails_once_then_succeeds_has_its_outcome_once(
        bus: Bus, subscribe: Any, names: Names) -> None:
    calls: Counter[str] = Counter()
    outcome = Inbox()

    async def flaky(envelope: Envelope) -> None:
        calls[envelope.id] += 1
        if calls[envelope.id] == 1:
            raise ConnectionError("store briefly away")
        await outcome(envelope)

    queue = await subscribe("flaky", [names.key("flaky")], flaky, retry=RetryPolicy((0.05, 0.05)))
    sent = Envelope(type=names.key("flaky"))
    await bus.publish(sent)
    await outcome.count(1)
    await bus.publish(Envelope(type=names.key("flaky")))
    await outcome.count(2)
    assert calls[sent.id] == 2
    assert [e.id for e in outcome.envelopes].count(sent.id) == 1
    assert await bus.dead_letters(queue) == []  # type: ignore[attr-defined]


async def test_a_handler_that_says_later_gets_the_message_back_without_spending_its_retries(
        bus: Bus, subscribe: Any, names: Names) -> None:
    """One retry in the policy; the handler says "later" five times, fails once, then succeeds. Were the
    returns counted as attempts, the message would have been dead-lettered after the second."""
    calls: list[float] = []
    outcome = Inbox()

    async def waits_for_something(envelope: Envelope) -> None:
        calls.append(time.monotonic())
        if len(calls) <= 5:
            raise Later("what it waits for has not passed yet")
        if len(calls) == 6:
            raise ConnectionError("store briefly away")
        await outcome(envelope)

    queue = await subscribe("later", [names.key("later")], waits_for_something,
                            retry=RetryPolicy((0.1,), later=0.05))
    sent = Envelope(type=names.key("later"))
    await bus.publish(sent)
    await outcome.count(1)
    assert len(calls) == 7 and [e.id for e in outcome.envelopes] == [sent.id]
    gaps = [after - before for before, after in itertools.pairwise(calls)]
    assert all(gap >= 0.05 - 0.01 for gap in gaps[:5]) and gaps[5] >= 0.1 - 0.01
    assert await bus.dead_letters(queue) == []  # type: ignore[attr-defined]


async def test_a_message_that_says_later_too_often_fails_like_any_other(
        bus: Bus, subscribe: Any, names: Names) -> None:
    calls: list[float] = []

    async def never_ready(envelope: Envelope) -> None:
        calls.append(time.monotonic())
        raise Later("never")

    dead = Inbox()
    await subscribe("watch", [DEAD_EVENT], dead)
    queue = await subscribe("stalls", [names.key("stalls")], never_ready,
                            retry=RetryPolicy((0.05,), later=0.05, later_limit=2))
    sent = Envelope(type=names.key("stalls"))
    await bus.publish(sent)
    events = await dead.until(lambda got: any(e.causation_id == sent.id for e in got))
    event = next(e for e in events if e.causation_id == sent.id)
    assert len(calls) == 4  # twice later, then two attempts (the first and its one retry), each over the limit
    assert event.payload["attempts"] == 2 and "Later, after 2 returns already: never" in event.payload["error"]
    assert [e.id for e in await bus.dead_letters(queue)] == [sent.id]  # type: ignore[attr-defined]


async def test_a_message_put_in_the_dead_letter_queue_after_it_was_handled_is_kept_and_announced(
        bus: Bus, subscribe: Any, names: Names) -> None:
    """The sender's way with a message Meta fails after accepting it for the account or a template: the handler
    had finished with it, and learns later that it must wait in the dead-letter queue for a replay."""
    dead = Inbox()
    await subscribe("watch", [DEAD_EVENT], dead)
    queue = await subscribe("late", [names.key("late")], Inbox())
    later = Envelope(type=names.key("late"), correlation_id="wamid.2", payload={"x": 2})
    await bus.dead_letter(queue, later, "failed after it was handled")
    [event] = await dead.until(lambda got: any(e.causation_id == later.id for e in got))
    assert (event.payload["queue"], event.payload["attempts"]) == (queue, 1)
    assert event.payload["error"] == "failed after it was handled" and event.correlation_id == "wamid.2"
    assert [e.id for e in await bus.dead_letters(queue)] == [later.id]  # type: ignore[attr-defined]


async def test_a_message_put_back_for_later_comes_back_once_after_its_delay_as_a_first_attempt(
        bus: Bus, subscribe: Any, names: Names) -> None:
    """The sender's way with a message Meta fails after accepting it for throughput: the handler had finished with
    it, and puts it back in its own queue to be handled again after a back-off; that is no failed attempt."""
    calls: list[float] = []
    handled = Inbox()

    async def fails_once(envelope: Envelope) -> None:
        calls.append(time.monotonic())
        if len(calls) == 1:
            raise ConnectionError("store briefly away")
        await handled(envelope)

    queue = await subscribe("again", [names.key("again")], fails_once, retry=RetryPolicy((0.05,)))
    again = Envelope(type=names.key("again"), payload={"x": 3})
    began = time.monotonic()
    await bus.defer(queue, again, 0.3)
    [back] = await handled.count(1)
    assert (back.id, back.payload) == (again.id, {"x": 3}) and calls[0] - began >= 0.3 - 0.01
    assert len(calls) == 2 and await bus.dead_letters(queue) == []  # type: ignore[attr-defined]  # its one retry left
