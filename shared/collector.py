"""Python's cycle collector, set for a process that runs one role for days.

Left as it comes, the collector looks at the newest objects every 700 allocations and at everything the
process holds every hundredth time: at full load a role ran some twenty collections a second and a full one
every six, each full one walking the ~110,000 objects of a started role (modules, pydantic's validators,
settings, connections) for 30-40 ms of CPU in which no message of that copy moves. Those objects live as long
as the process; walking them finds nothing.

``settle()``, once the role has started, moves everything alive then out of the collector's sight
(``gc.freeze``) and lets 10,000 allocations, not 700, pass between young collections. Measured with
``bench/gcprobe`` flat out on RabbitMQ (4,800 chat turns): the collector took 4.8-9.4 % of a role's CPU
with Python's settings and 1.1-2.7 % settled, start-up's own collections included (PERFORMANCE.md, tenth
round). Young collections still run, so cycles made while serving are freed as before; an object alive at
start-up that becomes garbage later is not, which only start-up objects can be, once.

A PDF worker settles after its first render, once the fonts it keeps for its life are parsed: it spent a tenth
of its CPU in the collector, over the ~120,000 objects fonttools and fpdf2 leave alive.
"""
from __future__ import annotations

import gc

from shared.logging import get_logger

log = get_logger(__name__)

YOUNG_EVERY = 10_000  # allocations (less deallocations) between collections of the newest objects
_settled = False


def settle(*, announce: bool = True) -> None:
    """Freeze what start-up left alive and space the young collections; once per process. ``announce=False``
    in a process whose logging is not set up (a PDF worker)."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.collect()  # start-up's own garbage goes first, so none of it is frozen
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_EVERY, middle, oldest)
    if announce:
        log.info("process.collector_settled", frozen=gc.get_freeze_count(), young_every=YOUNG_EVERY)


async def after_start(_app: object) -> None:
    """``settle`` as an aiohttp ``on_startup`` hook: appended after the app's own, it runs once every role of
    the process has started."""
    settle()
