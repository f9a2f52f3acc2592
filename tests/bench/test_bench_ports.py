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


class Picks:
    """The picker's first answers, then random ones as the real picker gives them; what was asked is kept."""

    def __init__(self, *first: int):
        self.first, self.given = list(first), []

    def randint(self, low: int, high: int) -> int:
        self.given.append(self.first.pop(0) if self.first else ports.random.randint(low, high))
        return self.given[-1]


def test_a_port_in_use_is_never_given(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", ports.free_port()))
        busy = taken.getsockname()[1]
        picks = Picks(busy)
        monkeypatch.setattr(ports, "PICKER", picks)
        port = ports.free_port()
        assert picks.given[0] == busy and port != busy


def test_a_run_of_ports_is_free_together(monkeypatch: pytest.MonkeyPatch) -> None:
    port = ports.free_port(3)
    for offset in range(3):
        with socket.socket() as s:
            s.bind(("127.0.0.1", port + offset))
    with socket.socket() as taken:  # the second of a pair in use: the pair is not given
        taken.bind(("127.0.0.1", port + 1))
        picks = Picks(port)
        monkeypatch.setattr(ports, "PICKER", picks)
        pair = ports.free_port(2)
        assert picks.given[0] == port and pair != port


def test_a_bound_socket_holds_its_port_until_the_server_listens() -> None:
    with ports.bound() as held:
        port = held.getsockname()[1]
        assert ports.LOWEST <= port < ports._first_ephemeral()
        with socket.socket() as other, pytest.raises(OSError):
            other.bind(("127.0.0.1", port))
        held.listen()
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass


def test_a_port_another_server_holds_to_listen_on_is_never_bound_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two servers about to listen, each holding its port as servers do (``SO_REUSEADDR``: the test workers' systems,
    a role), both bound the same port and the second to listen failed with "Address already in use" (once in a CI
    run). A held port is another's: the next one is taken."""
    with socket.socket() as other:
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        other.bind(("127.0.0.1", ports.free_port()))
        busy = other.getsockname()[1]
        picks = Picks(busy)
        monkeypatch.setattr(ports, "PICKER", picks)
        with ports.bound() as held:
            assert picks.given[0] == busy and held.getsockname()[1] != busy
            held.listen()
            other.listen()  # the other server listens too: neither was given the other's port
