"""After a rejection, 'how do I apply again', 'abar apply korbo kivabe', 'আবার আবেদন করব কীভাবে' were answered
'Sorry, I did not understand'. They are now answered with the asker's rejected NOC application, why it was rejected
and where to apply again, with its View and the View's buttons; a NOC number with a two-figure year (TNOC/25/190,
টিএনওসি/২৫/১৯০) is now found, for its View and its certificate."""
from __future__ import annotations

import pytest
from casework_kit import RINA, TAPAN


@pytest.mark.parametrize(("lang", "words", "told"), [
    ("en", "how do I apply again", "To apply again, make a new application at Baghmundi Gram Panchayat office"),
    ("bn", "abar apply korbo kivabe", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে বা পোর্টালে নতুন আবেদন"),
    ("bn", "আবার আবেদন করব কীভাবে", "আবার আবেদন করতে বাঘমুন্ডি"), ("bn", "পুনরায় আবেদন করতে চাই", "নামঞ্জুর")])
async def test_applying_again_is_told_how_with_the_reason(citizen, lang, words, told):
    answer = await citizen(TAPAN, lang=lang).say(words)
    assert told in answer.text and "TNOC/2025/000190" in answer.text, (words, answer.text)
    assert "wood-fired oven is not allowed" in answer.text, answer.text
    assert list(answer.choices)[:1] == ["noc:view:TNOC/2025/000190"], answer.choices
    assert {"noc:mine", "noc:home"} <= set(answer.choices), answer.choices


async def test_someone_with_none_rejected_is_told_there_is_nothing_to_apply_again_for(citizen):
    answer = await citizen(RINA, lang="bn").say("আবার আবেদন করব কীভাবে")
    assert "কোনোটিই নামঞ্জুর বা প্রত্যাহার হয়নি" in answer.text and "বুঝতে পারিনি" not in answer.text, answer.text
    assert "আবার আবেদন করার কিছু নেই" in answer.text and "TNOC/2026/000045" in answer.text, answer.text


@pytest.mark.parametrize("typed", ["TNOC/25/190", "টিএনওসি/২৫/১৯০", "tnoc 25 190"])
async def test_a_two_figure_year_finds_the_noc(citizen, typed):
    answer = await citizen(TAPAN).say(typed)
    assert "*NOC TNOC/2025/000190*" in answer.text, (typed, answer.text)


async def test_a_two_figure_year_sends_the_certificate(citizen):
    answer = await citizen(RINA).say("my certificate TNOC/26/45")
    assert answer.pdfs and "TNOC/2026/000045" in answer.text, answer.text
