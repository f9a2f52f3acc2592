"""The legs alone at CI size: the three null roles as child processes on RabbitMQ, driven through the signed
webhook. Every turn is answered once, every answer is followed by its read receipt and Meta's status posted
back, each process's CPU is counted, and the queues are gone afterwards."""
from __future__ import annotations

import sys
from pathlib import Path

import aio_pika
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is scripts, not an installed package

from bench import floor  # noqa: E402
from bench.ports import free_port  # noqa: E402

pytestmark = pytest.mark.rabbit


async def test_the_legs_alone_answer_every_turn_once_and_clean_up(amqp_url: str, monkeypatch) -> None:
    prefixes: list[str] = []
    real = floor.declare

    async def remembered(url: str, prefix: str) -> None:
        prefixes.append(prefix)
        await real(url, prefix)

    monkeypatch.setattr(floor, "declare", remembered)
    args = floor.parser().parse_args(["--amqp", amqp_url, "--turns", "300", "--people", "10",
                                      "--port", str(free_port(2))])  # the gateway's and the sink's
    result = await floor.measure(args)
    assert (result.answers, result.read, result.statuses) == (300, 300, 300)
    assert result.rate > 0
    assert set(result.cpu) >= {"gateway", "service", "sender", "load-gen"}
    assert all(result.cpu[role] > 0 for role in ("gateway", "service", "sender", "load-gen"))
    assert "300 turns, 300 answers, 300 read receipts, 300 statuses posted back" in "\n".join(result.lines())
    connection = await aio_pika.connect(amqp_url)
    async with connection:
        for name in floor.queues(prefixes[0]).values():
            channel = await connection.channel()
            with pytest.raises(aio_pika.exceptions.ChannelClosed):
                await channel.declare_queue(name, passive=True)
