"""A bank account to be changed with no pay nor scheme named ("bank account bodlate chai", "আমার ব্যাংক অ্যাকাউন্ট
বদলাতে চাই", "I have a new bank account"), or a scheme's ("lakshmir bhandar er account change korbo"), got "I could
not tell which service your message is for", the words offered to Complaints. It is not done on this number: an
employee's pay account is the office's DDO's to change, a scheme's money's the gram panchayat or block office's, said
in the person's language, nothing kept. The pay's account named goes to payroll's answer as before; a phone or a
password changed, or an account opened, is none of it."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, known, text_of
from test_gateway_office_business import inbound
from test_gateway_other_scheme import rows

from gateway.kinds import office_business
from simulator import webhooks as wa

SEND = "shell:unread"
BANK = {"en": "A bank account is not changed on this number.", "bn": "ব্যাংক অ্যাকাউন্ট এই নম্বরে বদলানো যায় না।"}


@pytest.mark.parametrize(("lang", "asked"), [("bn", "bank account bodlate chai"),
                                             ("bn", "আমার ব্যাংক অ্যাকাউন্ট বদলাতে চাই"),
                                             ("en", "I have a new bank account"),
                                             ("bn", "lakshmir bhandar er account change korbo"),
                                             ("en", "change my bank account for the pension")])
async def test_a_bank_account_to_be_changed_is_said_where_and_nothing_kept(stack: Stack, lang: str, asked: str):
    await known(stack, lang)
    await stack.say(wa.text(RINA, asked))
    (menu,) = stack.recorder.bodies()
    assert BANK[lang] in text_of(menu) and SEND not in rows(menu), text_of(menu)
    assert "could not tell which service" not in text_of(menu) and "বুঝতে পারিনি" not in text_of(menu)
    assert not stack.recorder.of("wa.inbound.grievance")


@pytest.mark.parametrize("text", ["bank e mobile number change korbo", "change my whatsapp account password",
                                  "bank kothay", "new account khulbo"])
def test_a_phone_a_password_or_an_account_opened_is_none_of_it(text: str):
    assert office_business(inbound(text)) is None
