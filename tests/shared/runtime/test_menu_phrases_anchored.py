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


def test_each_pattern_is_checked_once_however_often_its_entry_is_built():
    """The gateway builds every menu entry from the store for each message that reads the menu: the check of a
    pattern's alternatives (a Python loop over up to 1,500 characters a phrase) is made once per pattern, not each
    time (it had made reading the menu 6 ms of the gateway's CPU instead of 0.2)."""
    from shared.runtime.menu_entry import _unanchored
    pattern = r"^(?=.*leave)(?=.*balance)|\bsalary\s+certificate\b|^(?=.*gpf)(?=.*koto)"
    entry(pattern)
    misses = _unanchored.cache_info().misses
    for _ in range(5):
        MenuEntry.from_payload(entry(pattern).as_payload())
    assert _unanchored.cache_info().misses == misses
