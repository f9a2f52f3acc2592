"""How long one's building permission holds, asked ("আমার অনুমতিপত্রের মেয়াদ কতদিন", "when does my permission
expire"): at the main menu the words sent the permission letter, and in the chat "permission er meyad koto din" said
how long an application takes. Each of one's approved permissions is now listed with its plot and last valid day (one
that ran out with where to apply again), as the trade NOC's validity is; none on this number, or none approved, is
said so. A trade licence's validity stays the NOC's, and the letter asked for again is still sent."""
from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from casework_kit import RINA, TAPAN, in_the_chat
from phone_kit import at_the_menu, has, words

from gateway.menu import phrase_pattern
from services import registry
from services.permit import demo
from services.permit.kind import KIND
from shared.casework import show
from shared.casework.demo import walked
from shared.india import plain

DEMO = {entry["case"]["number"]: entry for entry in json.loads(demo.DATA.read_text(encoding="utf-8"))["cases"]}


class _Today:
    """The demo's dates are counted back from the day it is loaded: from now, as the test's system loads it."""

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)


def last_day(number: str, lang: str) -> str:
    """The last valid day of the demo's permission ``number``, as the chat shows a day in ``lang``."""
    return show.day(walked(KIND, DEMO[number], _Today()).issue.valid_until, lang)  # type: ignore[arg-type,union-attr]


def valid(lang: str) -> str:
    until = last_day("BP/PUR/2026/000101", lang)
    return {"en": f"*BP/PUR/2026/000101* (mouza Baghmundi, dag 1023): valid until {until}",
            "bn": f"*BP/PUR/2026/000101* (মৌজা Baghmundi, দাগ ১০২৩): মেয়াদ {until} পর্যন্ত"}[lang]


def ran_out(lang: str) -> str:
    until = last_day("BP/PUR/2023/000210", lang)
    return {"en": f"*BP/PUR/2023/000210* (mouza Baghmundi, dag 1024): ran out on {until}",
            "bn": f"*BP/PUR/2023/000210* (মৌজা Baghmundi, দাগ ১০২৪): মেয়াদ শেষ হয়েছে {until} তারিখে"}[lang]


def claimed(typed: str) -> list[tuple[str, str]]:
    return [(name, phrase.action) for name in registry.names() if (menu := registry.load(name, load_demo=False).menu)
            for phrase in menu.phrases if phrase_pattern(phrase.pattern).search(plain(typed))]


@pytest.mark.parametrize(("lang", "typed"), [("bn", "আমার অনুমতিপত্রের মেয়াদ কতদিন"),
                                             ("en", "when does my building permission expire"),
                                             ("bn", "amar onumoti r meyad kobe sesh")])
async def test_at_the_main_menu_ones_permissions_are_listed_with_their_last_day(system, lang, typed):
    phone = await at_the_menu(system, RINA, lang)
    got = await phone.say(typed, until=has("interactive"))
    said = words(got)
    assert valid(lang) in said and ran_out(lang) in said, said
    assert not any(m["type"] == "document" for m in got), got


@pytest.mark.parametrize(("lang", "typed"), [("en", "permission er meyad koto din"), ("bn", "মেয়াদ কবে শেষ হবে")])
async def test_in_the_chat_the_words_alone_ask_it(system, lang, typed):
    phone = await in_the_chat(system, "permit", RINA, lang)
    said = words(await phone.say(typed, until=has("interactive")))
    assert valid(lang) in said and ran_out(lang) in said, said


async def test_none_approved_and_none_held_are_said_so(system):
    tapan = await at_the_menu(system, TAPAN, "en")
    said = words(await tapan.say("when does my permission expire", until=has("interactive")))
    assert "None of your applications on this number has been approved yet" in said, said
    stranger = await at_the_menu(system, "919800000099", "en")
    said = words(await stranger.say("when does my permission expire", until=has("interactive")))
    assert "No building permission application is registered to this WhatsApp number" in said, said
    assert "BP/PUR/2026/000101" not in said, said


@pytest.mark.parametrize(("typed", "action"), [("amar licence er meyad kobe sesh", ("noc", "validity")),
                                               ("আমার অনুমতিপত্রটা আবার পাঠান", ("permit", "letters"))])
def test_a_licences_validity_and_the_letter_again_are_read_as_before(typed, action):
    assert claimed(typed)[:1] == [action], (typed, claimed(typed))
