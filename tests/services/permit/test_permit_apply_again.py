"""After a rejection, 'how do I apply again', 'reapply', 'abar apply korbo kivabe', 'আবার আবেদন করব কীভাবে' were
answered 'Sorry, I did not understand'. They are now answered with the asker's rejected application, why it was
rejected and the gram panchayat office to make a new application at, with its View and the View's buttons; an
application number with a two-figure year (BP/PUR/25/988) is now found too."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, TAPAN


@pytest.mark.parametrize(("lang", "words", "told"), [
    ("en", "how do I apply again", "To apply again, make a new application at Baghmundi Gram Panchayat office"),
    ("en", "reapply", "To apply again"), ("bn", "abar apply korbo kivabe", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে নতুন আবেদন"),
    ("bn", "আবার আবেদন করব কীভাবে", "আবার আবেদন করতে বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে"),
    ("en", "reapply BP/PUR/25/988", "To apply again")])
async def test_applying_again_is_told_how_with_the_reason(citizen, lang, words, told):
    answer = await citizen(TAPAN, lang=lang).say(words)
    assert told in answer.text and "BP/PUR/2025/000988" in answer.text, (words, answer.text)
    assert "apply for conversion of its use first" in answer.text, answer.text
    assert list(answer.choices)[:1] == ["permit:view:BP/PUR/2025/000988"], answer.choices
    assert {"permit:mine", "permit:home"} <= set(answer.choices), answer.choices


async def test_someone_with_no_rejected_application_is_told_there_is_nothing_to_apply_again_for(citizen):
    answer = await citizen(ARJUN).say("how do I reapply")
    assert "None of your 3 applications on this number was rejected or revoked" in answer.text, answer.text
    assert "*BP/PUR/2026/000104* · Under scrutiny · Ajodhya" in answer.text, answer.text
    assert "did not understand" not in answer.text and "permit:mine" in answer.choices


async def test_a_stranger_naming_the_number_sees_its_status_only(citizen):
    answer = await citizen("919812340001").say("reapply BP/PUR/25/988")
    assert "Application BP/PUR/2025/000988: *Rejected*" in answer.text and "conversion" not in answer.text


@pytest.mark.parametrize("typed", ["BP/PUR/25/988", "bp pur 25 988", "বিপি/পুর/২৫/৯৮৮"])
async def test_a_two_figure_year_finds_the_application(citizen, typed):
    answer = await citizen(TAPAN).say(typed)
    assert "*Application BP/PUR/2025/000988*" in answer.text, (typed, answer.text)


async def test_the_menus_tap_for_applying_again_is_answered_as_the_words_are(citizen):
    """"how do I apply again" typed at the main menu reaches the chat as the tap ``permit:again`` carrying them."""
    me = citizen(TAPAN)
    answer = await me.send(me.envelope(reply_id="permit:again", text="how do I apply again"))
    assert "To apply again" in answer.text and "BP/PUR/2025/000988" in answer.text, answer.text
    assert list(answer.choices)[:1] == ["permit:view:BP/PUR/2025/000988"], answer.choices
