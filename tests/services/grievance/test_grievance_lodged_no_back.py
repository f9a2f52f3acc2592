"""The receipt of a complaint just lodged ended 'Type *back* or 0 to go back, or *menu* for the main menu.' ('আগের
ধাপে যেতে *ফিরে* বা ০ লিখুন ...'), though nothing is left to go back to: the draft is gone and the complaint lodged.
It now ends with the way on only, 'Type *menu* for the main menu.' ('মূল মেনুর জন্য *মেনু* লিখুন।'); a prompt
with a step behind it still says how to go back."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("lang", "back", "menu"), [
    ("en", "*back*", "Type *menu* for the main menu."),
    ("bn", "*ফিরে*", "মূল মেনুর জন্য *মেনু* লিখুন।"),
])
async def test_the_receipt_offers_no_step_back(make_person, lang: str, back: str, menu: str) -> None:
    person = make_person(lang)
    summary = await person.draft()
    assert back in summary.text  # the summary has the description behind it
    done = await person.tap(summary.choice("grievance:submit:"))
    assert done.event("grievance.ticket.lodged")
    assert back not in done.text and " ০ " not in done.text and " 0 " not in done.text, done.text
    assert done.text.rstrip().endswith(menu), done.text
