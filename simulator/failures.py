"""Failure injection: the next N calls answer with a chosen Meta error, for testing the sender's policy.

Each injection counts down on its own and can be limited to one recipient, so a test can make one person
hit the pair limit while everyone else is served. Injections are used first-in, first-out.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from simulator.errors import ERRORS, HTTP_ONLY

Endpoint = Literal["send", "read", "media"]


@dataclass
class Failure:
    code: int
    times: int = 1
    to: str | None = None
    status: int | None = None
    subcode: int | None = None
    details: str | None = None
    endpoint: Endpoint = "send"

    def __post_init__(self) -> None:
        if self.times < 1:
            raise ValueError("times must be at least 1")
        if self.code not in ERRORS and self.code not in HTTP_ONLY:
            known = ", ".join(str(c) for c in sorted({*ERRORS, *HTTP_ONLY}))
            raise ValueError(f"unknown error code {self.code}; known: {known}")
        if self.endpoint not in ("send", "read", "media"):
            raise ValueError("endpoint must be send, read or media")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Failures:
    def __init__(self) -> None:
        self._pending: list[Failure] = []

    def add(self, failure: Failure) -> None:
        self._pending.append(failure)

    def take(self, endpoint: Endpoint, to: str | None = None) -> Failure | None:
        """The injection that applies to this call, counted down by one; None when the call should pass."""
        for failure in self._pending:
            if failure.endpoint == endpoint and (failure.to is None or failure.to == to):
                failure.times -= 1
                if failure.times == 0:
                    self._pending.remove(failure)
                return failure
        return None

    def pending(self) -> list[dict[str, Any]]:
        return [f.as_dict() for f in self._pending]

    def clear(self) -> None:
        self._pending.clear()
