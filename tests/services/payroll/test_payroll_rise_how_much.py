"""How much pay or DA rose, asked ("DA koto barlo", "ডিএ কত বাড়ল", "how much did the DA increase", "salary koto
bereche"), got "I could not tell which service your message is for" at the main menu: it is answered as when it rises
is (``pay_news``): decided by the government and the office, not known here, shown on that month's slip once paid,
the latest slip a tap away. How much the DA on one's slip is ("DA koto?"), or a rise told with a why, stays as it
was."""
from __future__ import annotations

import pytest

from gateway.menu import phrase_pattern
from services.payroll.phrases import pay_news
from services.payroll.service import MENU
from shared.india import plain

ROSE = ["DA koto barlo", "ডিএ কত বাড়ল", "how much did the DA increase", "salary koto barche", "beton koto bereche"]


@pytest.mark.parametrize("typed", ROSE)
def test_how_much_it_rose_is_read(typed):
    assert pay_news(typed), typed


@pytest.mark.parametrize("typed", ["DA koto?", "amar DA arrear koto", "my salary increased this month, why?",
                                   "koto taka barlo bazare"])
def test_ones_pay_or_other_rises_are_not(typed):
    assert not pay_news(typed), typed


@pytest.mark.parametrize("typed", ROSE)
def test_at_the_main_menu_it_is_answered_with_the_latest_slip_offered(typed):
    phrase = next(p for p in MENU.phrases if phrase_pattern(p.pattern).search(plain(typed)))
    assert "is decided by the government and your office" in phrase.says["en"], phrase.action
    assert phrase.offer and phrase.action == "slip"
