"""A menu phrase is searched anywhere in a message of up to 4,096 characters. Payroll's phrase of what it does not hold
began with look-aheads over the whole message and no ^ before them, so it was tried at every position: 1.8 s of the
gateway's CPU for one 4,000-character message of its own words (``python bench/phrases.py``), where every other
phrase took under 5 ms. A menu entry now refuses such a phrase when it is declared, as it refuses one too long."""
from __future__ import annotations

import pytest

from services import registry
from shared.runtime import MenuEntry, Phrase
from shared.runtime.menu_entry import alternatives

TITLE = {"bn": "পরীক্ষা", "en": "Test"}


def entry(pattern: str) -> MenuEntry:
    return MenuEntry("test", title=TITLE, description=TITLE, phrases=(Phrase("menu", pattern),))


@pytest.mark.parametrize(("pattern", "split"), [
    (r"a|b(?:c|d)|e", ["a", "b(?:c|d)", "e"]), (r"[|]x|y", ["[|]x", "y"]), (r"\||z", [r"\|", "z"]),
    (r"[]|]x|y", ["[]|]x", "y"]), (r"[^]|]x|y", ["[^]|]x", "y"]), (r"(?=.*a)", ["(?=.*a)"])])
def test_the_alternatives_at_the_top_level(pattern: str, split: list[str]):
    assert alternatives(pattern) == split


@pytest.mark.parametrize("pattern", [r"(?=.*leave)(?=.*balance)", r"x\b|(?=.*pf)(?=.*koto)", r"(?!.*no).*room",
                                     r"(?:(?=.*a)(?=.*b))"])
def test_a_look_ahead_over_the_message_without_an_anchor_is_refused(pattern: str):
    with pytest.raises(ValueError, match="looks ahead over the whole message without"):
        entry(pattern)


@pytest.mark.parametrize("pattern", [r"^(?=.*leave)(?=.*balance)", r"x\b|^(?=.*pf)(?=.*koto)", r"\bpf(?=.*koto)",
                                     r"(?=\w)room"])
def test_anchored_or_narrow_look_aheads_are_taken(pattern: str):
    assert entry(pattern).phrases[0].pattern == pattern


def test_every_registered_services_phrases_are_taken():
    loaded = [registry.load(name, load_demo=False) for name in registry.names()]
    assert sum(len(spec.menu.phrases) for spec in loaded if spec.menu) > 50
