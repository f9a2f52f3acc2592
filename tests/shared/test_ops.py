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
        async def dead_and_consumed(dead: int) -> bool:
            """The broker's count: a letter looked at or passed over is handed back when that channel closes,
            which a quorum queue applies a moment later, so the count is read until it shows it."""
            [row] = await status(bus, [queue], POLICY.delays)
            return (row.dead, row.consumers) == (dead, 1)
        await eventually(lambda: dead_and_consumed(2))  # looking takes nothing out

        healthy = True
        assert await replay(bus, queue, {first.id}) == 1

        async def first_handled() -> bool:
            return handled == [first.id]
        await eventually(first_handled)
        await eventually(lambda: dead_and_consumed(1))
        assert [x.id for x in await dead_letters(bus, queue)] == [second.id]

        assert await replay(bus, queue) == 1

        async def all_handled() -> bool:
            return sorted(handled) == sorted([first.id, second.id])
        await eventually(all_handled)
        assert (await status(bus, [queue], POLICY.delays))[0].dead == 0
    finally:
        await bus.delete_queue(queue, POLICY)
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
