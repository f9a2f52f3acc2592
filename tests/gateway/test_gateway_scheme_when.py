"""When another scheme's benefit or paper comes, or what became of it, asked ("pension kobe pabo", "ভাতা কবে আসবে",
"ration card er ki holo", "when will I get my pension"), got "I could not tell which service your message is for": it
is told, as how to apply for it is, that such things are asked at the gram panchayat or block office and a delay is a
complaint, the words kept one tap from Complaints. A benefit said not received, with its "when" too ("3 mas pension pai
ni, kobe pabo"), is still a complaint begun."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, known, text_of
from test_gateway_other_scheme import SAID, SEND, rows

from shared.chat import Inbound
from simulator import webhooks as wa


@pytest.mark.parametrize(("lang", "asked"), [("bn", "pension kobe pabo"), ("bn", "ভাতা কবে আসবে"),
                                             ("bn", "ration card er ki holo"), ("en", "when will I get my pension"),
                                             ("bn", "lokkhi bhandar er taka kobe asbe"),
                                             ("bn", "জব কার্ড কবে পাব"), ("en", "what happened to my ration card")])
async def test_it_is_said_where_it_is_asked_and_the_words_kept(stack: Stack, lang: str, asked: str):
    await known(stack, lang)
    await stack.say(wa.text(RINA, asked))
    (menu,) = stack.recorder.bodies()
    assert SAID[lang] in text_of(menu) and rows(menu)[0] == SEND, text_of(menu)
    stack.recorder.clear()
    await stack.say(wa.list_reply(RINA, SEND, "Send my message"))
    assert [Inbound.model_validate(e.payload).text for e in stack.recorder.of("wa.inbound.grievance")] == [asked]


@pytest.mark.parametrize("said", ["3 mas pension pai ni, kobe pabo", "widow pension pai ni, kobe pabo"])
async def test_not_received_is_still_a_complaint(stack: Stack, said: str):
    await known(stack, "bn")
    await stack.say(wa.text(RINA, said))
    assert [Inbound.model_validate(e.payload).text for e in stack.recorder.of("wa.inbound.grievance")] == [said]
    assert not any(SAID["bn"] in text_of(b) or SAID["en"] in text_of(b) for b in stack.recorder.bodies())
