"""Locked out after wrong PINs, the employee was told to 'contact your office' and not which, nor how: the lock now
names the payroll desk of their office and its contact, as Forgot my PIN does, in their language."""
from __future__ import annotations

PIN = "739164"


async def test_the_lock_names_the_office_and_its_contact_in_bengali(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    await me.set_pin(PIN)
    await me.tap("payroll:slip")
    for _ in range(5):
        locked = await me.say("১১১২২২")
    assert "পর্যন্ত বন্ধ" in locked.text and "ইলু-জারগো গ্রাম পঞ্চায়েত (03252 255 014)" in locked.text, locked.text
    again = await me.say(PIN)  # the right PIN during the lock: the same answer, with whom to ask
    assert "ইলু-জারগো গ্রাম পঞ্চায়েত (03252 255 014)" in again.text and not again.pdfs, again.text


async def test_the_lock_held_until_a_reset_names_the_office_too(office, staff, clock):
    await office.register(office={"name": {"bn": "ইলু-জারগো গ্রাম পঞ্চায়েত", "en": "Ilu-Jargo Gram Panchayat"},
                                  "district": "Purulia", "block": "Jhalda-I", "gp": "Ilu-Jargo", "contact": ""})
    await office.import_month("2026-02")
    me = staff()
    await me.set_pin(PIN)
    for _ in range(3):
        await me.tap("payroll:slip")
        for _ in range(5):
            locked = await me.say("111222")
        clock.advance(minutes=31)
    assert "Only your office can open it" in locked.text, locked.text
    assert "Ilu-Jargo Gram Panchayat" in locked.text and "()" not in locked.text, locked.text
