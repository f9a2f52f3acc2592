"""Taka written short, "tk", as Bengali writes it in Latin letters: "room booking er tk ferot kobe pabo" at the main
menu began a booking ("Which district would you like to stay in?") where "booking er taka ferot kobe pabo" told one's
refunds, and "amar tk ferot chai" reached no service. "tk" is taka there: one's refunds are told. Salary money ("beton
er tk ferot") and a price ("koto tk lagbe") stay no refund."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words
from test_tourism_menu_phrases import asked_for
from test_tourism_refunds_asked import NONE

from services.tourism.refund_asked import ASKED_ALONE


@pytest.mark.parametrize("typed", ["room booking er tk ferot kobe pabo", "amar tk ferot chai", "tk ferot koro",
                                   "booking cancel korechi tk ferot kobe pabo", "tk ferot pai ni"])
def test_tk_ferot_is_a_refund(typed):
    assert asked_for(typed) == "refund", typed


@pytest.mark.parametrize("typed", ["beton er tk ferot kobe pabo", "koto tk lagbe room er", "tk", "ferot"])
def test_other_money_or_tk_alone_is_no_refund(typed):
    assert asked_for(typed) != "refund", typed


def test_tk_ferot_asked_for_in_words_that_only_ask_for_it():
    assert ASKED_ALONE.search("tk ferot chai") and not ASKED_ALONE.search("tk ferot kobe pabo")


async def test_at_the_main_menu_tk_ferot_tells_ones_refunds(system):
    phone = await at_the_menu(system, "919800390081", "en")
    got = await phone.say("room booking er tk ferot kobe pabo", until=has("interactive"))
    assert NONE["en"] in words(got) and "Which district" not in words(got), words(got)
