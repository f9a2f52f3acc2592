"""A verification code found among what a person typed: four groups of four as printed, lower case, spaced, a 0, 1
or 8 for O, I or B; sixteen digits (a card's, an account's) are no code, nor four words; ``alone``, where a question
asks for the person's own words, only the code with words asking to check it."""
from __future__ import annotations

import pytest

from shared.documents.codes import code_in

CODE = "HF6S-PZL2-QOPN-VOOO"


@pytest.mark.parametrize("typed", [CODE, "hf6s pzl2 qopn v000", "HF6SPZL2QOPNVOOO", f"is {CODE} genuine?"])
def test_codes(typed):
    assert code_in(typed) == CODE


@pytest.mark.parametrize("typed", ["1234 5678 1234 5678", "1234-5678-1234-5678", "this that what when",
                                   "internationalism", "ABCDEFGHIJKLMNOP"])
def test_no_codes(typed):
    assert code_in(typed) is None


@pytest.mark.parametrize("typed", [CODE, f"verify {CODE}", f"code: {CODE}.", f"যাচাই করুন {CODE}", f"কোড {CODE}"])
def test_alone(typed):
    assert code_in(typed, alone=True) == CODE


@pytest.mark.parametrize("typed", [f"Anjali {CODE}", f"the shop's certificate {CODE} is fake", f"{CODE} আমার নাম"])
def test_among_words_is_no_code_typed_alone(typed):
    assert code_in(typed, alone=True) is None
