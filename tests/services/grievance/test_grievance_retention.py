"""A half-written complaint is swept with its chat once idle a month: the person meets the complaints start, not an
error, nothing is lodged from it, and the complaints they lodged stay (an official record is never swept)."""
from __future__ import annotations

from shared.retention import INBOX, purge


async def sweep(runtime, clock) -> None:
    """The runtime's hourly sweep, at the test's clock."""
    for keep in (INBOX, *runtime.spec.retention):
        await purge(runtime.store, keep, clock())


async def test_a_complaint_left_unsubmitted_for_a_month_is_swept_and_the_person_meets_the_start(person, runtime,
                                                                                              clock):
    lodged = await person.lodge()
    summary = await person.draft(text="The street light by the market has been off for a month.")
    clock.advance(days=31)

    await sweep(runtime, clock)

    assert await runtime.store.collection("chats").get(person.wa_id) is None
    later = await person.tap(summary.choice("grievance:submit:"))
    assert "out of date" in later.text and {"grievance:new", "grievance:mine"} <= set(later.choices)
    assert not later.events
    tickets = await runtime.store.collection("tickets").find({"wa_id": person.wa_id})
    assert [t["_id"] for t in tickets] == [lodged]


async def test_a_complaint_left_unsubmitted_for_less_than_a_month_can_still_be_submitted(person, runtime, clock):
    summary = await person.draft()
    clock.advance(days=29)

    await sweep(runtime, clock)

    done = await person.tap(summary.choice("grievance:submit:"))
    assert done.event("grievance.ticket.lodged")["number"].startswith("GRV-")
