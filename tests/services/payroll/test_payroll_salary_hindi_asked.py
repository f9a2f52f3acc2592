"""One's salary asked in Hindi, "meri salary kitni hai", "मेरी सैलरी कितनी है", "वेतन कितना मिला", reached no service
(the employee was offered to send it to Complaints), where "amar beton koto" asked the PIN for the latest slip: it
does too. The pay said less ("meri salary kitni kam aayi") stays a doubt, and its day asked ("salary kitne din me
aayegi") the credit's."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from phone_kit import at_the_menu, words
from test_payroll_salary_what_asked import claimed_by

from services.payroll.domain import month_name, today_in_india
from services.payroll.domain.period import month_of, moved
from services.payroll.phrases import asked_for


@pytest.mark.parametrize("said", ["meri salary kitni hai", "mera vetan kitna hai", "salary kitni aayi",
                                  "mujhe salary kitni mili", "मेरी सैलरी कितनी है", "वेतन कितना मिला",
                                  "मेरी तनख्वाह कितनी है"])
def test_ones_salary_asked_in_hindi_is_payrolls_slip_alone(said: str):
    assert asked_for(said) == "slip", said
    assert claimed_by(said) == ["payroll"], said


@pytest.mark.parametrize(("said", "action"), [("meri salary kitni kam aayi", "doubt"),
                                              ("salary kitne din me aayegi", "credit"),
                                              ("pradhan ki salary kitni hai", None)])
def test_the_pay_doubted_or_its_day_asked_stays_its_own(said: str, action: str | None):
    assert asked_for(said) == action, said


async def test_at_the_main_menu_the_pin_is_asked_for_the_latest_slip(system):
    last = moved(month_of(today_in_india(datetime.now(UTC))), -1)  # the demo's latest month
    subrata = await at_the_menu(system, "919733000102", name="Subrata")
    got = await subrata.say("meri salary kitni hai", until=lambda m: "PIN" in words(m) or "could not" in words(m))
    assert f"PIN to get your pay slip for {month_name(last, 'en')}" in words(got), words(got)
