"""Through the real webhook: an employee who thinks their pay slip is wrong had nowhere to go. A photo captioned "ei
dekhun amar slip e bhul ache" got "Please answer by typing or tapping", and "amar PF kata hoyeche keno?", "my salary
is less this month", "বেতন কম এসেছে কেন" got "not understood" (the last the credit day). They are now told that the
chat cannot change a slip, offered the deductions of their latest slip (after the PIN; never an amount before it),
and named the office that issued the slip, with its number as the office gave it, to raise an error with.
"মাইনের রসিদ" (pay slip) and "taka dhukeche?" / "beton dhukeche?" (pay credited?) reach the slip and the credit day
from the main menu."""
from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest
from phone_kit import Phone, choices, has, words

from services.payroll.domain import month_name, today_in_india
from services.payroll.domain.period import month_of, moved
from services.payroll.phrases import asked_for

PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0 a photo of a pay slip").decode()
OFFICE = {"en": "Ilu-Jargo Gram Panchayat", "bn": "ইলু-জারগো গ্রাম পঞ্চায়েত"}
CONTACT = "03252 255 014"  # Anima's office, as the demo data gives it
CANNOT = {"en": "cannot change a pay slip", "bn": "বেতন বিবরণী বদলানো যায় না"}


def latest() -> str:
    return moved(month_of(today_in_india(datetime.now(UTC))), -1)  # the demo's latest month


def doubt_answered(lang: str):
    return lambda messages: CANNOT[lang] in words(messages)


@pytest.mark.parametrize(("lang", "asked"), [
    ("bn", "amar PF kata hoyeche keno?"), ("en", "my salary is less this month"), ("bn", "বেতন কম এসেছে কেন"),
    ("en", "why was tax deducted from my salary"), ("bn", "amar slip e bhul ache"),
    # money said cut from the pay with "kete" (test_payroll_pay_said_cut.py)
    ("bn", "salary theke taka kete niyeche"), ("bn", "বেতন থেকে টাকা কেটে নিয়েছে"),
])
async def test_a_slip_doubted_at_the_main_menu_is_told_where_to_go(system, lang, asked):
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start(lang)
    got = await anima.say(asked, until=doubt_answered(lang))
    said = words(got)
    assert OFFICE[lang] in said and CONTACT in said, said
    assert "₹" not in said and not has("document")(got), said  # no amount before the PIN
    assert f"payroll:deductions:{latest()}" in choices(got), choices(got)


async def test_the_deductions_come_after_the_pin_with_the_slip(system):
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start("en")
    await anima.say("my salary is less this month", until=doubt_answered("en"))
    asked = await anima.tap(f"payroll:deductions:{latest()}", until=lambda m: "PIN" in words(m))
    assert "₹" not in words(asked), words(asked)
    got = await anima.say("4821", until=has("document"))
    said = words(got)
    assert f"Deductions on your pay slip for {month_name(latest(), 'en')}" in said, said
    assert "GPF / CPF: ₹3,000.00" in said and "Professional tax: ₹200.00" in said, said  # the demo's figures
    assert "Income tax" not in said, said  # none deducted: not listed
    assert OFFICE["en"] in said, said


async def test_a_photo_of_the_slip_said_to_be_wrong_in_the_payroll_chat(system):
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start("bn")
    await anima.tap("payroll:menu", until=has("interactive"))
    got = await anima.send({"file": {"data_b64": PHOTO, "mime_type": "image/jpeg",
                                     "caption": "ei dekhun amar slip e bhul ache"}}, until=doubt_answered("bn"))
    assert "লিখে বা বোতাম চেপে" not in words(got) and OFFICE["bn"] in words(got), words(got)
    assert f"payroll:deductions:{latest()}" in choices(got), choices(got)


async def test_a_stranger_hears_nothing_of_any_office(system):
    http, base = system
    stranger = Phone(http, base, "919876512345", name="Someone")
    await stranger.start("en")
    got = await stranger.say("my salary is less this month", until=lambda m: "registered panchayat employees" in
                             words(m))
    assert CONTACT not in words(got) and "₹" not in words(got), words(got)


async def test_the_slip_and_the_credit_asked_in_everyday_words_at_the_main_menu(system):
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start("bn")
    got = await anima.say("মাইনের রসিদ", until=lambda m: "পিন" in words(m))
    assert month_name(latest(), "bn") in words(got) and not has("document")(got), words(got)
    await anima.say("মেনু", until=has("interactive"))
    for asked in ("taka dhukeche?", "beton dhukeche?"):  # one's pay, its PIN first
        pin = await anima.say(asked, until=lambda m: "পিন লিখুন" in words(m))
        assert "জমা" not in words(pin) and "₹" not in words(pin), words(pin)
        got = await anima.say("4821", until=lambda m: "জমা" in words(m))
        assert f"payroll:slip:{latest()}" in choices(got) and "হাতে পাওয়া বেতন ₹" in words(got), words(got)
        await anima.say("মেনু", until=has("interactive"))


@pytest.mark.parametrize(("words_", "action"), [
    ("ei dekhun amar slip e bhul ache", "doubt"), ("my pay slip is wrong", "doubt"), ("বেতনে ভুল আছে", "doubt"),
    ("amar PF kata hoyeche keno?", "doubt"), ("PF keno katlo", "doubt"), ("বৃত্তিকর কেন কাটা হল", "doubt"),
    ("my salary is less this month", "doubt"), ("বেতন কম এসেছে কেন", "doubt"), ("beton kom dhukeche", "doubt"),
    ("মাইনের রসিদ", "slip"), ("betoner rosid chai", "slip"), ("taka dhukeche?", "credit"),
    # the pay's reckoning (no service's before)
    ("beton er hishab", "slip"), ("বেতনের হিসাব", "slip"), ("salary hisab chai", "slip"),
    ("beton dhukeche?", "credit"), ("টাকা ঢুকেছে?", "credit"),
    # not payroll's
    ("amar ration card e bhul ache", None), ("bank slip e bhul", None), ("rastar kaj kom hoyeche", None),
    ("lokkhir bhandar er taka dhukeche?", None), ("jol kom asche", None), ("bank er hishab", None),
])
def test_the_words(words_, action):
    assert asked_for(words_) == action, words_
