"""A guest who changed their WhatsApp number (``wa.person.number_changed``): their bookings follow them, the
old number (which the telephone company may give someone else) is answered as a stranger is, and a change
said twice moves nothing more."""
from __future__ import annotations

from tourism_kit import Guest

from services.tourism import reminders
from services.tourism.repository import Repositories
from shared.envelope import Envelope

NEW = "919811111199"


async def _changed(bus, old: str, new: str = NEW) -> None:
    await bus.publish(Envelope(type="wa.person.number_changed", payload={"wa_id": old, "new_wa_id": new}))
    await bus.drain()


async def test_the_bookings_follow_the_guest_to_the_new_number_and_the_old_one_shows_none(
        guest, make_guest, runtime, bus, clock):
    other = make_guest(name="Amit Roy")
    await guest.book("mukutmanipur-double", "2026-03-03")
    await guest.book("lataguri-standard", "2026-06-10")
    await other.book("jayanti-tent", "2026-06-12")
    await _changed(bus, guest.wa_id)
    moved = Guest(bus, runtime.store, NEW)

    mine = await moved.tap("tourism:mine")
    assert set(mine.last.choices) == {"tourism:view:PT-2026-000001", "tourism:view:PT-2026-000002"}
    typed = await moved.say("PT-2026-000002")
    assert "*PT-2026-000002* (confirmed)" in typed.text and "Lataguri" in typed.text
    for attempt in (guest.tap("tourism:mine"), guest.say("PT-2026-000002"), guest.tap("tourism:cancel:PT-2026-000002")):
        answer = await attempt
        assert "Lataguri" not in answer.text and "Mukutmanipur" not in answer.text and not answer.events
    assert "You have no bookings yet" in (await guest.tap("tourism:mine")).text
    assert "There is no booking PT-2026-000002 among your bookings." in (
        await guest.tap("tourism:view:PT-2026-000002")).text

    ask = await moved.tap("tourism:cancel:PT-2026-000002")
    done = await moved.tap(ask.choice("tourism:cancelyes:"))
    assert done.event("tourism.booking.cancelled")["number"] == "PT-2026-000002"
    clock.advance(days=1)
    assert await reminders.send_due(runtime.context) == 1
    await bus.drain()
    [reminder] = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload.get("template")]
    assert reminder["to"] == NEW and "PT-2026-000001" in reminder["message"]["text"]["body"]
    kept = await Repositories.of(runtime.store).bookings.get("PT-2026-000003")
    assert kept is not None and kept.wa_id == other.wa_id  # nobody else's booking moves


async def test_a_number_change_said_again_moves_nothing_more(guest, runtime, bus):
    await guest.book("lataguri-standard", "2026-06-10")
    await _changed(bus, guest.wa_id)
    bookings = Repositories.of(runtime.store).bookings
    before = await bookings.get("PT-2026-000001")
    await _changed(bus, guest.wa_id)  # run again, as after a crash before its inbox record
    after = await bookings.get("PT-2026-000001")
    assert after == before and after is not None and after.wa_id == NEW
    assert await bus.dead_letters("tourism") == []
