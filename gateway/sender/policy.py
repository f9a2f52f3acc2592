"""What to do about each Cloud API error, decided in one table.

Meta answers most errors with HTTP 400 whatever their nature (130429 and 131056 included), so the
decision follows Meta's ``code`` first and falls back to the HTTP status only when there is no code.
Authorisation failures are not the message's fault: they go back to the bus (retried, then dead-lettered
with an ``ops.message.dead`` event) instead of being reported as undeliverable to the person's service. So do
the errors Meta gives for the account, the number or an approved template rather than for the message (a
payment problem, a locked or policy-blocked account, an unregistered number, a spam restriction, a template
that is missing, paused, disabled or takes other parameters): every message fails alike until someone fixes
it, and a dead letter can be replayed then, where a message given up as undeliverable is lost.
"""
from __future__ import annotations

import enum
import random
from dataclasses import dataclass

from gateway.sender.client import ApiError, ApiUnreachable


class Action(enum.Enum):
    RETRY = "retry"          # transient: back off and try again
    SLOW_DOWN = "slow_down"  # the number's throughput is exceeded: halve the rate, try again
    PAIR = "pair"            # too many messages to this one person: hold them back, try again
    WINDOW = "window"        # 24-hour window closed: use the template, if there is one
    FAIL = "fail"            # permanent for this message: report wa.delivery.failed, never retry
    ESCALATE = "escalate"    # our own configuration or account is broken: let the bus retry and dead-letter


THROTTLE_CODES = frozenset({4, 80007, 130429})
TRANSIENT_CODES = frozenset({1, 2, 131000, 131016, 133004})
AUTH_CODES = frozenset({0, 3, 10, 190, *range(200, 300)})
# 368 blocked for policy violations, 131031 account locked, 131037 display name not approved, 131042 payment,
# 131045 certificate, 131048 spam rate limit, 133010 number not registered; templates: 132000 parameter count,
# 132001 no such template (in that language), 132012 parameter format, 132015 paused, 132016 disabled.
ACCOUNT_CODES = frozenset({368, 131031, 131037, 131042, 131045, 131048, 133010,
                           132000, 132001, 132012, 132015, 132016})
PAIR_CODE = 131056
WINDOW_CODE = 131047


def classify(error: ApiError) -> Action:
    if isinstance(error, ApiUnreachable):
        return Action.RETRY
    code = error.code
    if code in THROTTLE_CODES:
        return Action.SLOW_DOWN
    if code == PAIR_CODE:
        return Action.PAIR
    if code == WINDOW_CODE:
        return Action.WINDOW
    if code in TRANSIENT_CODES:
        return Action.RETRY
    if code in AUTH_CODES or code in ACCOUNT_CODES or error.http_status in (401, 403):
        return Action.ESCALATE
    status = error.http_status or 0
    if status == 429 or status >= 500:
        return Action.RETRY
    return Action.FAIL


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter for in-process retries; the bus takes over after ``attempts``.

    Kept short on purpose: a handler holds a prefetch slot while it waits, and the broker's retry
    queues are the place for long waits.
    """

    attempts: int = 4
    base: float = 0.5
    cap: float = 8.0

    def __post_init__(self) -> None:
        if self.attempts < 1 or self.base < 0 or self.cap < 0:
            raise ValueError("backoff needs at least one attempt and non-negative delays")

    def delay(self, retry: int, rng: random.Random | None = None) -> float:
        """Seconds before retry number ``retry`` (0-based): between half and all of base·2^retry."""
        ceiling = min(self.cap, self.base * 2 ** retry)
        return (rng or random).uniform(ceiling / 2, ceiling)
