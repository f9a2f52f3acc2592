"""A new PIN typed once, then a PIN set meanwhile (from another chat of the employee's): typing the first one again
to confirm it replaced the PIN in force without that PIN ever being typed. The confirmation is now refused, the PIN
in force kept, and the employee told so, in English and Bengali."""
from __future__ import annotations

import pytest

from services.payroll.repository import Repositories

SAID = {"en": "A PIN was set for your pay slips meanwhile, so the one you typed was not saved",
        "bn": "এর মধ্যে আপনার বেতন বিবরণীর পিন ঠিক করা হয়ে গেছে, তাই আপনার লেখা পিনটি রাখা হয়নি"}


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_a_confirmation_never_replaces_a_pin_set_meanwhile(office, staff, runtime, lang):
    await office.register()
    me = staff(lang=lang)
    await me.tap("payroll:menu")
    await me.say("739164")  # typed once: the confirmation is asked
    repos = Repositories.of(runtime.store)
    access = await repos.access.get("GP-TEST-0001")
    await repos.access.save(access.with_pin("00" * 16, "ab" * 32))  # set from another chat of theirs
    answer = await me.say("739164")
    assert (await repos.access.get("GP-TEST-0001")).hashed == "ab" * 32
    assert SAID[lang] in answer.text and "payroll:forgot" in answer.choices
