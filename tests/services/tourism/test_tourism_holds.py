"""Holds that lapse on a clock the test moves, races between copies of the service, and redelivery."""
from __future__ import annotations

import asyncio
from datetime import date

from tourism_kit import pdf_text

from services.tourism.repository import Repositories, chats
from shared.runtime.inbox import Inbox
from shared.store import Conflict

LAST_ROOM = "tinchuley-dorm"  # the demo's one-room type
NIGHT = "2026-05-01"


async def test_an_unconfirmed_hold_is_released_after_ten_minutes(make_guest, clock):
    first, second = make_guest(), make_guest()
    held = await first.quote(LAST_ROOM, NIGHT, nights=1, guests=4)
    assert "held for you until 10:40" in held.text
    refused = await second.quote(LAST_ROOM, NIGHT, nights=1, guests=4)
    assert "Sorry, no room of this kind is free on those dates" in refused.text
    clock.advance(minutes=9, seconds=59)
    await second.tap("tourism:rooms:1")
    assert "no room of this kind is free" in (await second.tap("tourism:name:profile")).text
    clock.advance(seconds=1)
    await second.tap("tourism:rooms:1")
    taken = await second.tap("tourism:name:profile")
    assert "held for you until 10:50" in taken.text

    too_late = await first.tap(held.choice("tourism:confirm:"))

    assert "Sorry, no room of this kind is free" in too_late.text and not too_late.events
    booked = await second.tap(taken.choice("tourism:confirm:"))
    assert booked.event("tourism.booking.confirmed")["number"] == "PT-2026-000001"


async def test_a_lapsed_hold_whose_rooms_are_still_free_is_held_again_and_shown(guest, clock):
    held = await guest.quote(LAST_ROOM, NIGHT, nights=1, guests=4)
    clock.advance(minutes=30)
    renewed = await guest.tap(held.choice("tourism:confirm:"))
    assert "Your hold had run out, but the rooms are still free" in renewed.text
    assert "held for you until 11:10" in renewed.text and not renewed.events
    booked = await guest.tap(renewed.choice("tourism:confirm:"))
    assert "PT-2026-000001" in booked.text


async def test_a_lapsed_hold_held_again_at_a_new_price_says_the_total_changed(make_guest, runtime, clock):
    """Quoted ₹3,150 in the evening, Confirm tapped the next morning after the office raised the tariff: the rooms
    are held again at ₹3,780, and the guest is told the total went up before being asked to confirm it."""
    english, bengali = make_guest(), make_guest("bn")
    quoted = [await guest.quote(LAST_ROOM, night, nights=1, guests=4)
              for guest, night in ((english, NIGHT), (bengali, "2026-05-02"))]
    catalog = Repositories.of(runtime.store).catalog
    room, version = await catalog.room_type_version(LAST_ROOM)
    await catalog.save_room_type(room.model_copy(update={"tariff": 3600}), version=version)
    clock.advance(hours=14)

    renewed = await english.tap(quoted[0].choice("tourism:confirm:"))
    said = await bengali.tap(quoted[1].choice("tourism:confirm:"))

    assert "the price has changed since: the total was ₹3,150 and is now ₹3,780" in renewed.text
    assert "*Total: ₹3,780*" in renewed.text and not renewed.events
    assert "দাম বদলেছে: আগের হিসাবে মোট ছিল ₹৩,১৫০, এখন ₹৩,৭৮০" in said.text and "*মোট: ₹৩,৭৮০*" in said.text
    booked = await english.tap(renewed.choice("tourism:confirm:"))
    assert booked.event("tourism.booking.confirmed")["total_paise"] == 378000


async def test_a_quote_confirmed_after_its_check_in_has_passed_in_india_books_nothing(guest, runtime, clock):
    """Quoted on 1 March for the night of 2 March, confirmed on 4 March: the hold ran out long ago, and the
    rooms are free, but the night is over; the guest is asked for another day instead of paying for it."""
    held = await guest.quote(LAST_ROOM, "2026-03-02", nights=1, guests=4)
    clock.advance(days=3)
    late = await guest.tap(held.choice("tourism:confirm:"))
    assert "That date has passed. Please give today or a later date." in late.text
    assert "When do you arrive" in late.text and "tourism:date:2026-03-04" in late.last.choices
    assert not late.events and await Repositories.of(runtime.store).bookings.by_draft(
        held.choice("tourism:confirm:").split(":")[-1]) is None


async def test_a_stay_chosen_yesterday_and_quoted_today_for_yesterday_asks_for_another_day(guest, clock):
    """The room count tapped from the list the guest left the evening before: by India's midnight its check-in
    (that evening) has passed, and no rooms are held for it."""
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{LAST_ROOM}")
    await guest.tap("tourism:date:2026-03-01")
    await guest.tap("tourism:nights:1")
    await guest.tap("tourism:guests:4")
    clock.now = clock.now.replace(hour=18, minute=35)  # 00:05 on 2 March in West Bengal
    await guest.tap("tourism:rooms:1")
    late = await guest.tap("tourism:name:profile")
    assert "That date has passed" in late.text and "Tap *Confirm* to book" not in late.text
    assert "tourism:date:2026-03-02" in late.last.choices


