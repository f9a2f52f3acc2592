"""A shop's name or address to be changed, no licence named ("দোকানের ঠিকানা বদলাতে চাই", "I want to change my shop's
address", "dokaner naam bodlate chai"), was no service's at the main menu ("I could not tell which service", the words
offered to Complaints): they are the trade NOC's details, corrected only at the gram panchayat office, as they are with
the licence named (``test_casework_details_changed_asked``)."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words

SAID = {"en": "are corrected only at the gram panchayat office", "bn": "কেবল গ্রাম পঞ্চায়েত অফিসে সংশোধন করা যায়"}


@pytest.mark.parametrize(("lang", "typed"), [("bn", "দোকানের ঠিকানা বদলাতে চাই"),
                                             ("en", "I want to change my shop's address"),
                                             ("bn", "dokaner naam bodlate chai")])
async def test_a_shops_details_asked_changed_are_told_where(system, lang, typed):
    phone = await at_the_menu(system, "919800000099", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert SAID[lang] in words(got), words(got)
