"""The ops events every service queue hears besides its own types.

The gateway asks for menus (``MENU_REQUESTED``) when it starts; each service answers, as it does when it
starts itself, with its announcement (``ANNOUNCED``: name, version, menu entry). A message that exhausted
its retries somewhere is announced as ``ops.message.dead``: the service whose queue it was counts it and
tells the person whose message it was (``unanswered``).
"""
from __future__ import annotations

from shared.bus import Bus
from shared.envelope import Envelope
from shared.logging import get_logger
from shared.metrics import Metrics
from shared.runtime.unanswered import Unanswered

log = get_logger(__name__)

ANNOUNCED = "ops.service.announced"
MENU_REQUESTED = "ops.menu.requested"


async def dead(event: Envelope, *, service: str, bus: Bus, metrics: Metrics, unanswered: Unanswered) -> None:
    """Every service queue hears every ``ops.message.dead`` (rare); each counts only its own, and
    copies of a service compete for the event, so each dead letter is counted once, and the person whose
    message it was is told once (``unanswered``)."""
    if event.payload.get("queue") != service:
        return
    metrics.dead_letters.labels(service=service).inc()
    apology = await unanswered.apology(event, service)
    if apology is not None:
        await bus.publish(apology, mandatory=False)
        log.info("runtime.unanswered_told", service=service)
