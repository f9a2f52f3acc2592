"""Meta's error codes mapped to what the sender does about them."""
from __future__ import annotations

import pytest

from gateway.sender.client import ApiError, ApiUnreachable
from gateway.sender.policy import Action, Backoff, classify


@pytest.mark.parametrize(("code", "status", "action"), [
    (130429, 400, Action.SLOW_DOWN),
    (80007, 400, Action.SLOW_DOWN),
    (4, 400, Action.SLOW_DOWN),
    (131056, 400, Action.PAIR),
    (131047, 400, Action.WINDOW),
    (1, 400, Action.RETRY),
    (2, 503, Action.RETRY),
    (131000, 500, Action.RETRY),
    (None, 500, Action.RETRY),
    (None, 502, Action.RETRY),
    (None, 429, Action.RETRY),
    (131026, 400, Action.FAIL),
    (131051, 400, Action.FAIL),
    (100, 400, Action.FAIL),
    (None, 404, Action.FAIL),
    (190, 401, Action.ESCALATE),
    (10, 403, Action.ESCALATE),
    (None, 401, Action.ESCALATE),
    # the account, the number or a template is at fault, not the message: kept for a replay, never given up
    (131042, 400, Action.ESCALATE),
    (131031, 403, Action.ESCALATE),
    (368, 403, Action.ESCALATE),
    (131048, 400, Action.ESCALATE),
    (133010, 400, Action.ESCALATE),
    (132001, 404, Action.ESCALATE),
    (132015, 400, Action.ESCALATE),
    (132000, 400, Action.ESCALATE),
    (132018, 400, Action.FAIL),  # this message's parameters
])
def test_classify(code: int | None, status: int, action: Action) -> None:
    assert classify(ApiError(code, None, status, "x")) is action


def test_no_answer_is_retried() -> None:
    assert classify(ApiUnreachable("connection refused")) is Action.RETRY


def test_backoff_needs_an_attempt() -> None:
    with pytest.raises(ValueError):
        Backoff(attempts=0)


def test_backoff_delays_grow_and_stay_bounded() -> None:
    backoff = Backoff(attempts=6, base=0.5, cap=8.0)
    for retry, ceiling in enumerate([0.5, 1, 2, 4, 8, 8]):
        delays = [backoff.delay(retry) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
