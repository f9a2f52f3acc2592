"""Holding tax asked after ("holding tax koto", "barir tax kothay jama debo", "বাড়ির কর কোথায় দেব") or land records
("jomir porcha kothay pabo", "খতিয়ান", "mutation korte chai", "khajna") got "I could not tell which service your
message is for", the words offered to Complaints as if a complaint. Neither is done on this number: holding tax is said to be
paid at the gram panchayat office (a receipt not given is a complaint, so the words are kept, one tap to send them
there), land records to be the Block Land and Land Reforms Office's (no complaint of the panchayat's: nothing kept).
A trade NOC's fee, a permit's, a room's price are none of it."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, known, text_of
from test_gateway_other_scheme import rows

from gateway.kinds import office_business
from shared.chat import Inbound
from simulator import webhooks as wa

SEND = "shell:unread"
TAX = {"en": "Holding tax (on houses and land) is not paid on this number: pay it at your gram panchayat office",
       "bn": "হোল্ডিং (বাড়ি ও জমির) কর এই নম্বরে জমা হয় না: আপনার গ্রাম পঞ্চায়েত অফিসে জমা দিন"}
LAND = {"en": "ask at your Block Land and Land Reforms Office (BL&LRO)",
        "bn": "আপনার ব্লক ভূমি ও ভূমি সংস্কার অফিসে (BL&LRO) খোঁজ নিন"}


def inbound(text: str) -> Inbound:
    return Inbound(kind="text", text=text, wa_id=RINA, message_id="m1", name="Rina", lang="en")


@pytest.mark.parametrize(("lang", "asked"), [("bn", "holding tax koto"), ("bn", "barir tax kothay jama debo"),
                                             ("bn", "বাড়ির কর কোথায় দেব"), ("en", "how do I pay property tax"),
                                             ("en", "house tax")])
async def test_holding_tax_is_said_paid_at_the_panchayat_office_and_the_words_kept(stack: Stack, lang: str,
                                                                                   asked: str):
    await known(stack, lang)
    await stack.say(wa.text(RINA, asked))
    (menu,) = stack.recorder.bodies()
    assert TAX[lang] in text_of(menu) and rows(menu)[0] == SEND, text_of(menu)
    assert "could not tell which service" not in text_of(menu) and "বুঝতে পারিনি" not in text_of(menu)
    stack.recorder.clear()
    await stack.say(wa.list_reply(RINA, SEND, "Send my message"))
    assert [Inbound.model_validate(e.payload).text for e in stack.recorder.of("wa.inbound.grievance")] == [asked]


@pytest.mark.parametrize(("lang", "asked"), [("en", "jomir porcha kothay pabo"), ("bn", "খতিয়ান"),
                                             ("bn", "mutation korte chai"), ("bn", "khajna deya"),
                                             ("en", "land records"), ("bn", "জমির রেকর্ড দেখতে চাই"),
                                             # as often spelt ("I could not tell which service" before)
                                             ("bn", "জমির পর্চা চাই"), ("bn", "khotian kothay pabo")])
async def test_land_records_are_said_to_be_the_land_offices_and_nothing_kept(stack: Stack, lang: str, asked: str):
    await known(stack, lang)
    await stack.say(wa.text(RINA, asked))
    (menu,) = stack.recorder.bodies()
    assert LAND[lang] in text_of(menu) and SEND not in rows(menu), text_of(menu)
    assert "could not tell which service" not in text_of(menu) and "বুঝতে পারিনি" not in text_of(menu)


@pytest.mark.parametrize("text", ["trade licence fee koto", "permit fee", "room er bhara koto", "taxi chai",
                                  "amar barir plan", "income tax on my salary", "parcel"])
def test_other_words_are_none_of_it(text: str):
    assert office_business(inbound(text)) is None
