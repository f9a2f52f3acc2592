"""Token bucket and pair limiter on a fake clock: simulated seconds pass only when the code sleeps."""
from __future__ import annotations

import asyncio

import pytest

from gateway.sender.limits import PairLimiter, TokenBucket


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def test_bucket_allows_a_burst_of_rate_then_paces_at_rate(clock: FakeClock) -> None:
    bucket = TokenBucket(80, clock=clock, sleep=clock.sleep)
    for _ in range(80):
        await bucket.acquire()
    assert clock.now == 1000.0  # the burst costs no time
    for _ in range(160):
        await bucket.acquire()
    assert clock.now - 1000.0 == pytest.approx(2.0, rel=1e-6)  # 160 more at 80/s


async def test_bucket_never_exceeds_its_rate_over_any_second(clock: FakeClock) -> None:
    bucket = TokenBucket(1000, clock=clock, sleep=clock.sleep)
    stamps = []
    for _ in range(5000):
        await bucket.acquire()
        stamps.append(clock.now)
    window_start = stamps[1000]  # after the initial burst
    in_one_second = [t for t in stamps if window_start <= t < window_start + 1.0]
    assert len(in_one_second) <= 1000 + 1
    assert stamps[-1] - stamps[0] == pytest.approx(4.0, rel=1e-3)


async def test_concurrent_waiters_share_the_rate(clock: FakeClock) -> None:
    bucket = TokenBucket(10, clock=clock, sleep=clock.sleep)
    await asyncio.gather(*(bucket.acquire() for _ in range(30)))
    assert clock.now - 1000.0 == pytest.approx(2.0, rel=1e-6)


async def test_slow_down_halves_the_rate_then_recovers_after_cooldowns(clock: FakeClock) -> None:
    bucket = TokenBucket(80, cooldown=30, clock=clock, sleep=clock.sleep)
    bucket.slow_down()
    assert bucket.rate == 40 and bucket.slowed
    clock.now += 1
    bucket.slow_down()
    assert bucket.rate == 20
    start = clock.now
    for _ in range(20):
        await bucket.acquire()
    assert clock.now - start == pytest.approx(1.0, rel=1e-6)  # the burst was stopped: 20 at 20/s
    clock.now += 30
    await bucket.acquire()
    assert bucket.rate == 40
    clock.now += 30
    await bucket.acquire()
    assert bucket.rate == 80 and not bucket.slowed


async def test_slow_down_has_a_floor(clock: FakeClock) -> None:
    bucket = TokenBucket(4, min_rate=1, clock=clock, sleep=clock.sleep)
    for _ in range(10):
        bucket.slow_down()
        clock.now += 1
    assert bucket.rate == 1


async def test_a_burst_of_throughput_errors_halves_the_rate_once(clock: FakeClock) -> None:
    bucket = TokenBucket(80, settle=1.0, clock=clock, sleep=clock.sleep)
    for _ in range(32):  # every send in flight answered 130429 at the same moment
        bucket.slow_down()
    assert bucket.rate == 40


async def test_pair_limiter_is_free_by_default(clock: FakeClock) -> None:
    pairs = PairLimiter(clock=clock, sleep=clock.sleep)
    for _ in range(50):
        await pairs.wait("919800000001")
    assert clock.slept == []


async def test_pair_limiter_spacing_applies_per_recipient(clock: FakeClock) -> None:
    pairs = PairLimiter(spacing=2.0, clock=clock, sleep=clock.sleep)
    await pairs.wait("a")
    await pairs.wait("b")
    assert clock.slept == []
    await pairs.wait("a")
    assert clock.slept == [2.0]


async def test_pair_limiter_books_slots_for_concurrent_sends(clock: FakeClock) -> None:
    requested: list[float] = []

    async def frozen_sleep(seconds: float) -> None:  # time stands still: every waiter books at once
        requested.append(seconds)

    pairs = PairLimiter(spacing=2.0, clock=clock, sleep=frozen_sleep)
    await asyncio.gather(pairs.wait("a"), pairs.wait("a"), pairs.wait("a"), pairs.wait("b"))
    assert requested == [2.0, 4.0]


async def test_pair_penalty_grows_and_resets_after_delivery(clock: FakeClock) -> None:
    pairs = PairLimiter(base=6, cap=20, clock=clock, sleep=clock.sleep)
    assert [pairs.penalize("a") for _ in range(4)] == [6, 12, 20, 20]
    assert pairs.held("a") == 20
    assert pairs.held("b") == 0
    await pairs.wait("a")
    assert clock.slept == [20]
    pairs.delivered("a")
    assert pairs.penalize("a") == 6
