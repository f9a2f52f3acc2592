"""An application number typed on a Bengali keyboard: its digits (২০২৬/১০১) were read, but the office's prefix in
Bengali letters (বিপি for BP) was refused as 'That does not look like an application number'. The prefix is now
read; a district code in Bengali letters (পুর) that fits no application held is asked in English letters
(test_permit_bengali_district)."""
from __future__ import annotations

import pytest
from casework_kit import RINA


@pytest.mark.parametrize("typed", ["BP/PUR/২০২৬/১০১", "বিপি/PUR/২০২৬/১০১", "বি.পি. PUR ২০২৬ ১০১", "বিপি-pur-2026-101"])
async def test_bengali_digits_and_the_prefix_in_bengali_letters_are_read(citizen, typed):
    answer = await citizen(RINA, lang="bn").say(typed)
    assert "BP/PUR/2026/000101" in answer.text and "আবেদনকারী: রিনা দাস" in answer.text, typed


@pytest.mark.parametrize(("lang", "said"), [("bn", "জেলার কোড ইংরেজি অক্ষরে"),
                                            ("en", "district code in English letters")])
async def test_a_district_code_in_bengali_letters_is_asked_in_english_letters(citizen, lang, said):
    answer = await citizen(RINA, lang=lang).say("বিপি/পুর/২০২৬/৪৪০১")
    assert said in answer.text and "BP/PUR/2026/000123" in answer.text
