"""'menu' after getting a pay slip said something half done was kept in Payroll for 30 minutes: the gateway cannot
tell. After a message that leaves nothing in progress (a slip or statement handed out, the payroll menu shown) the
service now says so (``wa.session.settled``, when it changes); while something the payroll row offers to carry on is
half done (a document's PIN asked, a new PIN typed once), it does not."""
from __future__ import annotations

from payroll_kit import pay


async def test_a_document_handed_out_leaves_nothing_in_progress(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    assert (await me.set_pin("739164")).settled  # the PIN set, the payroll menu shown
    assert not (await me.tap("payroll:slip")).settled  # the PIN asked
    got = await me.say("739164")
    assert len(got.pdfs) == 1 and got.settled
    assert (await me.say("back")).settled


async def test_in_bengali_the_statement_handed_out_leaves_nothing_in_progress(office, staff):
    await office.register()
    await office.import_month("2026-02", pay(credit_date="2026-02-27"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    assert (await me.tap("payroll:years")).settled  # a year to choose: nothing to carry on
    assert not (await me.tap("payroll:statement:2025-26")).settled  # its PIN asked
    got = await me.say("৭৩৯১৬৪")
    assert len(got.pdfs) == 1 and "বার্ষিক" in got.text and got.settled


async def test_what_is_offered_to_carry_on_is_in_progress_and_nothing_else(office, staff):
    """The main menu says something is kept only where the payroll row offers to carry it on (``left.in_progress``):
    a PIN typed once to confirm, a document's PIN asked; not the first-use question, nor a list to choose from,
    which the row opens afresh anyway."""
    await office.register()
    await office.import_month("2026-02")
    await office.import_month("2025-10", pay(credit_date="2025-10-30"))
    me = staff()
    assert (await me.tap("payroll:menu")).settled  # first use: a PIN to choose, the payroll start itself
    assert not (await me.say("739164")).settled  # typed once, to confirm
    await me.say("739164")
    assert (await me.tap("payroll:months")).settled  # the months listed to choose from
    assert (await me.say("কার্তিক")).settled  # which of two months
    assert not (await me.say("02/2026")).settled  # its PIN asked


async def test_in_bengali_the_pin_asked_is_in_progress_and_the_menu_is_not(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    await me.set_pin("739164")
    assert not (await me.say("ফেব্রুয়ারি ২০২৬")).settled
    back = await me.say("পিছনে")
    assert "payroll:slip" in back.choices and back.settled


async def test_it_is_said_only_when_it_changes(office, staff):
    """One event on the bus, and one write of the person's profile at the gateway, per change, not per message."""
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    assert (await me.set_pin("739164")).told == [True]  # confirmed, after it was typed once (in progress)
    assert (await me.say("back")).told == []
    assert (await me.tap("payroll:slip")).told == [False]  # the PIN asked
    assert (await me.say("739164")).told == [True]
