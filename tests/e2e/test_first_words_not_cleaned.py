"""A drain said not cleaned in the past tense ("nala poriskar hoy ni", "drain poriskar hoyni", "ড্রেন পরিষ্কার হয়নি",
"নর্দমা পরিষ্কার হয়নি"), typed first, was "I could not tell which service your message is for", where the present
("nala poriskar hoy na") began a complaint: it now begins one as that does, its subject taken from the words. Said
cleaned ("nala poriskar hoyeche") or to be cleaned ("pukur poriskar korte hobe"), none is begun."""
from __future__ import annotations

import pytest

from gateway.menu import phrase_pattern
from services import registry
from shared.india import plain, respelt
from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System
from .test_first_words_banglish import said

PAST = ["nala poriskar hoy ni", "drain poriskar hoyni", "nala porishkar kora hoyni", "ড্রেন পরিষ্কার হয়নি",
        "নর্দমা পরিষ্কার হয়নি", "rastar nala poriskar hoyni onek din"]


def menu_claims(text: str) -> list[str]:
    """Each service's tap for ``text`` as the main menu takes it (its first phrase finding the words)."""
    said = respelt(plain(text))
    menus = [registry.load(name, load_demo=False).menu for name in registry.names()]
    return sorted(f"{menu.service}:{action}" for menu in menus
                  if (action := next((p.action for p in menu.phrases if phrase_pattern(p.pattern).search(said)), None)))


@pytest.mark.parametrize("words", PAST)
def test_a_drain_not_cleaned_is_a_complaints_words(words):
    assert menu_claims(words) == ["grievance:words"], words


@pytest.mark.parametrize("words", ["nala poriskar hoyeche", "নালা পরিষ্কার হয়েছে", "pukur poriskar korte hobe",
                                   "drain poriskar korte nite hobe"])
def test_cleaned_or_to_be_cleaned_is_not(words):
    assert menu_claims(words) == [], words


@pytest.mark.parametrize(("villager", "words"), [("919800000421", "nala poriskar hoy ni"),
                                                 ("919800000422", "ড্রেন পরিষ্কার হয়নি")])
async def test_sent_first_it_begins_the_drains_complaint(system: System, villager: str, words: str):
    await system.post(hooks.payload([msg.text(villager, words)]))
    answer = said((await system.replies(villager, 1))[-1])
    assert "আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।" in answer, answer
    assert "বিষয়: নিকাশি ও স্বচ্ছতা, আপনার লেখা থেকে বোঝা গেল।" in answer, answer
