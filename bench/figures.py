"""What a load run found, reduced to figures: throughput, latencies, exactly-once, bookings, cost.

Kept apart from the driving so that the load, fault and soak scripts and their tests read one verdict.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.people import Sent
from bench.procstats import Usage
from bench.sink import Sink


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) in milliseconds; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))] * 1000


@dataclass
class Outcome:
    title: str
    messages: int
    seconds: float
    e2e: list[float]
    ack: list[float]
    losses: int
    duplicates: int
    retried: int
    refused_for_good: int
    bookings: int = 0
    doubled_bookings: int = 0
    missing_bookings: int = 0
    usage: dict[str, Usage] = field(default_factory=dict)
    documents: list[float] = field(default_factory=list)
    doubled_people: list[str] = field(default_factory=list)
    statuses_posted: int = 0
    statuses_refused: int = 0
    unanswered: list[Sent] = field(default_factory=list)
    unread: int = 0  # inbound messages the sink never got a read receipt for (blue ticks missing)
    # answers at the sink for people this run never had: another system on the same broker (vhost) whose
    # answers this system's sender took too, which spoils every figure of the run
    strangers: int = 0

    @property
    def throughput(self) -> float:
        return (len(self.e2e) + len(self.documents)) / self.seconds if self.seconds else 0.0

    def lines(self) -> list[str]:
        e, a, d = self.e2e, self.ack, self.documents
        out = [f"== {self.title}",
               f"  inbound messages {self.messages}, answered {len(e) + len(d)} in {self.seconds:.1f} s: "
               f"{self.throughput:.1f} messages/s",
               f"  end to end (webhook sent → answer at sink) p50 {percentile(e, 50):.1f} ms  "
               f"p95 {percentile(e, 95):.1f} ms  p99 {percentile(e, 99):.1f} ms  max {percentile(e, 100):.1f} ms",
               f"  voucher (Confirm → PDF at sink, {len(d)}) p50 {percentile(d, 50):.1f} ms  "
               f"p99 {percentile(d, 99):.1f} ms  max {percentile(d, 100):.1f} ms",
               f"  gateway ack p50 {percentile(a, 50):.1f} ms  p99 {percentile(a, 99):.1f} ms",
               f"  exactly once: losses {self.losses}  duplicates {self.duplicates}  "
               f"(webhooks retried {self.retried}, refused for good {self.refused_for_good}); "
               f"never marked read {self.unread}; answers to strangers {self.strangers}"
               + ("  (ANOTHER SYSTEM ON THE SAME VHOST: the figures are not this run's alone)"
                  if self.strangers else ""),
               f"  bookings {self.bookings}, doubled {self.doubled_bookings}, "
               f"confirmed without one {self.missing_bookings}",
               f"  status webhooks back to the gateway ('sent'): {self.statuses_posted} posted, "
               f"{self.statuses_refused} batches refused for good"]
        for name, use in self.usage.items():
            now = f"RSS {use.rss_mb:6.0f} MB  " if use.rss_mb else " " * 15
            peak = f"peak RSS {use.peak_rss_mb:6.0f} MB" if use.peak_rss_mb else "(local RabbitMQ, during the run)"
            out.append(f"  process {name:<17} CPU {use.cpu_seconds:7.1f} s  {now}{peak}")
        return out


def exactly_once(sent: list[Sent], sink: Sink, expected: dict[str, int]) -> tuple[int, int, list[str]]:
    """(losses, duplicates, people with duplicates): per person, the answers expected for the steps sent
    against those that came."""
    want: Counter[str] = Counter()
    for record in sent:
        want[record.person] += expected.get(record.step, 1)
    losses = duplicates = 0
    doubled = []
    for person, count in want.items():
        got = sink.count(person)
        losses += max(0, count - got)
        duplicates += max(0, got - count)
        if got > count:
            doubled.append(person)
    return losses, duplicates, doubled


async def bookings_per_person(data: Path, people: list[str]) -> Counter[str]:
    """How many bookings the tourism store holds for each person (read after the system stopped)."""
    from services.tourism.repository import Bookings
    from shared.store.sqlite import SqliteStore
    store = SqliteStore(data / "tourism.sqlite3")
    await store.start()
    try:
        found = Counter({p: len(await Bookings(store).for_guest(p)) for p in people})
    finally:
        await store.close()
    return found


def outcome(title: str, sent: list[Sent], sink: Sink, expected: dict[str, int], booked: Counter[str],
            usage: dict[str, Usage], known: set[str] | None = None) -> Outcome:
    """``known``: everyone this run talked as (its people and the one who learnt the answers)."""
    answered = [s for s in sent if s.answered]
    seconds = max((s.answered for s in answered), default=0) - min((s.began for s in sent), default=0)
    losses, duplicates, doubled = exactly_once(sent, sink, expected)
    confirmed = {s.person for s in sent if s.step == "confirm"}
    chat = [s.answered - s.began for s in answered if s.step != "confirm"]
    return Outcome(title, len(sent), max(seconds, 0.0), chat,
                   [s.acked - s.began for s in sent if s.status == 200], losses, duplicates,
                   sum(1 for s in sent if s.tries > 1), sum(1 for s in sent if s.status != 200),
                   bookings=sum(booked.values()), usage=usage,
                   documents=[s.answered - s.began for s in answered if s.step == "confirm"],
                   doubled_bookings=sum(max(0, n - 1) for n in booked.values()),
                   missing_bookings=sum(1 for p in confirmed if booked.get(p, 0) == 0), doubled_people=doubled,
                   statuses_posted=sink.statuses.posted if sink.statuses else 0,
                   statuses_refused=len(sink.statuses.refused) if sink.statuses else 0,
                   unanswered=[s for s in sent if not s.answered],
                   unread=sum(1 for s in sent if s.wamid and s.wamid not in sink.read),
                   strangers=sum(len(got) for to, got in sink.replies.items()
                                 if to not in (known if known is not None else {s.person for s in sent})))
