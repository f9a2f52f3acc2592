"""A ticket's rules on their own (pure, no store): the status moves, the 15-day reopening window to the
minute, ratings, escalation up to the district and not beyond, and a retried message found already applied."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from services.grievance import events
from services.grievance.domain import Refused, Ticket

AT = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # 10:30 on 2 March in West Bengal
END_OF_9_MARCH = datetime(2026, 3, 9, 18, 30, tzinfo=UTC)  # midnight in West Bengal: seven days after 2 March


def ticket(**changes: object) -> Ticket:
    made = Ticket(number="GRV-2026-000001", origin="o", wa_id="919733000001", person="p-1", category="water",
                  district="703", block="7035", gp="703506", description="The well is dry.", lodged_at=AT,
                  due=date(2026, 3, 9), level_due=END_OF_9_MARCH, sla_days=7)
    return made.moved("lodged", by="person", now=AT).model_copy(update=changes)


def refused(key: str, call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Refused) as caught:
        call()
    assert caught.value.key == key


def test_status_moves_follow_the_office_path():
    acknowledged = ticket().change_status("acknowledged", by="gp", now=AT)
    refused("status_not_allowed", lambda: acknowledged.change_status("acknowledged", by="gp", now=AT))
    refused("atr_needed", lambda: acknowledged.change_status("resolved", by="gp", now=AT, atr="  "))
    refused("reason_needed", lambda: acknowledged.change_status("rejected", by="gp", now=AT, reason="x"))
    done = acknowledged.change_status("resolved", by="gp", now=AT + timedelta(days=3), atr="Fixed the pump.")
    assert (done.status, done.atr, done.resolved_at, done.within_deadline()) == ("resolved", "Fixed the pump.",
                                                                                AT + timedelta(days=3), True)
    refused("status_not_allowed", lambda: done.change_status("in_progress", by="gp", now=AT))
    assert [s.status for s in done.history] == ["lodged", "acknowledged", "resolved"]


def test_reopening_is_open_for_15_days_to_the_minute_and_rating_is_1_to_5():
    done = ticket().change_status("resolved", by="gp", now=AT, atr="Fixed the pump.")
    edge = done.reopen("The pump broke again today.", now=AT + timedelta(days=15))
    assert edge.status == "reopened" and edge.resolved_at is None and edge.reopened == 1
    refused("reopen_too_late", lambda: done.reopen("The pump broke again today.",
                                                   now=AT + timedelta(days=15, minutes=1)))
    refused("reopen_not_finished", lambda: ticket().reopen("The pump broke again today.", now=AT))
    refused("reopen_reason_short", lambda: done.reopen("🤬" * 11, now=AT))
    refused("reopen_reason_short", lambda: done.reopen("!!!! ?? 1234", now=AT))
    assert done.reopen("পাম্প আবার খারাপ", now=AT).status == "reopened"  # Bengali letters are letters
    refused("rating_range", lambda: done.rate(7, now=AT))
    refused("rating_range", lambda: done.rate(0, now=AT))
    refused("rate_not_resolved", lambda: edge.rate(4, now=AT))
    rated = done.rate(5, now=AT)
    assert rated.status == "closed" and rated.rating == 5
    refused("already_rated", lambda: rated.rate(3, now=AT))  # once, not "not resolved"


def test_escalation_climbs_once_per_deadline_and_stops_at_the_district():
    lodged = ticket()
    assert lodged.escalate(END_OF_9_MARCH - timedelta(minutes=1)) is None
    block = lodged.escalate(END_OF_9_MARCH)
    end_of_17_march = END_OF_9_MARCH + timedelta(days=8)  # moved on 10 March in India: seven days from then
    assert block is not None and block.level == "block" and block.level_due == end_of_17_march
    assert block.escalate(end_of_17_march - timedelta(minutes=1)) is None
    district = block.escalate(end_of_17_march)
    assert district is not None and district.level == "district"
    assert district.escalate(AT + timedelta(days=99)) is None
    closed = lodged.change_status("rejected", by="gp", now=AT, reason="Not a panchayat matter.")
    assert closed.escalate(AT + timedelta(days=99)) is None


def test_a_status_event_from_a_retried_message_still_names_the_previous_status():
    done = ticket().change_status("resolved", by="gp", now=AT, atr="Fixed the pump.")
    closed = done.rate(4, now=AT)
    assert events.status_changed(done, closed, "person").previous == "resolved"
    assert events.status_changed(closed, closed, "person").previous == "resolved"
