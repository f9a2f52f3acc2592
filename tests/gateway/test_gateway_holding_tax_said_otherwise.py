"""Holding tax asked as it is also put ("bari r tax kothay dibo", "panchayat tax koto", "পঞ্চায়েত কর কোথায় দেব"),
and in Hindi ("ghar ka tax kaise bhare", "मकान का टैक्स कहाँ जमा करें", "गृह कर"), got "I could not tell which
service your message is for": it is said to be paid at the gram panchayat office, as "holding tax koto" is, the
words kept one tap from Complaints. The professional tax on a salary stays payroll's, income tax nobody's here."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, known, text_of
from test_gateway_office_business import TAX, inbound
from test_gateway_other_scheme import rows

from gateway.kinds import office_business
from simulator import webhooks as wa

ASKED = ["bari r tax kothay dibo", "ghor er tax koto", "panchayat tax koto", "পঞ্চায়েত কর কোথায় দেব",
         "বাড়ি ট্যাক্স কত", "ghar ka tax kaise bhare", "makan tax kitna hai", "मकान का टैक्स कहाँ जमा करें",
         "घर का टैक्स", "गृह कर", "प्रॉपर्टी टैक्स कितना है"]


@pytest.mark.parametrize("asked", ASKED)
def test_holding_tax_said_otherwise_is_read(asked: str):
    assert office_business(inbound(asked)) == "intro_holding_tax", asked


@pytest.mark.parametrize("text", ["professional tax kete che", "income tax", "bari korbo", "বাড়ি করব", "ghar kar do",
                                  "panchayat office kothay", "গৃহকর্মী", "tax koto"])
def test_other_words_are_still_none_of_it(text: str):
    assert office_business(inbound(text)) is None, text


@pytest.mark.parametrize(("lang", "asked"), [("bn", "bari r tax kothay dibo"), ("en", "ghar ka tax kaise bhare"),
                                             ("bn", "পঞ্চায়েত কর কোথায় দেব")])
async def test_at_the_main_menu_it_is_said_where_it_is_paid_and_the_words_kept(stack: Stack, lang: str, asked: str):
    await known(stack, lang)
    await stack.say(wa.text(RINA, asked))
    (menu,) = stack.recorder.bodies()
    assert TAX[lang] in text_of(menu) and rows(menu)[0] == "shell:unread", text_of(menu)
