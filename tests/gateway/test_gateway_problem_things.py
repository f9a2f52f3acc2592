"""A problem told in Banglish or Bengali with the things villagers name ("amader parar tubewell kharap 2 mas dhore",
"kol e jol ase na", "drain ta poriskar hoy na", "nordoma porishkar hoy na", "টিউবওয়েল ভেঙে গেছে", "কল দিয়ে জল পড়ছে
না") was "I could not tell which service your message is for" at the main menu, though the same in English began a
complaint. Such words now reach the complaints as the words of a new complaint, their subject read from the same
words; other services' words ("ghor chai", "pay slip", "trade licence", "permission") and the same words said mended
or denied reach no complaint."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from gateway.state import GATEWAY
from services.grievance.domain.subject import guess
from services.grievance.service import MENU
from shared.chat import Inbound
from shared.problems import unmended
from shared.runtime.spec import PHRASE_MAX, PHRASES_MAX
from simulator import webhooks as wa

OFFERED = ["water", "roads", "lights", "drainage"]
SAID = [("amader parar tubewell kharap 2 mas dhore", "water"), ("tubewell bhenge geche", "water"),
        ("amader kol e jol ase na", "water"), ("chapakol ta kaj korche na", "water"), ("kol hocche na", "water"),
        ("the tubewell in our para is broken for 2 months", "water"), ("drain ta poriskar hoy na", "drainage"),
        ("nordoma porishkar hoy na", "drainage"), ("nordoma te jol jome ache", "drainage"),
        ("nordoma bondho hoye ache", "drainage"), ("rastar alo jole na", "lights"), ("rasta bhenge geche", "roads"),
        ("রাস্তা ভাঙা", "roads"), ("টিউবওয়েল ভেঙে গেছে", "water"), ("কলে জল আসছে না", "water"),
        ("নলকূপ খারাপ হয়ে আছে", "water"), ("নর্দমা পরিষ্কার হয় না", "drainage"),
        ("ড্রেন পরিষ্কার করা হয় না", "drainage"), ("রাস্তার আলো কাজ করছে না", "lights"),
        # water said not to fall from a tap (পড়ছে না): reached no service before
        ("কল দিয়ে জল পড়ছে না", "water"), ("কলে জল পড়ছে না", "water"), ("টিউবওয়েল দিয়ে জল পড়ছে না", "water")]
NOT_A_PROBLEM = ["ghor chai", "pay slip", "amar pay slip ase ni", "trade licence", "permission", "kolkata jabo na",
                 "tubewell thik ache", "kol kharap na", "nordoma ekhon poriskar", "কলেজ বন্ধ", "kaj hocche na"]


def handed(stack: Stack) -> list[Inbound]:
    return [Inbound.model_validate(e.payload) for e in stack.recorder.envelopes if e.type == "wa.inbound.grievance"]


@pytest.mark.parametrize(("words", "subject"), SAID)
async def test_a_problem_with_its_thing_reaches_the_complaints_with_its_subject(stack: Stack, words: str,
                                                                               subject: str):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, words))
    (inbound,) = handed(stack)
    assert inbound.unasked and inbound.text == words
    assert guess(unmended(words), OFFERED) == subject


@pytest.mark.parametrize("words", NOT_A_PROBLEM)
async def test_other_services_words_and_no_problem_reach_no_complaint(stack: Stack, words: str):
    await stack.announce_services()
    claims = await stack.client.app[GATEWAY].menu.for_message().claims(words)
    assert not [claim for claim in claims if claim.startswith("grievance:")], claims


def test_the_phrases_stay_within_the_limits():
    assert len(MENU.phrases) <= PHRASES_MAX and all(len(p.pattern) <= PHRASE_MAX for p in MENU.phrases)
