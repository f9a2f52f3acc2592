"""A financial year typed with words asking for it at the list of years ("২০২৫-২৬ এর টা দিন", "2025-26 er ta din",
"2025-26 please") was answered "Sorry, I did not understand" with the payroll menu, though the year alone
("2025-26") was taken; it now asks the PIN for that year's statement, as the year alone does."""
from __future__ import annotations

import pytest
from payroll_kit import pay


@pytest.mark.parametrize(("lang", "words", "asked"), [
    ("bn", "২০২৫-২৬ এর টা দিন", "২০২৫-২৬ (এপ্রিল ২০২৫ – মার্চ ২০২৬)-এর বার্ষিক বেতন বিবরণী পেতে আপনার পিন লিখুন"),
    ("en", "2025-26 er ta din", "PIN to get your annual salary statement for 2025-26"),
    ("en", "2025-26 please", "PIN to get your annual salary statement for 2025-26"),
])
async def test_a_financial_year_asked_for_in_words_at_the_years_list(office, staff, lang, words, asked):
    await office.register()
    for month in ("2025-05", "2026-01"):
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff(lang=lang)
    await me.set_pin("739164")
    await me.tap("payroll:years")
    got = await me.say(words)
    assert asked in got.text, got.text


def test_other_words_around_it_are_still_no_year():
    from services.payroll.domain.typed_period import parse_statement_year
    assert parse_statement_year("2025-26") is None  # the year alone is parse_typed_year's
    assert parse_statement_year("2025 er ta din") is None  # a calendar year needs the word statement
    assert parse_statement_year("my pin 2025-26 is") is None