async def test_fifty_people_racing_two_copies_for_the_last_room_get_one_quote(make_guest, make_runtime, runtime,
                                                                            bus):
    await make_runtime()  # a second copy of the service, competing on the same queue and store
    people = [make_guest() for _ in range(50)]
    for person in people:
        await person.tap(f"tourism:room:{LAST_ROOM}")
        await person.tap(f"tourism:date:{NIGHT}")
        await person.tap("tourism:nights:1")
        await person.tap("tourism:guests:4")
        await person.tap("tourism:rooms:1")
    taps = [person.envelope(reply_id="tourism:name:profile") for person in people]
    await asyncio.gather(*(bus.publish(envelope) for envelope in taps))
    await bus.drain()
    answers = [await person.outcome(envelope) for person, envelope in zip(people, taps, strict=True)]

    quoted = [a for a in answers if "Tap *Confirm* to book" in a.text]
    sorry = [a for a in answers if "Sorry, no room of this kind is free" in a.text]
    assert (len(quoted), len(sorry)) == (1, 49)
    winner = people[answers.index(quoted[0])]
    booked = await winner.tap(quoted[0].choice("tourism:confirm:"))
    assert booked.event("tourism.booking.confirmed")["number"] == "PT-2026-000001"
    repos = Repositories.of(runtime.store)
    night = await repos.inventory.night(await repos.catalog.room_type(LAST_ROOM), date(2026, 5, 1))
    assert [c.kind for c in night.claims.values()] == ["booking"] and night.free(runtime.context.now()) == 0
    assert len(await repos.bookings.for_guest(winner.wa_id)) == 1


async def test_a_double_tap_on_confirm_makes_one_booking(guest, bus, runtime):
    quote = await guest.quote("lataguri-ac", "2026-06-01")
    confirm = quote.choice("tourism:confirm:")
    taps = [guest.envelope(reply_id=confirm), guest.envelope(reply_id=confirm)]
    await asyncio.gather(*(bus.publish(envelope) for envelope in taps))
    await bus.drain()
    first, second = [await guest.outcome(envelope) for envelope in taps]
    events = [e.type for e in (*first.events, *second.events)]
    assert events.count("tourism.booking.confirmed") == 1
    said = sorted("Booked!" if "Booked!" in a.text else "already" if "already confirmed" in a.text else a.text
                  for a in (first, second))
    assert said == ["Booked!", "already"]
    repos = Repositories.of(runtime.store)
    [booking] = await repos.bookings.for_guest(guest.wa_id)
    room = await repos.catalog.room_type("lataguri-ac")
    later = runtime.context.now().replace(year=2027)  # long after any hold would have lapsed
    assert await repos.inventory.held(room, booking.nights_list(), booking.draft_id, later, "booking")


async def test_a_redelivered_message_publishes_the_same_replies_again(guest, bus):
    quote = await guest.quote("lataguri-ac", "2026-06-01")
    envelope = guest.envelope(reply_id=quote.choice("tourism:confirm:"))
    first = await guest.send(envelope)
    again = await guest.send(envelope)
    assert [r.payload for r in again.replies] == [r.payload for r in first.replies]
    assert [e.id for e in again.events] == [e.id for e in first.events]
    seen = [e for e in bus.seen if e.type == "tourism.booking.confirmed"]
    assert len({e.id for e in seen}) == 1


async def test_a_copy_stopped_after_saving_the_chat_replays_the_same_replies(guest, runtime, monkeypatch):
    """The copy saved the chat and stopped before the inbox recorded the message: the redelivery finds the
    chat moved already and publishes what it kept, the voucher with its file, instead of booking again."""
    quote = await guest.quote("lataguri-ac", "2026-06-01")
    envelope = guest.envelope(reply_id=quote.choice("tourism:confirm:"))
    real_record, stopped = Inbox.record, []

    async def stops_once(self, message, outputs, at):
        if message.id == envelope.id and not stopped:
            stopped.append([o.id for o in outputs])
            raise ConnectionError("the copy stopped here")
        return await real_record(self, message, outputs, at)

    monkeypatch.setattr(Inbox, "record", stops_once)
    booked = await guest.send(envelope)
    record = await runtime.store.collection("_inbox").get(envelope.id)
    assert stopped and [o["id"] for o in record["outputs"]] == stopped[0]  # the same ids: repeats are dropped
    assert booked.event("tourism.booking.confirmed")["number"] == "PT-2026-000001"
    [pdf] = booked.pdfs
    assert "PT-2026-000001" in pdf_text(pdf)
    assert len(await Repositories.of(runtime.store).bookings.for_guest(guest.wa_id)) == 1


async def test_a_copy_stopped_before_saving_the_chat_confirms_in_full_on_the_retry(guest, monkeypatch):
    quote = await guest.quote("lataguri-ac", "2026-06-01")
    real_save, calls = chats.Chats.save, []

    async def save_fails_once(self, chat, **kwargs):
        calls.append(chat.step)
        if len(calls) == 1:
            raise Conflict("the copy stopped here")
        await real_save(self, chat, **kwargs)

    monkeypatch.setattr(chats.Chats, "save", save_fails_once)
    booked = await guest.tap(quote.choice("tourism:confirm:"))
    assert len(calls) == 2
    assert "Booked! Your booking number is *PT-2026-000001*" in booked.text
    assert booked.event("tourism.booking.confirmed")["number"] == "PT-2026-000001"
    assert any(r.pdf for r in booked.replies)
