"""A service's periodic work (reminders due, complaints past their deadline): done now and again for as long
as the service runs, a failed round logged and tried again at the next."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from shared.logging import get_logger

log = get_logger(__name__)


async def repeat(work: Callable[[], Awaitable[int]], *, every: float, done: str, failed: str,
                 first_after: float = 0.0) -> None:
    """Wait ``first_after`` seconds, then run ``work`` every ``every`` seconds. ``work`` returns how many
    things it did; a round that did some is logged as ``done`` with the count, a round that raised as
    ``failed`` with its traceback, and neither stops the next."""
    await asyncio.sleep(first_after)
    while True:
        try:
            count = await work()
            if count:
                log.info(done, count=count)
        except Exception:  # noqa: BLE001 - one failed round must not stop the next
            log.exception(failed)
        await asyncio.sleep(every)
