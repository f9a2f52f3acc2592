"""A bribe asked for, corruption or an official's misbehaviour told at the main menu ("pradhan ghush chaiche", "প্রধান
ঘুষ চাইছে", "the secretary asked for a bribe") was "I could not tell which service", the words only kept for a tap
on Complaints. It begins a complaint with those words, its subject staff conduct (whose complaints go to the block
office, not to the gram panchayat the words are about)."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words

from gateway.menu import phrase_pattern
from services.grievance.service import MENU
from shared.india import plain
from shared.runtime.spec import WORDS

STRANGER = "919800000078"


def begins_one(text: str) -> bool:
    return any(phrase_pattern(p.pattern).search(plain(text)) for p in MENU.phrases if p.action == WORDS)


@pytest.mark.parametrize("typed", ["pradhan ghush chaiche", "প্রধান ঘুষ চাইছে", "the secretary asked for a bribe",
                                   "panchayat e khub durniti", "পঞ্চায়েতে দুর্নীতি হচ্ছে", "the clerk misbehaved with me",
                                   "प्रधान रिश्वत मांग रहा है"])
def test_a_bribe_or_misconduct_told_begins_a_complaint(typed):
    assert begins_one(typed)


@pytest.mark.parametrize("typed", ["ghusuri", "ghost story", "rude"])  # no bribe in them; "rude" alone no complaint
def test_other_words_do_not(typed):
    assert not begins_one(typed)


@pytest.mark.parametrize("lang, typed, subject", [("bn", "pradhan ghush chaiche", "কর্মীর আচরণ"),
                                                  ("en", "the secretary asked for a bribe", "Staff conduct")])
async def test_through_the_webhook_it_begins_one_its_subject_staff_conduct(system, lang, typed, subject):
    phone = await at_the_menu(system, STRANGER, lang)
    got = await phone.say(typed, until=has("interactive"))
    assert subject in words(got), words(got)
