"""The free ports the tests and benches start servers on: never in the kernel's ephemeral range (where an outgoing
connection of another process could take one between the check and the server's bind), never one in use."""
from __future__ import annotations

import socket

import pytest

from bench import ports


def test_ports_are_below_the_ephemeral_range_and_bindable() -> None:
    first = ports._first_ephemeral()
    for _ in range(50):
        port = ports.free_port()
        assert ports.LOWEST <= port < first
        with socket.socket() as s:
            s.bind(("127.0.0.1", port))


def test_a_port_in_use_is_never_given(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        picks = iter([busy, busy + 1 if busy + 1 < 65_536 else busy - 1])
        monkeypatch.setattr(ports, "_first_ephemeral", lambda: 65_535)
        monkeypatch.setattr(ports.random, "randint", lambda low, high: next(picks))
        assert ports.free_port() != busy


def test_a_run_of_ports_is_free_together(monkeypatch: pytest.MonkeyPatch) -> None:
    port = ports.free_port(3)
    for offset in range(3):
        with socket.socket() as s:
            s.bind(("127.0.0.1", port + offset))
    with socket.socket() as taken:  # the second of a pair in use: the pair is not given
        taken.bind(("127.0.0.1", port + 1))
        picks = iter([port, port + 5])
        monkeypatch.setattr(ports.random, "randint", lambda low, high: next(picks))
        assert ports.free_port(2) == port + 5
