"""Liveness and readiness, the questions ``/healthz`` and ``/readyz`` ask of every part of a process.

Liveness notices a consumer that silently stopped (the process is up but nothing is consumed: restart
it). Readiness says whether the dependencies answer now (broker, database: stop sending traffic here).
The gateway and the sender implement ``Probe`` too and reuse the same routes.
"""
from __future__ import annotations

from typing import Protocol


class Probe(Protocol):
    name: str

    def live(self) -> bool: ...

    async def readiness(self) -> list[str]:
        """Why this part cannot work now; empty when it can."""


class Pingable(Protocol):
    async def ping(self) -> bool: ...


async def unreachable(component: str, **dependencies: Pingable) -> list[str]:
    """One reason per dependency whose ``ping`` fails or raises."""
    reasons = []
    for what, dependency in dependencies.items():
        try:
            ok, detail = await dependency.ping(), ""
        except Exception as exc:  # a ping that raises is an unreachable dependency, not a crash
            ok, detail = False, f": {exc}"
        if not ok:
            reasons.append(f"{component}: {what} unreachable{detail}")
    return reasons
