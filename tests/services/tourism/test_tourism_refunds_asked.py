"""After cancelling, 'refund kobe pabo', 'amar taka ferot kobe pabo', 'when will I get my refund', 'আমার টাকা ফেরত কবে
পাব' at the main menu got 'I could not tell which service your message is for', and inside the tourism chat only the
latest refund was told, without when it was cancelled. Through the real webhook: typed at the menu or in the chat,
each of the person's own cancelled bookings with a refund is told, newest first, with its amount, the day it was
cancelled, that the guest house pays it back and no date is set here, and the guest house's number; with none,
that is said plainly, with the rule that a late cancelling has no refund, and the My bookings button. Salary money
('amar beton er taka kobe dhukbe') and 'taka' alone are not tourism's."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from phone_kit import Phone, choices, has, saying, words
from test_tourism_menu_phrases import asked_for

from services.tourism.domain import show_date, today_in_india

CONTACT = "+91 94340 51401"  # Ayodhya Hills guest house's caretaker, as the demo catalog has it
HONEST = {"en": "The guest house will contact you about paying it back; no date for it is set here",
          "bn": "টাকা ফেরতের ব্যাপারে অতিথিনিবাস আপনার সঙ্গে যোগাযোগ করবে"}
NONE = {"en": "None of your bookings has a refund to come",
        "bn": "আপনার কোনো বুকিংয়ে টাকা ফেরত পাওনা নেই"}
LATE = {"en": "cancelled less than 2 days before check-in has no refund",
        "bn": "চেক-ইনের ২ দিনের কম আগে বাতিল করলে কোনো টাকা ফেরত হয় না"}


async def at_menu(system, wa_id: str, lang: str) -> Phone:
    http, base = system
    phone = Phone(http, base, wa_id, name="WhatsApp User")
    await phone.say("hi", until=has("interactive"))
    await phone.tap(f"shell:lang:{lang}", until=has("interactive"))
    return phone


async def book_and_cancel(phone: Phone, days_ahead: int) -> str:
    """A double room at Ayodhya Hills booked ``days_ahead`` days from today and cancelled: its number."""
    await phone.tap("tourism:book", until=has("interactive"))
    await phone.tap("tourism:district:purulia", until=has("interactive"))
    await phone.tap("tourism:property:ayodhya-hills", until=has("interactive"))
    await phone.tap("tourism:room:ayodhya-double", until=has("interactive"))
    check_in = today_in_india(datetime.now().astimezone()) + timedelta(days=days_ahead)
    await phone.say(check_in.strftime("%d/%m/%Y"), until=has("interactive"))
    await phone.tap("tourism:nights:2", until=has("interactive"))
    await phone.tap("tourism:guests:2", until=has("interactive"))
    await phone.tap("tourism:rooms:1", until=has("interactive"))
    quote = await phone.say("Anjali Mondal", until=has("interactive"))
    booked = await phone.tap(next(c for c in choices(quote) if c.startswith("tourism:confirm:")),
                             until=has("document"))
    number = next(m for m in booked if m["type"] == "document")["document"]["filename"].removesuffix(".pdf")
    await phone.tap(f"tourism:cancel:{number}", until=has("interactive"))
    await phone.tap(f"tourism:cancelyes:{number}", until=saying(number))
    return number


@pytest.mark.parametrize("wa_id, lang, asked", [
    ("919830080001", "en", "when will I get my refund"), ("919830080002", "en", "refund kobe pabo"),
    ("919830080003", "bn", "আমার টাকা ফেরত কবে পাব"), ("919830080004", "bn", "amar taka ferot kobe pabo")])
async def test_a_refund_asked_at_the_main_menu_is_told_with_whom_to_call(system, wa_id, lang, asked):
    phone = await at_menu(system, wa_id, lang)
    number = await book_and_cancel(phone, 20)
    await phone.say("menu" if lang == "en" else "মেনু", until=has("interactive"))

    got = words(await phone.say(asked, until=saying(number)))

    today = show_date(today_in_india(datetime.now().astimezone()), lang)
    assert HONEST[lang] in got and CONTACT in got, got
    assert ("₹3,402" if lang == "en" else "₹৩,৪০২") in got and today in got, got
    assert "could not tell" not in got and "বুঝতে পারিনি" not in got


@pytest.mark.parametrize("lang, asked", [("en", "refund er ki holo"), ("bn", "রিফান্ড কবে পাব")])
async def test_several_refunds_are_each_told_newest_first_and_only_ones_own(system, lang, asked):
    phone = await at_menu(system, "919830081001" if lang == "en" else "919830081002", lang)
    first = await book_and_cancel(phone, 20)
    second = await book_and_cancel(phone, 30)

    got = words(await phone.say(asked, until=saying(second)))

    assert first in got and got.index(second) < got.index(first), got
    assert HONEST[lang] in got and CONTACT in got, got
    assert got.count(show_date(today_in_india(datetime.now().astimezone()), lang)) >= 2, got
    stranger = await at_menu(system, "919830081003" if lang == "en" else "919830081004", lang)
    theirs = words(await stranger.say(asked, until=saying(NONE[lang])))
    assert first not in theirs and second not in theirs, theirs


@pytest.mark.parametrize("lang, asked", [("en", "when will I get my refund"), ("bn", "আমার টাকা ফেরত কবে পাব")])
async def test_with_no_refund_to_come_it_is_said_plainly_with_my_bookings(system, lang, asked):
    phone = await at_menu(system, "919830082001" if lang == "en" else "919830082002", lang)

    shown = await phone.say(asked, until=saying(NONE[lang]))

    assert LATE[lang] in words(shown) and "tourism:mine" in choices(shown), words(shown)


@pytest.mark.parametrize("typed", ["refund kobe pabo", "amar taka ferot kobe pabo", "when will I get my refund",
                                   "আমার টাকা ফেরত কবে পাব", "refund er ki holo", "রিফান্ড কবে পাব",
                                   "booking cancel korechi, taka ferot kobe pabo?"])
def test_refunds_asked_at_the_main_menu_are_tourisms(typed):
    assert asked_for(typed) == "refund"


@pytest.mark.parametrize("typed", ["amar beton er taka kobe dhukbe", "taka", "taka kobe pabo", "আমার টাকা কবে পাব",
                                   "salary refund kobe pabo", "income tax refund kobe pabo",
                                   "আমার বেতনের টাকা ফেরত কবে পাব", "cancel my booking"])
def test_other_money_is_not_a_tourism_refund(typed):
    assert asked_for(typed) != "refund"
