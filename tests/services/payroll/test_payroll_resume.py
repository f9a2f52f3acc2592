"""Back at payroll's row of the main menu with a slip's PIN asked, or a new PIN half-chosen: carry on, or start
again; never a PIN, nor its hash, in what is said."""
from __future__ import annotations

from payroll_kit import pay

from services.payroll.repository import Repositories

CARRY = {"payroll:resume": "Carry on", "payroll:restart": "Start again"}


async def test_a_slip_whose_pin_was_asked_is_offered_to_carry_on(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    await me.set_pin("739164")
    assert "PIN to get your pay slip for February 2026" in (await me.say("02/2026")).text
    back = await me.tap("payroll:menu")  # "menu" at the gateway, then Payroll on its main menu
    assert "You left this part-way through" in back.text
    assert "Your pay slip for February 2026: your PIN is asked" in back.text
    assert back.last.choices == CARRY
    carried = await me.tap("payroll:resume")
    assert "Type your PIN to get your pay slip for February 2026" in carried.text
    [pdf] = (await me.say("739164")).pdfs
    assert pdf


async def test_starting_again_opens_the_payroll_menu_as_before(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    await me.set_pin("739164")
    await me.tap("payroll:slip")
    await me.tap("payroll:menu")
    again = await me.tap("payroll:restart")
    assert "Hello Anima Mahato" in again.text and "payroll:slip" in again.choices
    assert "Hello Anima Mahato" in (await me.tap("payroll:menu")).text  # nothing is in progress now


async def test_a_new_pin_typed_once_is_confirmed_on_carrying_on_and_never_shown(office, staff, runtime):
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    await me.tap("payroll:menu")
    await me.say("মার্চ ২০২৬")  # no slip for it: the PIN is chosen with nothing asked
    await me.say("ফেব্রুয়ারি ২০২৬")
    assert "আর একবার" in (await me.say("739164")).text
    hashed = (await Repositories.of(runtime.store).chats.get(me.wa_id)).draft["hashed"]
    back = await me.tap("payroll:menu")
    assert "আপনি এটি মাঝপথে রেখে গিয়েছিলেন" in back.text
    assert "নতুন পিন ঠিক করা (একবার লেখা হয়েছে, এখনও নিশ্চিত করা হয়নি), তারপর ফেব্রুয়ারি ২০২৬-এর বেতন বিবরণী" \
        in back.text
    assert back.last.choices == {"payroll:resume": "চালিয়ে যান", "payroll:restart": "আবার শুরু করুন"}
    assert not any(secret in str(back.replies) for secret in ("739164", "৭৩৯১৬৪", hashed))
    carried = await me.tap("payroll:resume")
    assert carried.text.startswith("নিশ্চিত করতে পিনটি আর একবার লিখুন।")
    done = await me.say("739164")
    assert "পিন ঠিক হয়েছে" in done.text and len(done.pdfs) == 1  # the slip asked for before, at once


async def test_a_wrong_confirmation_after_carrying_on_chooses_again(office, staff):
    await office.register()
    me = staff()
    await me.tap("payroll:menu")
    await me.say("739164")
    back = await me.tap("payroll:menu")
    assert "Choosing a new PIN (typed once, not yet confirmed)" in back.text and "then" not in back.text
    await me.tap("payroll:resume")
    assert "did not match" in (await me.say("739165")).text
    assert "choose a PIN" in (await me.tap("payroll:menu")).text  # nothing typed now: the start, no offer


async def test_a_pin_set_meanwhile_is_not_replaced_by_carrying_on(office, staff, runtime):
    """The half-chosen PIN's confirmation would set it without the PIN in force ever being typed."""
    await office.register()
    me = staff()
    await me.tap("payroll:menu")
    await me.say("739164")
    repos = Repositories.of(runtime.store)
    access = await repos.access.get("GP-TEST-0001")
    await repos.access.save(access.with_pin("00" * 16, "ab" * 32))  # set from another chat of theirs
    assert "Hello Anima Mahato" in (await me.tap("payroll:menu")).text
    await me.tap("payroll:resume")  # an old offer tapped late
    assert (await repos.access.get("GP-TEST-0001")).hashed == "ab" * 32


async def test_after_half_an_hour_or_with_nothing_asked_the_row_opens_as_before(office, staff, clock):
    await office.register()
    await office.import_month("2026-02", pay())
    me = staff()
    assert "choose a PIN" in (await me.tap("payroll:menu")).text
    assert "choose a PIN" in (await me.tap("payroll:menu")).text  # the first-use question is the start
    await me.say("739164")
    await me.say("739164")
    await me.tap("payroll:slip")
    clock.advance(minutes=31)
    assert "Hello Anima Mahato" in (await me.tap("payroll:menu")).text

