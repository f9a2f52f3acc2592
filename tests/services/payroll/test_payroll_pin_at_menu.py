"""A PIN typed at the payroll menu, before choosing a slip, was answered 'not understood': the employee is now told
that the PIN is asked once they have chosen, the same whether it is their PIN or not, and no try is counted."""
from __future__ import annotations

PIN = "739164"


async def test_a_pin_typed_at_the_menu_is_told_to_wait_for_the_choice(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    await me.set_pin(PIN)
    right, wrong = await me.say("৭৩৯১৬৪"), await me.say("৫৫৫১২৩")
    for got in (right, wrong):
        assert got.text.startswith("পিন চাওয়া হবে আপনি কী চান তা বেছে নেওয়ার পরে"), got.text
        assert "বুঝতে পারিনি" not in got.text and "payroll:slip" in got.choices and not got.pdfs
    assert right.text == wrong.text  # nothing is said of the PIN itself
    asked = await me.tap("payroll:slip")
    assert "পিন লিখুন" in asked.text and "ভুল" not in asked.text
    assert "আর ৪ বার" in (await me.say("৫৫৫১২৩")).text  # the PINs at the menu were no tries
