"""A holder who changes their WhatsApp number: their certificates, the renewals due and the renewal reminder
follow them to the new number, and the old number (which may become someone else's) is a stranger to them."""
from __future__ import annotations

import pytest
from casework_kit import RINA, TAPAN, number_changed, reminders_seen

from services.noc import reminders
from services.noc.repository import Nocs
from shared.casework.moving import WHO
from shared.runtime.periodic import STALE_AFTER

VALID, DUE = "TNOC/2026/000045", "TNOC/2025/000310"
RINAS = {f"noc:view:{VALID}", f"noc:view:{DUE}"}
NEW = "919800000099"
ABROAD = "6591234567"  # Singapore: not an Indian mobile


@pytest.mark.parametrize("new", [NEW, ABROAD])
async def test_the_certificates_and_the_renewals_due_follow_the_holder(citizen, runtime, bus, new):
    before = await Nocs(runtime.store).get(DUE)
    await number_changed(bus, RINA, new)
    rina = citizen(new)
    assert set((await rina.tap("noc:mine")).choices) == RINAS
    assert set((await rina.tap("noc:renewals")).choices) == {f"noc:view:{DUE}"}
    assert "Owner: Rina Das" in (await rina.say(VALID)).text
    assert len((await rina.tap(f"noc:download:{VALID}")).pdfs) == 1
    gone, stranger = citizen(RINA), citizen(TAPAN)
    for ask in (lambda who: who.say(VALID), lambda who: who.tap(f"noc:download:{VALID}")):
        told = await ask(gone)
        assert told.text == (await ask(stranger)).text and told.pdfs == [] and "Rina" not in told.text
    assert "noc:view" not in str((await gone.tap("noc:mine")).choices)
    assert "noc:view" not in str((await gone.tap("noc:renewals")).choices)
    noc = await Nocs(runtime.store).get(DUE)
    [amendment] = noc.amendments
    assert amendment.by == WHO and noc.holder == new and noc.history == before.history


@pytest.mark.parametrize("new", [NEW, ABROAD])
async def test_the_renewal_reminder_goes_to_the_new_number(runtime, bus, new):
    await number_changed(bus, RINA, new)
    assert await reminders.send_due(runtime.context) == 1
    await bus.drain()
    [reminder] = reminders_seen(bus)
    assert reminder.payload["to"] == new


async def test_a_sweep_that_read_the_certificate_before_the_change_leaves_it_to_the_next(runtime, bus, clock):
    """The sweep holds the certificate as it read it; claimed now, its reminder would go to the old number."""
    nocs = Nocs(runtime.store)
    read_before = await nocs.get(DUE)
    await number_changed(bus, RINA, NEW)
    assert not await nocs.claim_reminder(read_before, clock.now, stale_after=STALE_AFTER)
    assert await reminders.send_due(runtime.context) == 1
    await bus.drain()
    assert [r.payload["to"] for r in reminders_seen(bus)] == [NEW]
