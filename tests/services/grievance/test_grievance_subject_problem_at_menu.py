"""A subject and its problem alone, typed at the main menu ("water problem", "জলের সমস্যা", "rastar somossa", "drain
issue", "pani problem"), was "Sorry, I did not follow that", while inside the complaints' chat it began a complaint at
that subject (``test_grievance_subject_alone``). The main menu reads it (``wants.SUBJECT_PROBLEM``, a phrase of the
complaints' "new"): the complaint begun at its subject, said taken from the words, the place asked next. A light's or
the power's problem ("light problem", "current problem": a street light or the electricity company's), a problem
said to be none ("no water problem", "water problem nei") and "problem" alone stay what they were."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, choices, has, words

TAKEN = {"water": {"en": "Subject: Drinking water, as your words say.", "bn": "বিষয়: পানীয় জল, আপনার লেখা থেকে বোঝা গেল।"},
         "roads": {"en": "Subject: Roads, as your words say.", "bn": "বিষয়: রাস্তা, আপনার লেখা থেকে বোঝা গেল।"}}


@pytest.mark.parametrize("typed", ["water problem", "জলের সমস্যা", "rastar somossa", "drain issue", "pani problem",
                                   "jol er somossa", "আমাদের জলের সমস্যা", "road problem", "my drinking water issue"])
def test_the_main_menu_begins_a_complaint(typed):
    assert menu_claims(typed) == ["grievance:new"], typed


@pytest.mark.parametrize("typed", ["light problem", "current problem", "no water problem", "water problem nei",
                                   "problem"])
def test_other_words_are_not_this(typed):
    assert "grievance:new" not in menu_claims(typed), typed


@pytest.mark.parametrize(("wa_id", "lang", "typed", "subject"), [
    ("919800380001", "en", "water problem", "water"), ("919800380002", "bn", "জলের সমস্যা", "water"),
    ("919800380003", "en", "rastar somossa", "roads")])
async def test_at_the_main_menu_the_complaint_is_begun_at_its_subject(system, wa_id, lang, typed, subject):
    phone = await at_the_menu(system, wa_id, lang)
    got = await phone.say(typed, until=has("interactive"))
    assert TAKEN[subject][lang] in words(got), words(got)
    assert any(c.startswith("grievance:dist:") for c in choices(got)), choices(got)
    assert "grievance:cat:roads" not in choices(got), choices(got)
