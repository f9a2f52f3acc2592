"""The bus port: publish an envelope, subscribe a handler to a queue bound to routing keys.

Two adapters keep the same semantics: ``memory.InProcessBus`` (``panchayat run``, fast tests) and
``rabbit.RabbitBus`` (aio-pika). Delivery is at least once; a handler that raises is retried after the
policy's delays and then dead-lettered to ``<queue>.dead`` with an ``ops.message.dead`` event. A handler
that raises ``Later`` has not failed: it waits for something else to happen first, and the envelope comes back
after ``RetryPolicy.later`` without counting an attempt.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from shared.envelope import Envelope

Handler = Callable[[Envelope], Awaitable[None]]

EXCHANGE = "panchayat"
DEAD_EVENT = "ops.message.dead"


class BusError(Exception):
    """The bus could not take a message (broker down, confirm refused)."""


class Unroutable(BusError):
    """A mandatory message matched no queue."""


class Later(Exception):
    """Raised by a handler that cannot go on yet but has not failed (it waits for another message that must
    pass first): the bus brings the envelope back after ``RetryPolicy.later`` seconds, without counting it as
    an attempt and without a traceback in the log. After ``RetryPolicy.later_limit`` such returns it counts as
    a failure after all, so no message circles for ever."""


@dataclass(frozen=True)
class RetryPolicy:
    """Delays in seconds before each retry; after the last one the message is dead-lettered. ``later`` is the
    wait of an envelope whose handler raised ``Later``; ``later_limit`` how often it may (10 minutes by
    default)."""

    delays: tuple[float, ...] = (1.0, 10.0, 60.0)
    later: float = 1.0
    later_limit: int = 600

    @property
    def max_attempts(self) -> int:
        return len(self.delays) + 1


@dataclass
class Subscription:
    queue: str
    keys: Sequence[str]
    handler: Handler
    prefetch: int = 16
    retry: RetryPolicy = field(default_factory=RetryPolicy)


class Bus(Protocol):
    async def start(self) -> None: ...

    async def publish(self, envelope: Envelope, *, mandatory: bool = True) -> None:
        """Returns once the broker confirmed; raises ``BusError`` / ``Unroutable`` otherwise."""

    async def subscribe(self, subscription: Subscription) -> None:
        """Declare the queue with its bindings and start consuming."""

    async def declare(self, queue: str, keys: Sequence[str]) -> None:
        """Declare a queue and its bindings without consuming (so publishes route before consumers start)."""

    async def dead_letter(self, queue: str, envelope: Envelope, error: str) -> None:
        """Put ``envelope`` in ``<queue>.dead`` and publish ``ops.message.dead``, as for a message that exhausted its
        tries, for a handler that learns only afterwards that a message it had finished with failed for good (the
        sender, from Meta's late ``failed`` status): ``panchayat dlq replay`` sends it back to ``queue``."""

    async def defer(self, queue: str, envelope: Envelope, delay: float) -> None:
        """Put ``envelope`` back in ``queue`` after ``delay`` seconds, as a fresh message (no attempt counted), for a
        handler that learns only afterwards that a message it had finished with must be handled again later (the
        sender, from Meta's late ``failed`` status for throughput). Returns once the broker holds it."""

    async def ping(self) -> bool: ...

    def consuming(self) -> bool:
        """True while every subscription has a live consumer (liveness)."""

    async def close(self, timeout: float = 10.0) -> None:
        """Stop consuming, let in-flight handlers finish within ``timeout``, close."""


def topic_matches(pattern: str, key: str) -> bool:
    """AMQP topic matching: ``*`` is exactly one word, ``#`` zero or more."""
    return _match(pattern.split("."), key.split("."))


def _match(pat: list[str], words: list[str]) -> bool:
    if not pat:
        return not words
    head, rest = pat[0], pat[1:]
    if head == "#":
        return any(_match(rest, words[i:]) for i in range(len(words) + 1))
    if not words:
        return False
    return (head == "*" or head == words[0]) and _match(rest, words[1:])
