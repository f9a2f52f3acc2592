"""'what documents are missing?', 'ki ki kagoj lagbe', 'কোন কাগজ বাকি আছে?' typed at the main menu reached no service
(the words were kept for a complaint). Building permission and the trade NOC now both take them (the menu asks which,
as for applying again); a trade named is the NOC's alone, a building permission named the permit's alone."""
from __future__ import annotations

import pytest

from gateway.menu import phrase_pattern
from services.noc.service import MENU as NOC_MENU
from services.permit.service import MENU as PERMIT_MENU
from shared.india import plain


def asks(menu, text: str) -> bool:
    return any(phrase_pattern(p.pattern).search(plain(text)) for p in menu.phrases if p.action == "missing")


@pytest.mark.parametrize("typed", ["what documents are missing?", "ki ki kagoj lagbe", "কোন কাগজ বাকি আছে?",
                                   "কী কী নথি প্রয়োজন"])
def test_both_casework_services_take_the_question(typed):
    assert asks(PERMIT_MENU, typed) and asks(NOC_MENU, typed)


def test_a_named_one_is_that_service_alone():
    assert asks(NOC_MENU, "trade licence er ki ki kagoj lagbe") and not asks(PERMIT_MENU, "trade licence er ki ki "
                                                                                         "kagoj lagbe")
    assert asks(PERMIT_MENU, "বাড়ির অনুমতির কোন কাগজ বাকি") and not asks(NOC_MENU, "বাড়ির অনুমতির কোন কাগজ বাকি")


def test_the_letter_asked_for_is_not_the_question():
    assert not asks(PERMIT_MENU, "amar chithi dao") and not asks(NOC_MENU, "send my certificate")
