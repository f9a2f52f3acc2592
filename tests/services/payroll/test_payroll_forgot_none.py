"""An employee with no PIN (never chosen, or reset by the office) who said they forgot it was told a PIN is 4 to 6
digits, or to have the office reset it, and in the same message to choose one: they are now told no old PIN is
needed, and asked to choose the new one, the slip they asked for still kept."""
from __future__ import annotations

from services.payroll import corrections

SAID = {"bn": "এখন আপনার কোনো পিন ঠিক করা নেই, তাই পুরোনো পিন লাগবে না: নিচের মতো একটি নতুন পিন বেছে নিন।",
        "en": "No PIN is set for you now, so no old PIN is needed: choose a new one as below."}


async def test_forgot_with_no_pin_set_asks_for_a_new_one(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    await me.tap("payroll:slip")
    for said in ("পিন ভুলে গেছি", "pin mone nei"):
        got = await me.say(said)
        assert got.text.startswith(SAID["bn"]) and "প্রথমে একটি পিন ঠিক করুন" in got.text, got.text
        assert "যোগাযোগ করুন" not in got.text and "পিন হল" not in got.text, got.text
    tapped = await me.tap("payroll:forgot")
    assert tapped.text.startswith(SAID["bn"]) and "যোগাযোগ করুন" not in tapped.text, tapped.text
    await me.say("৭৩৯১৬৪")
    done = await me.say("৭৩৯১৬৪")
    assert len(done.pdfs) == 1  # the slip asked for first, kept


async def test_after_the_office_reset_it_too_and_in_english(office, staff, runtime):
    await office.register()
    me = staff()
    await me.set_pin("739164")
    await corrections.reset_pin(runtime.context, "GP-TEST-0001", by="payroll-office-purulia")
    got = await me.say("I forgot my PIN")
    assert got.text.startswith(SAID["en"]) and "choose a PIN" in got.text, got.text
    assert "contact the payroll desk" not in got.text
