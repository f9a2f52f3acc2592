"""Where or when a stay is paid, asked in the tourism chat ("can I pay at the hotel", "pay on arrival?", "can we pay
later", "giye taka dile hobe?", "গিয়ে টাকা দিলে হবে?"), was "Please type a number, like 2" where the rooms are counted,
while "how do I pay?" was answered there: it is answered the same (no payment is taken on WhatsApp here, the guest
house tells how and when, its caretaker's phone, never pay anyone who asks by a message or link), the count asked
again. A bill, a tax or a fee to be paid ("can I pay my electricity bill here") is no such question."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import AYODHYA, walk

from services.tourism.conversation.stay_asked import asks

TOLD = {"en": "No payment is taken here on WhatsApp", "bn": "এখানে হোয়াটসঅ্যাপে টাকা নেওয়া হয় না"}
CARETAKER = "+91 94340 51401"


@pytest.mark.parametrize("typed", ["can I pay at the hotel", "pay on arrival?", "can we pay later", "do I pay now",
                                   "giye taka dile hobe?", "গিয়ে টাকা দিলে হবে?", "can I pay by card"])
def test_where_or_when_it_is_paid_is_read(typed):
    assert asks(typed) == "paying", typed


@pytest.mark.parametrize("typed", ["can I pay my electricity bill here", "can I pay the fee here", "I paid at the hotel",
                                   "pay slip"])
def test_a_bill_a_fee_or_money_paid_is_not(typed):
    assert asks(typed) != "paying", typed


@pytest.mark.parametrize(("wa_id", "lang", "typed"), [("919800370001", "en", "can I pay at the hotel"),
                                                       ("919800370002", "bn", "গিয়ে টাকা দিলে হবে?")])
async def test_where_the_rooms_are_counted_it_is_answered_and_the_count_asked_again(system, wa_id, lang, typed):
    http, base = system
    phone = Phone(http, base, wa_id)
    await walk(phone, lang, *AYODHYA, "tourism:date:", "tourism:nights:2")
    counted = await phone.tap("tourism:guests:2", until=has("interactive"))
    reply = await phone.say(typed, until=has("interactive"))
    text = words(reply)
    assert TOLD[lang] in text and CARETAKER in text, text
    assert choices(reply) == choices(counted), choices(reply)
