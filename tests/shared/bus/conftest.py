"""Fixtures for the bus contract tests.

Every contract test runs twice: on the in-process bus (always; nothing outside the process) and on
RabbitMQ at ``AMQP_TEST_URL`` (the ``rabbit`` parameter carries ``pytest.mark.rabbit`` and skips when no
broker answers). Queue names carry a fresh suffix per test, and on RabbitMQ every queue a test named is
deleted afterwards, with its wait and dead queues. Retry delays are 0.3 s at most.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from bus_kit import Names, delete_queues

from shared.bus import Bus, Subscription
from shared.bus.memory import InProcessBus
from shared.bus.rabbit import RabbitBus


@pytest.fixture(params=["memory", pytest.param("rabbit", marks=pytest.mark.rabbit)])
def kind(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def names() -> Names:
    return Names()


@pytest.fixture
async def make_bus(kind: str, amqp_url: str, names: Names) -> AsyncIterator[Callable[[], Any]]:
    """Started buses of the parameter's kind: on RabbitMQ each call is another connection (another
    process), in process they all share one bus, as processes share one broker."""
    shared = InProcessBus()
    started: list[Bus] = []

    async def make() -> Bus:
        bus: Bus = RabbitBus(amqp_url) if kind == "rabbit" else shared
        if bus not in started:
            await bus.start()
            started.append(bus)
        return bus

    yield make
    for bus in started:
        await bus.close(2)
    if kind == "rabbit":
        await delete_queues(amqp_url, names.queues)


@pytest.fixture
async def bus(make_bus: Callable[[], Any]) -> Bus:
    return await make_bus()


@pytest.fixture
def subscribe(bus: Bus, names: Names) -> Callable[..., Any]:
    """Subscribe ``handler`` to the fresh queue for ``base``; returns the queue name."""

    async def make(base: str, keys: list[str], handler: Any, *, on: Bus | None = None, **options: Any) -> str:
        queue = names.queue(base)
        await (on or bus).subscribe(Subscription(queue=queue, keys=keys, handler=handler, **options))
        return queue

    return make
