"""An amount as money is written on Indian papers, 'Rs. 5,000/-', is read; other words after a figure are refused
as not an amount, not blamed on its commas."""
from __future__ import annotations

import pytest

from services.payroll.domain.written import paise


@pytest.mark.parametrize("written, rupees", [("Rs. 5,000/-", 5000), ("₹ 1,00,000/-", 100000), ("28400/-", 28400),
                                             ("১,২৩,৪৫৬/-", 123456)])
def test_the_closing_mark_of_an_amount_is_read(written, rupees):
    assert paise(written) == rupees * 100


@pytest.mark.parametrize("written", ["1,000 approx", "1,00,000 only", "5,000/-/-"])
def test_words_after_a_grouped_figure_are_not_blamed_on_the_commas(written):
    with pytest.raises(ValueError) as refused:
        paise(written)
    assert "commas" not in str(refused.value) and "not an amount" in str(refused.value)


def test_commas_out_of_place_are_still_named():
    with pytest.raises(ValueError, match="commas are not grouped"):
        paise("5,0000")
