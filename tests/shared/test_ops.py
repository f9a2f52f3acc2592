"""The ops commands on a real broker: a message that fails every try shows up as dead, can be listed and
shown with its error, and replayed for a fresh set of tries — selected ones only, nothing lost."""
from __future__ import annotations

import asyncio
import uuid

import pytest

from shared import cli
from shared.bus import RetryPolicy, Subscription
from shared.bus.rabbit import RabbitBus
from shared.envelope import Envelope
from shared.ops import dead_letters, replay, status

pytestmark = pytest.mark.rabbit
POLICY = RetryPolicy((0.05,))


async def eventually(check, timeout: float = 10.0) -> None:  # noqa: ANN001
    for _ in range(int(timeout / 0.05)):
        if await check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not reached")


async def test_dead_letters_are_listed_shown_and_replayed(amqp_url: str) -> None:
    queue = f"ops{uuid.uuid4().hex[:8]}"
    key = f"{queue}.thing.happened"
    healthy = False
    handled: list[str] = []

    async def handler(envelope: Envelope) -> None:
        if not healthy:
            raise RuntimeError("boom: the database was away")
        handled.append(envelope.id)

    bus = RabbitBus(amqp_url)
    await bus.start()
    try:
        await bus.subscribe(Subscription(queue=queue, keys=(key,), handler=handler, retry=POLICY))
        first, second = Envelope(type=key, payload={"n": 1}), Envelope(type=key, payload={"n": 2})
        await bus.publish(first)
        await bus.publish(second)

        async def both_dead() -> bool:
            return (await status(bus, [queue], POLICY.delays))[0].dead == 2
        await eventually(both_dead)

        letters = await dead_letters(bus, queue)
        assert {x.id for x in letters} == {first.id, second.id}
        assert all(x.attempts == 2 and x.error.startswith("RuntimeError: boom") for x in letters)
        async def dead_and_consumed() -> tuple[int, int]:
            [row] = await status(bus, [queue], POLICY.delays)
            return row.dead, row.consumers
        # Looking takes nothing out, and a look returns only once the broker counts what it handed back (a
        # quorum queue applies the return a moment after the channel closed): read at once, the count is whole.
        assert await dead_and_consumed() == (2, 1)

        healthy = True
        assert await replay(bus, queue, {first.id}) == 1  # at once after the look: both letters are there
        assert await dead_and_consumed() == (1, 1)  # the one passed over is counted again, at once

        async def first_handled() -> bool:
            return handled == [first.id]
        await eventually(first_handled)
        assert [x.id for x in await dead_letters(bus, queue)] == [second.id]

        assert await replay(bus, queue) == 1

        async def all_handled() -> bool:
            return sorted(handled) == sorted([first.id, second.id])
        await eventually(all_handled)
        assert (await status(bus, [queue], POLICY.delays))[0].dead == 0
    finally:
        await bus.delete_queue(queue, POLICY)
        await bus.close(1)


async def test_a_message_dead_lettered_after_it_was_handled_is_listed_with_its_error_and_replayed(
        amqp_url: str) -> None:
    queue = f"ops{uuid.uuid4().hex[:8]}"
    key = f"{queue}.thing.happened"
    handled: list[Envelope] = []

    async def handler(envelope: Envelope) -> None:
        handled.append(envelope)

    bus = RabbitBus(amqp_url)
    await bus.start()
    try:
        await bus.subscribe(Subscription(queue=queue, keys=(key,), handler=handler, retry=POLICY))
        later = Envelope(type=key, payload={"n": 1})
        error = "(131042) Business eligibility payment issue"
        await bus.dead_letter(queue, later, error)
        [letter] = await dead_letters(bus, queue)
        assert (letter.id, letter.attempts, letter.error) == (later.id, 1, error)
        assert await replay(bus, queue, {later.id}) == 1

        async def replayed() -> bool:
            return [e.id for e in handled] == [later.id]
        await eventually(replayed)
        assert handled[0].payload == {"n": 1} and await dead_letters(bus, queue) == []
    finally:
        await bus.delete_queue(queue, POLICY)
        await bus.close(1)


async def test_status_counts_a_message_put_back_for_later_as_waiting(amqp_url: str) -> None:
    queue = f"ops{uuid.uuid4().hex[:8]}"

    async def handler(envelope: Envelope) -> None:
        pass

    bus = RabbitBus(amqp_url)
    await bus.start()
    try:
        await bus.subscribe(Subscription(queue=queue, keys=(f"{queue}.thing.happened",), handler=handler, retry=POLICY))
        await bus.defer(queue, Envelope(type=f"{queue}.thing.happened"), 60)  # the sender's re-send after a back-off
        [row] = await status(bus, [queue], POLICY.delays, {queue: (60.0,)})
        assert (row.ready, row.waiting, row.dead) == (0, 1, 0)
    finally:
        await bus.delete_queue(queue, RetryPolicy((*POLICY.delays, 60.0)))
        await bus.close(1)


def test_status_prints_every_role(amqp_url: str, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("AMQP_URL", amqp_url)
    assert cli.main(["status"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["queue", "ready", "consumers", "retrying", "dead"]
    assert {line.split()[0] for line in lines[1:]} >= {"gateway", "sender", "tourism"}


def test_an_unknown_role_is_refused(amqp_url: str, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("AMQP_URL", amqp_url)
    assert cli.main(["dlq", "list", "nosuch"]) == 2
    assert "known: gateway, sender" in capsys.readouterr().err


def test_replaying_an_id_that_is_no_dead_letter_says_so_and_exits_1(amqp_url: str, monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("AMQP_URL", amqp_url)
    assert cli.main(["dlq", "replay", "tourism", "--id", "no-such-letter"]) == 1
    answer = capsys.readouterr()
    assert "replayed 0 dead letter(s) to tourism" in answer.out
    assert "no dead letter no-such-letter in tourism.dead" in answer.err


async def test_a_look_waits_until_the_queue_counts_what_it_handed_back_and_no_longer_than_its_timeout(
        amqp_url: str) -> None:
    """``until_counted`` is what makes a look's answer whole at once: it returns when the queue counts as many
    messages as asked (here they arrive a moment after it began waiting), and gives up after its timeout."""
    import aio_pika

    from shared.bus.rabbit_inspect import until_counted
    from shared.bus.topology import QUORUM

    queue = f"look{uuid.uuid4().hex[:8]}"
    bus = RabbitBus(amqp_url)
    await bus.start()
    connection = bus._require_connection()  # noqa: SLF001
    try:
        async with connection.channel() as channel:
            await channel.declare_queue(queue, durable=True, arguments=QUORUM)

        async def arrive() -> None:
            await asyncio.sleep(0.3)
            for n in range(3):
                await bus.send_to_queue(queue, aio_pika.Message(str(n).encode()))
        arriving = asyncio.create_task(arrive())
        began = asyncio.get_running_loop().time()
        assert await until_counted(connection, queue, 3) is True
        assert asyncio.get_running_loop().time() - began >= 0.3  # it waited for them
        assert (await bus.queue_stats(queue))["messages"] == 3
        await arriving
        began = asyncio.get_running_loop().time()
        assert await until_counted(connection, queue, 4, timeout=0.2) is False
        assert asyncio.get_running_loop().time() - began < 2
    finally:
        async with connection.channel() as channel:
            await channel.queue_delete(queue)
        await bus.close(1)
