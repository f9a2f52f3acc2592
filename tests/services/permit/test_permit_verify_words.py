"""A letter's verification code typed into the chat ('HF6S-PZL2-QOPN-VOOO', 'verify hf6s pzl2 qopn v000'), and
'how can I verify a permission letter?' ('অনুমতিপত্র কীভাবে যাচাই করব'), were answered 'Sorry, I did not understand'
or asked for an application number, which a buyer or a bank checking someone's letter does not have. The code is
now answered with the link of its verification page, and the question with how the QR code and the page check a
letter, for anyone, whoever holds it."""
from __future__ import annotations

import pytest
from casework_kit import PUBLIC_URL

STRANGER = "919812340031"


@pytest.mark.parametrize("typed", ["HF6S-PZL2-QOPN-VOOO", "verify hf6s pzl2 qopn v000", "HF6SPZL2QOPNVOOO"])
async def test_a_code_is_answered_with_its_page(citizen, typed):
    answer = await citizen(STRANGER, lang="en").say(typed)
    assert f"{PUBLIC_URL}/verify/HF6S-PZL2-QOPN-VOOO" in answer.text, answer.text


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "how can I verify a building permission letter?"), ("bn", "অনুমতিপত্র কীভাবে যাচাই করব"),
    ("bn", "ei chithi ta asol kina jachai korbo kivabe")])
async def test_how_to_verify_names_the_page(citizen, lang, words):
    answer = await citizen(STRANGER, lang=lang).say(words)
    assert f"{PUBLIC_URL}/verify" in answer.text and "QR" in answer.text, answer.text


@pytest.mark.parametrize("typed", ["this that what when", "internationalism"])
async def test_words_are_no_code(citizen, typed):
    answer = await citizen(STRANGER, lang="en").say(typed)
    assert "/verify" not in answer.text, answer.text
