"""Everyday problems said in words other than "nei", "kharap", "bondho": a pothole ("rastay boro gorto, hata jay na",
"রাস্তায় বড় গর্ত"), no walking on the road ("রাস্তায় হাঁটা যায় না"), water standing or a drain jammed, overflowing or
stinking ("nala jam", "ড্রেনে জল জমে আছে", "নালা উপচে পড়ছে"), sent first or at the main menu, reach the complaints as
the words of a new complaint, as "jol nei" does; the same words said mended, denied or refused reach nobody. The
grievance service's phrases stay within the menu's limits (``MenuEntry`` refuses more)."""
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

SAID = [("rastay boro gorto, hata jay na", "roads"), ("The drain near our house has been blocked for two weeks",
                                                      "drainage"),
        ("রাস্তায় বড় গর্ত, হাঁটা যায় না", "roads"), ("রাস্তায় বড় বড় গর্ত হয়েছে", "roads"), ("rasta te gorto hoye geche", "roads"),
        ("রাস্তায় হাঁটা যায় না", "roads"), ("ড্রেনে জল জমে আছে", "drainage"), ("নালা উপচে পড়ছে", "drainage"),
        ("নর্দমা থেকে দুর্গন্ধ বেরোচ্ছে", "drainage"), ("nala jam", "drainage"), ("nalay jol jome ache", "drainage"),
        # a drain blocked, said in Banglish, was "I could not tell which service"
        ("drain block hoye geche", "drainage"), ("amader parar drain ta block hoye ache", "drainage"),
        ("nala block", "drainage")]


def handed(stack: Stack) -> list[Inbound]:
    return [Inbound.model_validate(e.payload) for e in stack.recorder.envelopes if e.type == "wa.inbound.grievance"]


@pytest.mark.parametrize(("words", "subject"), SAID)
async def test_a_problem_said_at_the_menu_reaches_the_complaints_with_its_subject(stack: Stack, words: str,
                                                                                  subject: str):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, words))
    (inbound,) = handed(stack)
    assert inbound.unasked and inbound.text == words
    assert guess(unmended(words), ["water", "roads", "lights", "drainage"]) == subject


@pytest.mark.parametrize("words", ["rastay boro gorto, hata jay na", "রাস্তায় বড় গর্ত, হাঁটা যায় না",
                                   "The drain near our house has been blocked for two weeks"])
async def test_sent_first_it_begins_the_complaint(stack: Stack, words: str):
    await stack.announce_services()
    await stack.say(wa.text(RINA, words))
    (inbound,) = handed(stack)
    assert inbound.unasked and inbound.text == words


@pytest.mark.parametrize("words", [
    "rastay gorto chilo kintu ekhon thik ache", "রাস্তার গর্ত ঠিক হয়ে গেছে", "nala jam chilo, ekhon thik ache",
    "rastay gorto nei to ki hoyeche", "amar kono somossa nei, rastay gorto", "rastar jonno jomi diyechi",
    "rasta ta joma din", "hata jay na", "রাস্তায় গর্ত নেই তো কী হয়েছে",
    "nala block chilo kintu ekhon thik ache", "BDO block er office kothay", "block office e jabo"])
async def test_the_same_words_mended_denied_or_without_a_thing_reach_no_complaint(stack: Stack, words: str):
    await stack.announce_services()
    assert await stack.client.app[GATEWAY].menu.for_message().asked_for(words) is None


def test_the_phrases_stay_within_the_limits():
    assert len(MENU.phrases) <= PHRASES_MAX and all(len(p.pattern) <= PHRASE_MAX for p in MENU.phrases)
