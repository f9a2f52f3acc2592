"""A refund asked in Hindi ("paisa wapas kab milega", "refund kab milega", "मेरा रिफंड कब मिलेगा", "booking ka paisa
wapas chahiye") reached no service at the main menu and was "Sorry, I did not follow that" in the tourism chat right
after cancelling, where "taka kobe ferot pabo" told one's refunds: it tells them too. Other money asked back in Hindi
("salary ka paisa kab milega", "bank se paisa wapas kab milega", "income tax refund kab milega") is not tourism's."""
from __future__ import annotations

import pytest
from phone_kit import saying, words
from test_tourism_guest_name import at_name
from test_tourism_menu_phrases import asked_for
from test_tourism_refunds_asked import CONTACT, HONEST, at_menu, book_and_cancel

from services.tourism.conversation.asked import asks

ASKED = ["paisa wapas kab milega", "refund kab milega", "मेरा रिफंड कब मिलेगा", "पैसे वापस कब मिलेंगे",
         "booking ka paisa wapas chahiye", "mera refund"]


@pytest.mark.parametrize("typed", ASKED)
def test_a_refund_asked_in_hindi_is_tourisms_refund(typed):
    assert asked_for(typed) == "refund", typed
    assert asks(typed) == "refund", typed  # in the tourism chat as at the main menu


@pytest.mark.parametrize("typed", ["salary ka paisa kab milega", "bank se paisa wapas kab milega",
                                   "income tax refund kab milega", "gas subsidy ka paisa wapas kab milega"])
def test_other_money_asked_back_in_hindi_is_not(typed):
    assert asked_for(typed) != "refund", typed


async def test_after_cancelling_the_refund_asked_in_hindi_is_told(system):
    phone = await at_menu(system, "919830083001", "en")
    number = await book_and_cancel(phone, 20)
    got = words(await phone.say("paisa wapas kab milega", until=saying(number)))
    assert HONEST["en"] in got and CONTACT in got and "₹3,402" in got, got


async def test_at_the_name_the_refund_asked_in_hindi_is_answered_and_the_name_asked_again(make_guest):
    guest = make_guest("en")
    await at_name(guest)
    answer = await guest.say("paisa wapas kab milega")
    assert "None of your bookings has a refund to come" in answer.text, answer
    assert "In whose name shall we book?" in answer.text and "Name on the booking" not in answer.text, answer
