"""At "Cancel booking …?", a change of dates asked instead ("na thak, date change korbo", "no, I want to change the
date", "না, তারিখ বদলাব") or new dates typed ("25 dec theke 2 raat") was answered only "Please type yes or no". The
booking is now kept, said so, and the person led to changing its dates: book the new dates (the same room, one tap),
then cancel the old booking."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import AYODHYA, named, walk

from services.tourism.domain import show_day_month

LATER = show_day_month(date.today() + timedelta(days=30), "en")
KEPT = {"en": "is NOT cancelled", "bn": "বাতিল করা হয়নি"}
HOW = {"en": "The dates of a booking cannot be changed here", "bn": "বুকিংয়ের তারিখ এখানে বদলানো যায় না"}
ASK = {"en": "Please type *yes* or *no*", "bn": "*হ্যাঁ* বা *না*"}


async def asked_to_cancel(http, base: str, wa_id: str, lang: str) -> tuple[Phone, str]:
    phone = Phone(http, base, wa_id)
    await walk(phone, lang, *AYODHYA, f"tourism:date:{date.today() + timedelta(days=10)}", "tourism:nights:2",
               "tourism:guests:2", "tourism:rooms:1")
    quote = await named(phone)
    booked = await phone.tap(next(c for c in choices(quote) if c.startswith("tourism:confirm:")),
                             until=lambda m: any(c.startswith("tourism:view:") for c in choices(m)))
    view = next(c for c in choices(booked) if c.startswith("tourism:view:"))
    shown = await phone.tap(view, until=lambda m: any(c.startswith("tourism:cancel:") for c in choices(m)))
    cancel = next(c for c in choices(shown) if c.startswith("tourism:cancel:"))
    await phone.tap(cancel, until=lambda m: any(c.startswith("tourism:cancelyes:") for c in choices(m)))
    return phone, cancel.removeprefix("tourism:cancel:")


@pytest.mark.parametrize("n, lang, typed", [
    (1, "bn", "na thak, date change korbo"), (2, "bn", "না, তারিখ বদলাব"), (3, "en", "no, I want to change the date"),
    (4, "en", f"{LATER} for 2 nights"), (5, "bn", f"{LATER} theke 2 raat")])
async def test_a_change_of_dates_at_the_cancel_question_keeps_the_booking(system, n, lang, typed):
    http, base = system
    phone, number = await asked_to_cancel(http, base, f"91980033{n:04d}", lang)

    told = await phone.say(typed, until=has("interactive"))

    said = words(told)
    assert KEPT[lang] in said and HOW[lang] in said and number in said and ASK[lang] not in said, said
    assert "tourism:room:ayodhya-double" in choices(told), choices(told)
    assert f"tourism:cancel:{number}" in choices(told), choices(told)
    view = await phone.tap(f"tourism:view:{number}", until=has("interactive"))
    assert "(confirmed)" in words(view) or "(নিশ্চিত)" in words(view), words(view)


async def test_yes_or_no_is_still_asked_for_other_words(system):
    http, base = system
    phone, _ = await asked_to_cancel(http, base, "919800339001", "en")
    again = await phone.say("hmm", until=has("interactive"))
    assert ASK["en"] in words(again), words(again)
