"""Whole numbers in the complaints' and the tourism complaint's chat texts were grouped the Western way
("1,234,567") while money and areas are grouped the Indian way ("12,34,567"); they are now grouped as money is."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from services.grievance.conversation.turn import Turn
from services.tourism.conversation import complaint
from shared.india import grouped


@pytest.mark.parametrize(("lang", "shown"), [("en", "12,34,567"), ("bn", "১২,৩৪,৫৬৭")])
def test_a_complaints_text_groups_a_whole_number_as_money_is(lang, shown):
    assert Turn.show(SimpleNamespace(lang=lang), 1234567) == shown  # type: ignore[arg-type]
    assert Turn.show(SimpleNamespace(lang=lang), 2000) == ("2,000" if lang == "en" else "২,০০০")  # type: ignore


def test_a_tourism_complaints_limit_is_grouped_as_money_is():
    assert complaint._count(SimpleNamespace(lang="en"), 150000) == "1,50,000"  # type: ignore[arg-type]


def test_a_negative_figure_keeps_its_sign_in_front():
    assert grouped("-1234567") == "-12,34,567" and grouped("-12") == "-12" and grouped("999") == "999"
