"""A certificate the panchayat or the block issues that no service here does, wanted or asked how ("residential
certificate lagbe", "SC certificate kivabe pabo", "বাসস্থানের শংসাপত্র চাই", "character certificate chai", "legal heir
certificate kothay pabo"), was asked whether it meant building permission's letter or the trade NOC's certificate
("income certificate lagbe" got the pay slips' answer about a salary certificate; "marriage certificate" too, and a
mistake said in one, "my marriage certificate has a mistake", "income certificate e bhul ache"): it is said where such
applications are made, as for a birth certificate, the words kept one tap from Complaints (``ASKED``, through the
gateway in test_gateway_other_scheme.py). The service's own papers, a salary certificate, and such a certificate's
delay made a complaint are read as before."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, known, text_of

from gateway.kinds import state_scheme
from shared.chat import Inbound
from simulator import webhooks as wa

SAID = {"en": "are not made on this number: ask at your gram panchayat or block office",
        "bn": "এই নম্বরে করা যায় না: আপনার গ্রাম পঞ্চায়েত বা ব্লক অফিসে খোঁজ নিন"}


def inbound(text: str) -> Inbound:
    return Inbound(kind="text", text=text, wa_id=RINA, message_id="m1", name="Rina", lang="en")


ASKED = [("bn", "residential certificate lagbe"), ("bn", "income certificate lagbe"),
         ("bn", "SC certificate kivabe pabo"), ("bn", "বাসস্থানের শংসাপত্র চাই"), ("bn", "আয়ের শংসাপত্র লাগবে"),
         ("en", "character certificate chai"), ("bn", "OBC certificate er jonno apply korbo"),
         ("en", "how do I get a residence certificate"), ("bn", "legal heir certificate kothay pabo"),
         ("bn", "ওয়ারিশ সার্টিফিকেট কীভাবে পাব"), ("bn", "jati sonod chai"), ("bn", "family certificate"),
         ("bn", "residential certificate e naam bhul"), ("en", "marriage certificate"),
         ("bn", "biyer certificate kivabe pabo"), ("bn", "বিয়ের সার্টিফিকেট চাই"), ("bn", "বিবাহ শংসাপত্র লাগবে"),
         # a mistake said in one, no detail named, in more than four words: asked permit-or-NOC amend, or pay slips'
         ("en", "my marriage certificate has a mistake"), ("bn", "income certificate e bhul ache"),
         ("bn", "amar caste certificate e onek bhul ache")]


@pytest.mark.parametrize("text", ["noc certificate chai", "salary certificate chai", "amar certificate ta pathao",
                                  "SC certificate pai ni, complaint korbo", "income tax koto katche",
                                  "family niye guest house e thakbo", "biye bari te guest house booking",
                                  "my noc certificate has a mistake", "amar permit certificate e bhul ache"])
def test_the_services_own_papers_and_a_delay_are_not_it(text: str):
    assert not state_scheme(inbound(text)), text


async def test_a_salary_certificate_is_still_the_ddos(stack: Stack):
    await known(stack, "en")
    await stack.say(wa.text(RINA, "salary certificate chai"))
    said = " ".join(text_of(b) for b in stack.recorder.bodies())
    assert "drawing and disbursing officer (DDO)" in said and SAID["en"] not in said, said
