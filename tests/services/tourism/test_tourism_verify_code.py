"""A document's verification code typed in the middle of a booking ('HF6S-PZL2-QOPN-VOOO', as printed under a
voucher's QR code) was taken as the step's answer: a guest's name, a date not read. It now gets the link to its
public /verify page, as the main menu and the permit and NOC chats answer it, and the booking is kept: the step's
question again, saying so. At the guest's name a code among other words is still words, and sixteen digits no code."""
from __future__ import annotations

import pytest
from test_tourism_name_not_a_command import at_name
from test_tourism_resume import at_nights
from tourism_kit import PUBLIC_URL

CODE = "HF6S-PZL2-QOPN-VOOO"
LINK = f"{PUBLIC_URL}/verify/{CODE}"


@pytest.mark.parametrize("typed", [CODE, "hf6s pzl2 qopn v000", "verify HF6SPZL2QOPNVOOO"])
async def test_a_code_at_the_name_gets_its_link_and_the_name_is_asked_again(make_guest, typed):
    guest = make_guest(name="WhatsApp User")
    await at_name(guest)
    answer = await guest.say(typed)
    assert LINK in answer.replies[0].text and "Name on the booking" not in answer.text, answer.text
    assert "is kept" in answer.text and "In whose name" in answer.text
    assert "Name on the booking: Anjali Mondal" in (await guest.say("Anjali Mondal")).text


async def test_a_code_at_the_nights_keeps_the_dates(make_guest):
    guest = make_guest("bn")
    await at_nights(guest)
    answer = await guest.say(f"এই কোডটা আসল কিনা দেখুন {CODE}")
    assert LINK in answer.replies[0].text and "রাখা আছে" in answer.text and "কত রাত" in answer.text, answer.text
    assert "/verify/" not in (guests := await guest.say("২")).text and "কত রাত" not in guests.text, guests.text


@pytest.mark.parametrize("typed", [f"Anjali {CODE}", "1234 5678 1234 5678"])
async def test_words_at_the_name_are_no_code(make_guest, typed):
    guest = make_guest(name="WhatsApp User")
    await at_name(guest)
    assert "/verify/" not in (await guest.say(typed)).text
