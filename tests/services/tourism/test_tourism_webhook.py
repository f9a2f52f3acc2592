"""End to end through the real webhook: the whole system as ``panchayat run`` builds it (gateway, sender,
tourism service, simulator on one in-process bus and a real port). A simulated phone types and taps on
the chat page's controls (``/_sim/send``); the test reads what the fake Cloud API accepted (``/_sim/sent``)
— the messages a person's phone would show, the voucher as an uploaded PDF among them."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from phone_kit import Phone, choices, has, saying, words
from tourism_kit import pdf_text

from services.tourism.domain import today_in_india


def person(http, base: str, wa_id: str) -> Phone:
    return Phone(http, base, wa_id, name="Rina Das")


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_book_get_the_voucher_list_and_cancel_through_the_webhook(system, lang):
    http, base = system
    phone = Phone(http, base, "919830012345" if lang == "en" else "919830054321", name="WhatsApp User")
    await phone.say("hi", until=has("interactive"))
    menu = await phone.tap(f"shell:lang:{lang}", until=has("interactive"))
    assert "tourism:menu" in choices(menu)
    home = await phone.tap("tourism:menu", until=has("interactive"))
    assert "tourism:book" in choices(home)
    await phone.tap("tourism:book", until=has("interactive"))
    await phone.tap("tourism:district:purulia", until=has("interactive"))
    await phone.tap("tourism:property:ayodhya-hills", until=has("interactive"))
    await phone.tap("tourism:room:ayodhya-double", until=has("interactive"))
    today = today_in_india(datetime.now().astimezone())
    check_in = today + timedelta(days=20)
    await phone.say(check_in.strftime("%d/%m/%Y"), until=has("interactive"))
    await phone.tap("tourism:nights:2", until=has("interactive"))
    await phone.tap("tourism:guests:2", until=has("interactive"))
    asked = await phone.tap("tourism:rooms:1", until=has("interactive"))
    assert choices(asked) == ["tourism:back"]  # "WhatsApp User" is no name to offer: one is typed
    guest = {"en": "Anjali Mondal", "bn": "অঞ্জলি মণ্ডল"}[lang]
    quote = await phone.say(f"  {guest} ", until=has("interactive"))
    assert guest in words(quote)
    confirm = next(c for c in choices(quote) if c.startswith("tourism:confirm:"))

    booked = await phone.tap(confirm, until=has("document"))

    [voucher] = [m for m in booked if m["type"] == "document"]
    number = voucher["document"]["filename"].removesuffix(".pdf")
    assert number == f"PT-{today.year}-000001" and number in words(booked)
    pdf = await phone.pdf(voucher["document"]["id"])
    code = re.search(r"verify/([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})", pdf_text(pdf).replace("\n", ""))
    assert code is not None
    valid = await phone.verify(code.group(1), until=lambda view: view.get("status") == "valid")
    assert (valid["number"], valid["holder_name"], valid["kind"]) == (number, guest, "booking_voucher")
    assert guest in pdf_text(pdf) and "WhatsApp User" not in pdf_text(pdf)

    listed = await phone.tap("tourism:mine", until=has("interactive"))
    assert f"tourism:view:{number}" in choices(listed)
    await phone.tap(f"tourism:cancel:{number}", until=has("interactive"))
    cancelled = await phone.tap(f"tourism:cancelyes:{number}", until=saying(number))
    expected = {"en": "As you cancelled 20 days before check-in, 90% is refunded: ₹3,402.",
                "bn": "চেক-ইনের ২০ দিন আগে বাতিল করায় ৯০% ফেরত পাবেন: ₹৩,৪০২।"}[lang]
    assert expected in words(cancelled)
    assert (await phone.verify(code.group(1), until=lambda view: view.get("status") == "revoked"))["number"] == number
