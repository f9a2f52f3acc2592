"""Throughput limits: a token bucket for the phone number and a pair limiter per recipient.

Both take an injected ``clock`` and ``sleep`` so tests can run minutes of simulated time instantly.
The bucket is what keeps the sender under Meta's per-number throughput (80 msg/s by default, up to
1,000 on upgraded numbers); when Meta still answers 130429 / 80007 the bucket halves its rate for a
cool-down period and then doubles back towards the configured rate, one cool-down at a time.
"""
from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
_EPSILON = 1e-9


class TokenBucket:
    """``rate`` tokens per second, at most ``rate`` in the bucket (burst = rate); waiters are served FIFO."""

    def __init__(self, rate: float, *, cooldown: float = 30.0, min_rate: float = 1.0, settle: float = 1.0,
                 clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep):
        self.base_rate = float(rate)
        self.rate = float(rate)
        self.cooldown = cooldown
        self.min_rate = min(min_rate, self.base_rate)
        self.settle = settle
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(rate)
        self._stamp = clock()
        self._slow_until = 0.0
        self._slowed_at: float | None = None
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        """Wait for one token. Holding the lock while sleeping keeps the order fair under load."""
        async with self._lock:
            while True:
                self._refill()
                if self._tokens >= 1.0 - _EPSILON:  # float drift must not leave a waiter spinning
                    self._tokens = max(0.0, self._tokens - 1.0)
                    return
                await self._sleep((1.0 - self._tokens) / self.rate)

    def slow_down(self) -> None:
        """Meta says the number is over its throughput: halve the rate and stop the current burst.

        Every send in flight may get the same 130429 at once; errors within ``settle`` seconds of the
        last halving are one signal, or a burst of them would drive the rate to the floor.
        """
        now = self._clock()
        self._refill()
        self._tokens = 0.0
        self._slow_until = now + self.cooldown
        if self._slowed_at is not None and now - self._slowed_at < self.settle:
            return
        self._slowed_at = now
        self.rate = max(self.min_rate, self.rate / 2)

    @property
    def slowed(self) -> bool:
        return self.rate < self.base_rate

    def _refill(self) -> None:
        now = self._clock()
        if self.slowed and now >= self._slow_until:
            self.rate = min(self.base_rate, self.rate * 2)
            self._slow_until = now + self.cooldown
        self._tokens = min(self.rate, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now


@dataclass
class _Pair:
    next_at: float = 0.0
    strikes: int = 0


class PairLimiter:
    """Per-recipient pacing: an optional minimum spacing, and a growing hold after each 131056.

    Meta lets a business burst to one person, so ``spacing`` defaults to 0; the hold after a pair
    rate-limit error doubles with each further strike (``base``, 2·base, … up to ``cap``) and the
    strikes are forgotten after a successful send.
    """

    def __init__(self, *, spacing: float = 0.0, base: float = 6.0, cap: float = 60.0,
                 clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep, max_tracked: int = 100_000):
        self.spacing = spacing
        self.base = base
        self.cap = cap
        self._clock = clock
        self._sleep = sleep
        self._max_tracked = max_tracked
        self._pairs: dict[str, _Pair] = {}

    async def wait(self, to: str) -> None:
        """Book ``to``'s next slot, then sleep until it; booking first keeps concurrent sends spaced."""
        pair = self._pairs.get(to)
        if pair is None:
            if self.spacing <= 0:
                return
            pair = self._track(to)
        now = self._clock()
        slot = max(now, pair.next_at)
        pair.next_at = slot + self.spacing
        if slot > now:
            await self._sleep(slot - now)

    def penalize(self, to: str) -> float:
        """Record a 131056 for ``to``; returns how long that recipient is held back."""
        pair = self._pairs.get(to) or self._track(to)
        pair.strikes += 1
        hold: float = min(self.cap, self.base * 2.0 ** (pair.strikes - 1))
        pair.next_at = max(pair.next_at, self._clock() + hold)
        return hold

    def delivered(self, to: str) -> None:
        pair = self._pairs.get(to)
        if pair is not None:
            pair.strikes = 0

    def held(self, to: str) -> float:
        """Seconds ``to`` is still held back (0 when free)."""
        pair = self._pairs.get(to)
        return max(0.0, pair.next_at - self._clock()) if pair else 0.0

    def _track(self, to: str) -> _Pair:
        if len(self._pairs) >= self._max_tracked:
            now = self._clock()
            self._pairs = {k: p for k, p in self._pairs.items() if p.next_at > now or p.strikes}
        pair = self._pairs[to] = _Pair()
        return pair
