"""A service's periodic work (reminders due, complaints past their deadline): done now and again for as long
as the service runs, a failed round logged and tried again at the next; work one copy took on and then left
(``left_alone``) is taken on by another copy's round."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from shared.logging import get_logger

log = get_logger(__name__)
STALE_AFTER = timedelta(minutes=10)  # work a copy took on and left this long: that copy stopped or lost the broker


def left_alone(taken_at: str, now: datetime, stale_after: timedelta = STALE_AFTER) -> bool:
    """Whether work a copy took on at ``taken_at`` (an ISO time) has been left for ``stale_after``, so another
    copy's round may take it on; what it says carries ids derived from the work, so nothing is said twice."""
    return now - datetime.fromisoformat(taken_at) >= stale_after


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
