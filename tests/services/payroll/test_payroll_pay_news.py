"""When pay rises or a bonus or an arrear comes, asked at the main menu or inside Payroll ("DA kobe barbe", "puja bonus
kobe pabo", "when will my salary increase", "বোনাস কবে দেবে"): "I could not tell which service your message is for",
the words offered to Complaints; inside Payroll, "Sorry, I did not understand", or read as no PIN at the PIN's
question. It is said that the government and the office decide it, that it is not known here and whom to ask, and that
once paid it shows on that month's slip, with the latest slip a tap away; inside Payroll the step's question after it.
How much an arrear on one's slip is ("amar DA arrear koto") is the slip's earnings, as before. Asked at the main menu
and at the PIN's question, through the webhook: ``test_payroll_not_held``, beside what the payroll does not hold."""
from __future__ import annotations

import pytest

from services.payroll.phrases import asked_for, pay_news


@pytest.mark.parametrize("typed", ["DA kobe barbe", "puja bonus kobe pabo", "when will my salary increase",
                                   "বোনাস কবে দেবে", "বেতন কবে বাড়বে", "arrear er taka kobe pabo",
                                   "when will the DA arrears be paid", "increment kobe hobe", "ইনক্রিমেন্ট কবে হবে"])
def test_a_rise_a_bonus_or_an_arrear_asked_after_is_read(typed):
    assert pay_news(typed), typed


@pytest.mark.parametrize("typed", ["DA koto?", "amar DA arrear koto", "beton kobe dhukbe",
                                   "my salary is less this month", "pay slip", "bonus",
                                   "my salary increased this month, why?",
                                   "I want to raise a complaint about my pay"])
def test_ones_pay_or_its_parts_are_not(typed):
    assert not pay_news(typed), typed


def test_how_much_an_arrear_on_ones_slip_is_stays_the_slips_earnings():
    assert asked_for("amar DA arrear koto") == "earnings"

