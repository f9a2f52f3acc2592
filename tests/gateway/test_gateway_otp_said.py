"""An OTP said not come or asked for ("otp pai ni", "I did not get the OTP", "ওটিপি আসেনি", "someone asked for my
OTP") got "Sorry, I did not follow that" or "I could not tell which service", the words offered to Complaints. This
number sends no OTP and never asks for one: the person is told so, where an OTP comes from, never to tell one to anyone
and where to report money taken, with the menu; nothing is kept (an OTP not come is no complaint of the panchayat's).
Money said taken keeps its own answer; a payroll PIN, an option, a stop are no OTP."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, known, text_of
from test_gateway_other_scheme import rows

from gateway.kinds import office_business
from shared.chat import Inbound
from simulator import webhooks as wa

TOLD = {"en": "This WhatsApp number sends no OTP and never asks for one",
        "bn": "এই হোয়াটসঅ্যাপ নম্বর থেকে কোনো OTP পাঠানো হয় না"}
REPORT = {"en": "1930", "bn": "1930"}


def inbound(text: str) -> Inbound:
    return Inbound(kind="text", text=text, wa_id=RINA, message_id="m1", name="Rina", lang="en")


@pytest.mark.parametrize(("lang", "said"), [("en", "otp pai ni"), ("en", "OTP aseni"), ("en", "I did not get the OTP"),
                                            ("en", "someone asked for my OTP"), ("en", "otp"),
                                            ("bn", "ওটিপি আসেনি"), ("bn", "otp asche na"), ("bn", "OTP কোথায় পাব")])
async def test_an_otp_said_is_told_none_is_sent_here_and_nothing_kept(stack: Stack, lang: str, said: str):
    await known(stack, lang)
    await stack.say(wa.text(RINA, said))
    (menu,) = stack.recorder.bodies()
    assert TOLD[lang] in text_of(menu) and REPORT[lang] in text_of(menu), text_of(menu)
    assert "shell:unread" not in rows(menu) and "grievance:menu" in rows(menu), rows(menu)
    assert "could not tell which service" not in text_of(menu) and "did not follow" not in text_of(menu)


@pytest.mark.parametrize("said", ["someone asked for my OTP and money was deducted", "taka kete niyeche otp dewar por"])
def test_money_said_taken_keeps_its_own_answer(said: str):
    assert office_business(inbound(said)) == "intro_money_taken"


@pytest.mark.parametrize("said", ["my pin is locked", "option 2", "stop", "top floor", "hotpot", "photo pathalam"])
def test_other_words_are_no_otp(said: str):
    assert office_business(inbound(said)) != "intro_otp"
