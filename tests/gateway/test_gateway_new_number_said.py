"""One's mobile number said changed, or to be changed ("amar number change hoyeche", "I have a new number", "আমার
নম্বর বদলে গেছে", "whatsapp number bodlabo") was "I could not tell which service", and the words kept for a complaint.
It is said what moved with WhatsApp's own Change number (complaints, bookings, applications, pay slips: Meta's notice,
``gateway.moves``), and, for WhatsApp set up afresh on a new number, whom to ask to change it in each service's records.
A complaint's, a booking's or an application's own number is no such thing."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, known, text_of

from gateway.kinds import says_new_number
from shared.chat import Inbound
from simulator import webhooks as wa

SAID = {"en": "with WhatsApp's own *Change number*", "bn": "হোয়াটসঅ্যাপের নিজের *Change number*"}
ASK = {"en": "ask at your gram panchayat office", "bn": "আপনার গ্রাম পঞ্চায়েত অফিসে বলুন"}


def inbound(text: str) -> Inbound:
    return Inbound(kind="text", text=text, wa_id=RINA, message_id="m1", name="Rina", lang="en")


@pytest.mark.parametrize(("lang", "said"), [("bn", "amar number change hoyeche"), ("en", "I have a new number"),
                                            ("en", "my number has changed"), ("bn", "আমার নম্বর বদলে গেছে"),
                                            ("bn", "whatsapp number bodlabo"), ("en", "change my mobile number"),
                                            ("bn", "নতুন মোবাইল নম্বর"), ("bn", "nambar bodle geche")])
async def test_what_moved_and_whom_to_ask_are_said_and_nothing_kept(stack: Stack, lang: str, said: str):
    await known(stack, lang)
    await stack.say(wa.text(RINA, said))
    (menu,) = stack.recorder.bodies()
    assert SAID[lang] in text_of(menu) and ASK[lang] in text_of(menu), text_of(menu)
    rows = [r["id"] for s in menu["interactive"]["action"]["sections"] for r in s["rows"]]
    assert "shell:unread" not in rows and "grievance:menu" in rows, rows


@pytest.mark.parametrize("text", ["complaint number change", "booking number ta bodlabo", "what is my complaint number",
                                  "amar number e message ashche na", "no change in my complaint", "number 2 complaint"])
def test_another_things_number_or_no_change_is_not_it(text: str):
    assert not says_new_number(inbound(text))
