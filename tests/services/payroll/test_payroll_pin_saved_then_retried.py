"""A slip asked for before a PIN is set: the PIN typed twice is saved, then the slip is rendered. When that message's
first attempt stopped after the save (a process killed, a PDF that failed to render) and the bus delivered it again,
the retry found a PIN set and said "A PIN was set for your pay slips meanwhile, so the one you typed was not saved":
untrue, and the slip never came. The PIN stored is this very one (its salt and hash are the chat's own): the retry
carries on, the PIN said to be set and the slip handed out; a PIN set from another chat still is not replaced."""
from __future__ import annotations

from services.payroll.conversation import deliver
from services.payroll.domain.access import new_salt, pin_hash
from services.payroll.repository import Repositories

PIN, OTHER = "739164", "582046"


async def asked_and_typed_once(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    await me.tap("payroll:slip")  # no PIN yet: one to choose, the slip kept for when it is set
    await me.say(PIN)
    return me


async def test_a_retry_after_the_pin_was_saved_hands_out_the_slip(office, staff, monkeypatch):
    me = await asked_and_typed_once(office, staff)
    real, tries = deliver.hand_out, []

    async def stops_once(turn, want):
        tries.append(want)
        if len(tries) == 1:
            raise RuntimeError("the render pool broke")  # after the PIN was saved
        await real(turn, want)

    monkeypatch.setattr(deliver, "hand_out", stops_once)
    done = await me.say(PIN)
    assert len(tries) == 2, "the bus delivered the confirmation again"
    assert "was not saved" not in done.text and "Your PIN is set" in done.text, done.text
    assert done.pdfs, "the slip asked for before the PIN"
    access = await Repositories.of(me.store).access.get("GP-TEST-0001")
    assert access.has_pin and access.failed == 0


async def test_a_pin_set_from_another_chat_meanwhile_is_still_not_replaced(office, staff):
    me = await asked_and_typed_once(office, staff)
    repos = Repositories.of(me.store)
    access = await repos.access.get("GP-TEST-0001")
    salt = new_salt()  # another chat of the employee's set its own PIN first
    await repos.access.save(access.with_pin(salt, pin_hash(OTHER, salt)))
    told = await me.say(PIN)
    assert "A PIN was set for your pay slips meanwhile" in told.text and not told.pdfs, told.text
    assert (await repos.access.get("GP-TEST-0001")).salt == salt
