"""The sender's sweep: a START that undid a STOP goes after a month; a STOP stays and goes on stopping notices."""
from __future__ import annotations

from datetime import timedelta

from sender_kit import RECIPIENT, SenderStack, outbound

from shared.envelope import Envelope, utcnow
from shared.retention import INBOX, purge

STOPPED, STARTED = "919800000077", "919800000078"


async def said(stack: SenderStack, wa_id: str, type: str, days_ago: float) -> None:
    at = utcnow() - timedelta(days=days_ago)
    await stack.bus.publish(Envelope(type=type, payload={"wa_id": wa_id}, occurred_at=at))
    await stack.bus.drain()


async def test_a_stop_outlives_every_sweep_and_a_start_goes_after_a_month(stack: SenderStack) -> None:
    await said(stack, STOPPED, "wa.person.opted_out", 3000)
    await said(stack, STARTED, "wa.person.opted_out", 40)
    await said(stack, STARTED, "wa.person.opted_in", 31)
    await said(stack, RECIPIENT, "wa.person.opted_in", 29)
    store = stack.runtime.store
    for keep in (INBOX, *stack.runtime.spec.retention):
        await purge(store, keep, utcnow())

    optout = store.collection("optout")
    assert await optout.get(STARTED) is None and await optout.get(RECIPIENT) is not None
    assert await stack.sender.optouts.opted_out(STOPPED)
    suppressed = await stack.publish(outbound(notification=True, to=STOPPED))
    await stack.publish(outbound(notification=True, to=STARTED))
    assert [s["to"] for s in stack.sends] == [STARTED]
    assert (await stack.record(suppressed.id))["state"] == "suppressed"  # type: ignore[index]
