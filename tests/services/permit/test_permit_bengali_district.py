"""An application number whose district code was typed in Bengali letters (বিপি/পুর/২০২৬/১০১) was refused with 'type
the district code in English letters', naming no code. The code is now read: by its letters' names (পিইউআর) as it
is, and as it sounds (পুর: PUR or POR) as the one of its spellings the records hold; when none or several are
held, the numbers to type in English letters are named. Anyone else still learns the status and nothing more."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, stored

from services.permit.kind import KIND

GP = {"code": "baghmundi", "name_bn": "বাঘমুন্ডি", "name_en": "Baghmundi", "block": "Baghmundi", "district": "Purulia"}


@pytest.mark.parametrize("typed", ["বিপি/পুর/২০২৬/১০১", "BP/পুর/2026/101", "বিপি পিইউআর ২০২৬ ১০১", "পুর/২০২৬/১০১",
                                   "বিপি/পুর/২০২৬/১০১ এর অবস্থা"])
async def test_the_district_code_in_bengali_letters_is_read(citizen, typed):
    answer = await citizen(RINA, lang="bn").say(typed)
    assert "BP/PUR/2026/000101" in answer.text and "আবেদনকারী: রিনা দাস" in answer.text, (typed, answer.text)


async def test_the_letter_is_sent_for_such_a_number(citizen):
    answer = await citizen(RINA, lang="bn").say("বিপি/পুর/২০২৬/১০১ ডাউনলোড")
    assert len(answer.pdfs) == 1


async def test_someone_else_learns_the_status_only(citizen):
    answer = await citizen(ARJUN, lang="bn").say("বিপি/পুর/২০২৬/১০১")
    assert "BP/PUR/2026/000101" in answer.text and "অনুমোদিত" in answer.text
    assert "রিনা" not in answer.text and "Baghmundi" not in answer.text and not answer.pdfs


async def test_a_number_held_under_none_of_its_spellings_names_them_in_english_letters(citizen):
    answer = await citizen(RINA, lang="en").say("বিপি/পুর/২০২৬/৪৪০১")
    assert "*BP/PUR/2026/004401*" in answer.text and "*BP/POR/2026/004401*" in answer.text, answer.text
    assert "district code in English letters" in answer.text


async def test_a_code_fitting_two_numbers_held_names_both_and_shows_neither(citizen, runtime):
    await stored(runtime, KIND, {"number": "BP/POR/2026/000101", "name_bn": "সুমন", "name_en": "Suman Mahato",
                                 "mobile": "9811111111", "gp": GP, "fee": 900, "use": "residential", "floors": 1,
                                 "plot": {"mouza": "Matha", "jl_no": "98", "khatian": "1", "dag_no": "2"},
                                 "built_up_area": 40})
    answer = await citizen(RINA, lang="en").say("বিপি/পুর/২০২৬/১০১")
    assert "*BP/PUR/2026/000101*" in answer.text and "*BP/POR/2026/000101*" in answer.text, answer.text
    assert "Rina" not in answer.text and "Suman" not in answer.text and not answer.choices
    answer = await citizen(RINA, lang="en").say("BP/PUR/2026/000101")
    assert "Rina Das" in answer.text


async def test_a_code_spelt_as_no_held_number_offers_ones_own_with_its_serial(citizen):
    answer = await citizen(ARJUN, lang="bn").say("বিপি/বাঁক/২০২৬/৪৫")  # BNK has no sound: read as BAK or BAC
    assert "*BP/BAK/2026/000045*" in answer.text and "ইংরেজি অক্ষরে" in answer.text, answer.text
    assert "permit:view:BP/BNK/2026/000045" in answer.choices, answer.choices
    stranger = await citizen("919812340001", lang="bn").say("বিপি/বাঁক/২০২৬/৪৫")
    assert not [c for c in stranger.choices if c.startswith("permit:view:")]
