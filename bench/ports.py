"""Free ports for the servers the benches and the tests start, on this machine.

A port asked of the kernel with ``bind(0)`` comes from its ephemeral range (``ip_local_port_range``), the same
range every outgoing connection takes its own port from: between closing the probe socket and the server's bind,
a broker or HTTP connection opened by another process (another test worker, a role starting) can take it, and
the server fails with "Address already in use". So the ports here are picked at random below that range, where
only a listening server would sit, and each is checked by binding it.
"""
from __future__ import annotations

import random
import socket
from pathlib import Path
from typing import Protocol

EPHEMERAL = Path("/proc/sys/net/ipv4/ip_local_port_range")
LOWEST = 10_000  # above the well-known ports and the usual local services' (5432, 5672, 6379, 9090 ...)


def _first_ephemeral() -> int:
    try:
        return int(EPHEMERAL.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32_768  # Linux's default


class Picker(Protocol):
    def randint(self, a: int, b: int) -> int: ...


PICKER: Picker = random.Random()  # its own: a seed set for a test elsewhere in the process never makes it repeat


def _free(port: int, host: str) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def free_port(count: int = 1, host: str = "127.0.0.1") -> int:
    """A port that is free now, with the ``count - 1`` ports after it, outside the kernel's ephemeral range."""
    top = max(_first_ephemeral(), LOWEST + 1_000) - count
    for _ in range(200):
        port = PICKER.randint(LOWEST, top)
        if all(_free(port + i, host) for i in range(count)):
            return port
    raise RuntimeError(f"no {count} free port(s) in a row between {LOWEST} and {top + count}")


def bound(host: str = "127.0.0.1") -> socket.socket:
    """A socket bound to a free port below the ephemeral range, for a server started in this process: the port is
    held from the moment it is found, so nothing can take it before the server listens (``free_port`` is for a
    server in another process, which has to be told a number). Bound without ``SO_REUSEADDR``: with it on both, a
    port another server holds to listen on (bound with it, as servers bind, not listening yet) is bound again, and
    the second of the two to listen fails with "Address already in use"; without it the bind fails and another
    port is taken."""
    top = max(_first_ephemeral(), LOWEST + 1_000) - 1
    for _ in range(200):
        sock = socket.socket()
        try:
            sock.bind((host, PICKER.randint(LOWEST, top)))
        except OSError:
            sock.close()
            continue
        return sock
    raise RuntimeError(f"no free port between {LOWEST} and {top}")
