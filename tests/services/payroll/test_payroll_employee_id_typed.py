"""Someone told that Payroll is for registered employees gives their employee ID ("I am an employee of Baghmundi GP,
employee id GP-PUR-0027", "amar employee id GP-PUR-0027", "আমি পঞ্চায়েতের কর্মচারী"): the words were kept as a
complaint's, to send to Complaints. They reach Payroll, which answers as before and says why an ID typed here does
not register the number: only the office's payroll desk can, so no one gets another's slips by typing their ID. A
registered employee typing their ID gets the payroll menu; nothing of the record is shown to anyone."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, words

STRANGER, SABINA = "919800000090", "919800000003"
WHY = {"en": "An employee ID typed here does not register this number",
       "bn": "এখানে কর্মচারী আইডি লিখলে নম্বরটি নথিভুক্ত হয় না"}


@pytest.mark.parametrize("lang, typed", [
    ("en", "I am an employee of Baghmundi GP, employee id GP-PUR-0027"), ("en", "my staff id is GP-PUR-0027"),
    ("bn", "amar employee id GP-PUR-0027"), ("bn", "আমি পঞ্চায়েতের কর্মচারী"), ("bn", "কর্মচারী আইডি GP-PUR-0027"),
    # with "one" (একজন), as often said ("I could not tell which service" before)
    ("bn", "ami ekjon karmachari"), ("bn", "আমি একজন কর্মচারী"), ("bn", "ami panchayat er ekjon kormochari"),
])
async def test_an_id_typed_by_an_unregistered_number_is_told_why_it_does_not_register(system, lang, typed):
    stranger = await at_the_menu(system, STRANGER, lang)
    got = await stranger.say(typed, until=lambda m: WHY[lang] in words(m))
    text = words(got)
    assert "Sabina" not in text and "সাবিনা" not in text, text  # the record is not named
    assert "kept for 30 minutes" not in text and "রাখা থাকবে" not in text, text


async def test_a_registered_employee_typing_the_id_gets_the_payroll_menu(system):
    sabina = await at_the_menu(system, SABINA, name="Sabina Khatun")
    got = await sabina.say("my employee id is GP-PUR-0027", until=lambda m: "PIN" in words(m))
    assert WHY["en"] not in words(got), words(got)
