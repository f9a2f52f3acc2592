"""bench/heap.py at CI size: the gateway in this process takes two small batches of webhooks, and each line
printed holds the figures the script is for, read from SQLite and glibc in this process."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is scripts, not an installed package

from bench import heap  # noqa: E402
from bench.ports import free_port  # noqa: E402

LINE = re.compile(r"^\s*(\d+) messages  RSS\s+([\d.]+) MB  SQLite\s+([\d.]+)  malloc in use\s+([\d.]+)"
                  r" \(\s*([\d.]+) outside SQLite\)  free\s+([\d.]+)  heap\s+([\d.]+) MB$")


@pytest.mark.rabbit
@pytest.mark.parametrize(("talk", "counts"), [([], [30, 90, 150]), (["--talk"], [24, 80, 136])])
async def test_heap_prints_memory_in_use_beside_rss_after_each_batch(amqp_url: str, capsys, monkeypatch,
                                                                     talk: list[str], counts: list[int]) -> None:
    posted: list[bytes] = []
    real = heap.hooks.signed

    def signed(body, secret):  # noqa: ANN001, ANN202 - a spy on what reaches the gateway
        raw, headers = real(body, secret)
        posted.append(raw)
        return raw, headers

    monkeypatch.setattr(heap.hooks, "signed", signed)
    args = heap.parser().parse_args(["--amqp", amqp_url, "--batches", "2", "--batch", "60", "--connections", "4",
                                     "--port", str(free_port()), *talk])
    await heap.main(args)
    lines = [LINE.match(text) for text in capsys.readouterr().out.splitlines()]
    assert len(lines) == 3 and all(lines)
    assert [int(m.group(1)) for m in lines if m] == counts
    for match in lines:
        assert match is not None
        rss, sqlite, in_use, outside = (float(match.group(n)) for n in (2, 3, 4, 5))
        assert rss > in_use > 0 and sqlite > 0  # the store's pages are SQLite's; all of it under the RSS
        assert abs(outside - (in_use - sqlite)) < 0.1
    if talk:  # each message of the conversation, then a status: 17 people, 8 steps each, two webhooks a step
        assert len(posted) == 2 * counts[-1]
        assert sum(b'"statuses"' in raw for raw in posted) == counts[-1]
        assert sum(b'"Asha Roy"' in raw for raw in posted) == counts[-1] // 8
