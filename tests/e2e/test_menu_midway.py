"""The main menu asked for in the middle of a service's conversation is a way out, not a loss: back at that service,
the person carries on where they stopped, with what they gave, or starts again. Through the real webhook, services
and fake Cloud API."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from shared.india import today_in_india

from .conftest import System
from .test_menu_words import answer, at_the_menu, said

GUEST, VILLAGER = "919811100001", "919811100002"


async def test_a_booking_left_for_the_menu_is_carried_on(system: System):
    sent = await at_the_menu(system, GUEST, "en")
    for reply_id, title in [("tourism:menu", "Tourism"), ("tourism:book", "Book a room"),
                            ("tourism:district:jalpaiguri", "Jalpaiguri"),
                            ("tourism:property:lataguri-eco", "Lataguri"),
                            ("tourism:room:lataguri-standard", "Standard")]:
        await system.tap(GUEST, reply_id, title, kind="list" if reply_id.count(":") > 1 else "button")
        sent += 1
        await system.replies(GUEST, sent)
    check_in = today_in_india(datetime.now(UTC)) + timedelta(days=3)  # a day to come, as a guest types it
    reply, sent = await answer(system, GUEST, f"{check_in.day} {check_in:%B}", sent)
    assert "How many nights" in reply, reply
    reply, sent = await answer(system, GUEST, "hi", sent)
    await system.tap(GUEST, "tourism:menu", "Tourism")
    offer = (await system.replies(GUEST, sent + 1))[-1]
    assert "You left this part-way through" in said(offer) and "Lataguri" in said(offer), said(offer)
    await system.tap(GUEST, "tourism:resume", "Carry on")
    assert "How many nights" in said((await system.replies(GUEST, sent + 2))[-1])
    reply, _ = await answer(system, GUEST, "2", sent + 2)
    assert "How many guests" in reply, reply


async def test_a_complaint_half_written_survives_the_menu_in_bengali(system: System):
    sent = await at_the_menu(system, VILLAGER, "bn")
    for reply_id, title in [("grievance:menu", "অভিযোগ জানান"), ("grievance:new", "নতুন অভিযোগ")]:
        await system.tap(VILLAGER, reply_id, title)
        sent += 1
        await system.replies(VILLAGER, sent)
    await system.tap(VILLAGER, "grievance:cat:water", "পানীয় জল", kind="list")
    sent = len(await system.replies(VILLAGER, sent + 1))
    reply, sent = await answer(system, VILLAGER, "মেনু", sent)
    await system.tap(VILLAGER, "grievance:menu", "অভিযোগ জানান")
    offer = said((await system.replies(VILLAGER, sent + 1))[-1])
    assert "আপনি এটি মাঝপথে রেখে গিয়েছিলেন" in offer and "পানীয় জল" in offer, offer
    await system.tap(VILLAGER, "grievance:resume", "চালিয়ে যান")
    carried = said((await system.replies(VILLAGER, sent + 2))[-1])
    assert carried.startswith("সমস্যাটি কোথায়?"), carried  # the question after the subject: the subject is kept


async def test_a_new_pin_typed_once_survives_the_menu(system: System):
    """An employee of the demo without a PIN yet (GP-PUR-0027) types a new PIN, then "menu": back at Payroll the
    PIN is only to be confirmed, and it is never repeated back."""
    employee = "919800000003"
    sent = await at_the_menu(system, employee, "en")
    await system.tap(employee, "payroll:menu", "Payroll", kind="list")
    sent += 1
    assert "choose a PIN" in said((await system.replies(employee, sent))[-1])
    reply, sent = await answer(system, employee, "739164", sent)
    assert "once more" in reply, reply
    reply, sent = await answer(system, employee, "menu", sent)
    await system.tap(employee, "payroll:menu", "Payroll", kind="list")
    offer = said((await system.replies(employee, sent + 1))[-1])
    assert "Choosing a new PIN (typed once, not yet confirmed)" in offer and "739164" not in offer, offer
    await system.tap(employee, "payroll:resume", "Carry on")
    assert said((await system.replies(employee, sent + 2))[-1]).startswith("Type the same PIN once more")
    reply, _ = await answer(system, employee, "739164", sent + 2)
    assert "Your PIN is set" in reply, reply
