"""What a service is, declared once: the keys it consumes, its handlers, its store indexes, its menu
entry, its back-office routes and its texts. ``ServiceRuntime`` turns a spec into a running consumer.

A spec is plain data so that ``panchayat run`` (all services on one in-process bus) and
``panchayat service NAME`` (one service on RabbitMQ) run exactly the same service code.
"""
from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from shared.bus import topic_matches
from shared.envelope import Envelope
from shared.retention import Keep
from shared.runtime.menu_entry import (
    PHRASE_MAX,
    PHRASES_MAX,
    ROW_TITLE_MAX,
    WORDS,
    MenuEntry,
    Phrase,
)
from shared.store import Index
from shared.texts import Catalog

if TYPE_CHECKING:
    from aiohttp import web

    from shared.runtime.context import Context, ServiceContext

# + ".<service>", {"service", "wa_id"}: the main menu ended the person's session with that service (they typed "menu"
# in the middle of its conversation): what it kept open for them there, a PIN typed a moment ago, can end with it. Sent
# only to a service that consumes it (``MenuEntry.hears_left``)
SESSION_LEFT = "wa.session.left"
# the menu entry's names, where services and the gateway have always found them
__all__ = ["PHRASE_MAX", "PHRASES_MAX", "ROW_TITLE_MAX", "SESSION_LEFT", "WORDS", "HandlerFn", "MenuEntry", "Phrase",
           "ServiceSpec", "package_version"]
HandlerFn = Callable[[Envelope, "Context"], Awaitable[None]]
RoutesFn = Callable[["web.Application"], None]
OnStartFn = Callable[["ServiceContext"], Awaitable[None]]
TaskFn = Callable[["ServiceContext"], Awaitable[None]]  # runs until cancelled (periodic work: sweeps, reminders)
CheckFn = Callable[[], object]  # raises, with the fix in its message, when the machine lacks what it checks
# (old number, new number, context): the person changed their number; the service's records of them follow
MovedFn = Callable[[str, str, "Context"], Awaitable[None]]



@functools.cache  # the installed version does not change while the process runs; reading it parses its METADATA
def package_version() -> str:
    try:
        return version("smart-panchayat")
    except PackageNotFoundError:
        return "0"



@dataclass(frozen=True)
class ServiceSpec:
    """``handlers`` maps topic patterns to handlers; the first pattern matching ``envelope.type`` wins,
    so put specific patterns before wildcards. Every concrete binding must have a handler."""

    name: str
    bindings: tuple[str, ...]
    handlers: Mapping[str, HandlerFn]
    indexes: tuple[Index, ...] = ()
    menu: MenuEntry | None = None
    routes: RoutesFn | None = None
    texts: Catalog | None = None
    on_start: OnStartFn | None = None
    # What the machine must have (the PDF fonts of a service that draws documents), checked by ``run_checks``
    # before the process connects to the bus or its store: a machine without it stops with the fix, not after
    # declaring queues or writing a store it will never serve.
    checks: tuple[CheckFn, ...] = ()
    tasks: tuple[TaskFn, ...] = ()
    retention: tuple[Keep, ...] = ()  # records swept when old, besides the inbox every service has
    # What the service keeps under a person's number besides their chat (bookings, complaints, cases), taken to
    # their new number when WhatsApp says they changed it; run again on a redelivery, so it must be repeatable.
    on_number_changed: MovedFn | None = None
    # Topic patterns whose handlers keep their own record of what they did and produce the same outputs
    # when run again (the sender's sent log): the runtime skips its inbox read and write for them.
    self_deduplicating: tuple[str, ...] = ()
    # The fewest messages in flight this service works with, whatever ``PANCHAYAT_PREFETCH`` says (the sender: a
    # slot for each message while Meta answers its call, enough to keep its send rate).
    min_prefetch: int = 1
    version: str = field(default_factory=package_version)  # announced, for ops

    def __post_init__(self) -> None:
        if not self.name or "." in self.name or ":" in self.name:
            raise ValueError(f"service name {self.name!r} must be one word (it names a queue and reply ids)")
        if self.menu is not None and self.menu.service != self.name:
            raise ValueError(f"service {self.name}: menu entry belongs to {self.menu.service}")
        # the gateway tells a service of its sessions' ends only when its menu entry says it listens
        hears = any(topic_matches(key, f"{SESSION_LEFT}.{self.name}") for key in self.bindings)
        if self.menu is not None and self.menu.hears_left != hears:
            raise ValueError(f"service {self.name}: menu entry's hears_left must be {hears}, as its bindings "
                             f"{'consume' if hears else 'do not consume'} {SESSION_LEFT}.{self.name}")
        concrete = [key for key in self.bindings if "*" not in key and "#" not in key]
        unhandled = [key for key in concrete if self.handler_for(key) is None]
        if unhandled:
            raise ValueError(f"service {self.name}: no handler for {', '.join(unhandled)}")

    def run_checks(self) -> None:
        """Raises what the first failing check raises (``FontsMissing``: the fix is in its message)."""
        for check in self.checks:
            check()

    def deduplicates_itself(self, type: str) -> bool:
        return any(topic_matches(pattern, type) for pattern in self.self_deduplicating)

    def handler_for(self, type: str) -> HandlerFn | None:
        return next((fn for pattern, fn in self.handlers.items() if topic_matches(pattern, type)), None)
