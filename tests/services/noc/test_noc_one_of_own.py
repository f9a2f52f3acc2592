"""Someone with one NOC who asked for their NOCs ('my NOCs', 'আমার এনওসি') was shown a list of one to tap; that
NOC is now shown at once, as its View is, with a button to check another number instead of one back to the same
list. Two or more are still listed to choose from."""
from __future__ import annotations

import pytest
from casework_kit import RINA, SABINA


@pytest.mark.parametrize(("lang", "words", "said"), [
    ("en", "my NOC", "*NOC TNOC/2025/000122*"), ("bn", "আমার এনওসি", "*NOC TNOC/2025/000122*"),
    ("en", "NOC number", "The numbers of your 1 NOC")])
async def test_ones_only_noc_is_shown_at_once(citizen, lang, words, said):
    answer = await citizen(SABINA, lang=lang).say(words)
    assert "TNOC/2025/000122" in answer.text and said in answer.text, (words, answer.text)
    assert not [c for c in answer.choices if c.startswith("noc:view:")], answer.choices
    assert "noc:status" in answer.choices and "noc:mine" not in answer.choices, answer.choices


async def test_several_are_still_listed(citizen):
    answer = await citizen(RINA).tap("noc:mine")
    assert {c for c in answer.choices if c.startswith("noc:view:")} == {"noc:view:TNOC/2026/000045",
                                                                       "noc:view:TNOC/2025/000310"}
