"""The one way back every service reads: its words, and the phone menu's keys where they are no answer."""
from __future__ import annotations

import pytest

from shared.back import goes_back, row_number


@pytest.mark.parametrize("typed", ["back", "Back.", "*back*", "go back", "ফিরে", "ফিরে যাও", "ফিরুন", "পিছনে",
                                   "পেছনে যান", "আগের ধাপে", "ব্যাক", "phire jao", " 0 ", "০", "０", "0️⃣", "#", "＃",
                                   "#️⃣", "*", "＊", "*️⃣", "0।"])
def test_the_words_and_a_phone_menus_keys_go_back(typed):
    assert goes_back(typed)


@pytest.mark.parametrize("typed", ["00", "01", "0 guests", "##", "**", "#1", "fire", "backpack", "ফেরত দিন", "",
                                   "cancel", "বাতিল"])
def test_a_number_a_sentence_or_another_word_does_not(typed):
    assert not goes_back(typed)


def test_a_key_the_step_reads_as_its_answer_is_not_back_there():
    assert not goes_back("0", answers="0") and not goes_back("০", answers="0") and not goes_back("0️⃣", answers="0")
    assert goes_back("#", answers="0") and goes_back("*", answers="0") and not goes_back("*", answers="0*")
    assert goes_back("back", answers="0*") and goes_back("ফিরে", answers="0*")


@pytest.mark.parametrize("typed", ["pichone jao", "Pichone jan!", "pichhone jao", "piche jao", "পিছে যাও", "পিছনে চলুন"])
def test_go_back_said_whole_in_banglish_or_bengali_goes_back(typed):
    assert goes_back(typed)


@pytest.mark.parametrize("typed, row", [("first", 1), ("the first one", 1), ("prothom ta", 1), ("প্রথমটা", 1),
                                        ("দ্বিতীয়টি", 2), ("2nd", 2), ("Second one.", 2), ("ditiyo ta", 2),
                                        ("third", 3), ("tritiyo ta", 3), ("চতুর্থটা", 4)])
def test_a_row_named_by_its_place_in_words_is_that_row(typed, row):
    assert row_number(typed, 5) == row


@pytest.mark.parametrize("typed", ["firstly", "first aid", "second hand", "5th", "পঞ্চমটা", "first time here"])
def test_other_words_or_a_place_past_the_rows_name_none(typed):
    assert row_number(typed, 4) is None
