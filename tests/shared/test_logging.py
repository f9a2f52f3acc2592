"""Logs: phones keep only their last 4 digits, money never shows, ids bound per message and cleared."""
from __future__ import annotations

import json

import pytest
import structlog

from shared.logging import bind_message, configure_logging, get_logger, mask, mask_phone_text


@pytest.fixture
def lines(capsys):
    """JSON log lines written since the test started; logging is configured inside the test's own call
    phase, where stderr is the captured one."""
    def read() -> list[dict]:
        return [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.strip()]
    yield read
    structlog.reset_defaults()


def test_phone_numbers_keep_their_last_four_digits():
    event = mask(None, "info", {"event": "x", "wa_id": "919800012345", "to": 919800012345,
                                "note": "call +919800012345 or 9800012345 today"})
    assert event["wa_id"] == "********2345" and event["to"] == "********2345"
    assert event["note"] == "call *********2345 or ******2345 today"
    assert mask_phone_text("order 12345 on 2025-03-01") == "order 12345 on 2025-03-01"
    assert mask_phone_text("got '" + "9" * 40 + "'") == "got '" + "*" * 36 + "9999'"  # Meta's words on a bad number


def test_money_fields_are_hidden_wherever_they_sit():
    event = mask(None, "info", {"event": "slip", "net_pay": 23150.5, "grossSalary": "₹ 25,000",
                                "slip": {"basic": 18000, "deductions": [1200, 300], "month": "2025-02"},
                                "booking_count": 3})
    assert event["net_pay"] == "***" and event["grossSalary"] == "***"
    assert event["slip"] == {"basic": "***", "deductions": ["***", "***"], "month": "2025-02"}
    assert event["booking_count"] == 3


def test_correlation_ids_are_bound_for_one_message_then_cleared(lines):
    configure_logging("DEBUG", json=True)
    log = get_logger("test")
    with bind_message("wamid.ABC", "env-1"):
        log.info("inside", phone="919800012345")
    log.info("outside")
    inside, outside = lines()
    assert (inside["correlation_id"], inside["envelope_id"]) == ("wamid.ABC", "env-1")
    assert inside["phone"] == "********2345"
    assert "correlation_id" not in outside and "envelope_id" not in outside


def test_a_new_message_never_inherits_the_previous_ids(lines):
    configure_logging("DEBUG", json=True)
    log = get_logger("test")
    structlog.contextvars.bind_contextvars(correlation_id="stale")
    with bind_message("wamid.NEW", "env-2"):
        log.info("handled")
    [line] = lines()
    assert line["correlation_id"] == "wamid.NEW"


def test_a_replaced_stderr_is_followed_not_a_closed_one_written_to(monkeypatch):
    import io
    first, second = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stderr", first)
    configure_logging("INFO", json=True)
    try:
        log = get_logger("t")
        log.info("one")
        first.close()
        monkeypatch.setattr("sys.stderr", second)
        log.info("two")
        assert json.loads(second.getvalue())["event"] == "two"
    finally:
        structlog.reset_defaults()
