"""A greeting typed where the complaint's description is asked ("hi", "nomoskar", "নমস্কার", "hello sir") was taken
as the description: a short one was told to be longer, a longer one ("good morning sir") became the complaint's
first line. It is answered as a greeting, with the description asked again and an example of one."""
from __future__ import annotations

import pytest
from grievance_kit import KALCHINI_GP

GREETINGS = {"en": ("hi", "hello sir", "Hello!", "good morning sir", "namaste ji"),
             "bn": ("nomoskar", "নমস্কার", "নমস্কার স্যার", "namaskar dada", "হ্যালো 🙏")}


async def _at_description(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    return await person.tap(f"grievance:gp:{KALCHINI_GP}")


@pytest.mark.parametrize(("lang", "said"), [(lang, said) for lang, said_so in GREETINGS.items() for said in said_so])
async def test_a_greeting_at_the_description_asks_for_it_again_with_an_example(office, lang, said):
    person = office.person(lang=lang)
    asked = await _at_description(person)
    greeted = await person.say(said)
    expected = {"en": ("Hello 🙏", "For example:", asked.text),
                "bn": ("নমস্কার 🙏", "যেমন:", asked.text)}[lang]
    assert greeted.text.startswith(expected[0]) and expected[1] in greeted.text and greeted.text.endswith(expected[2])
    assert "10" not in greeted.text  # no "at least 10 characters": a greeting is no short description
    summary = await person.say("The tube well near the school has been dry for a week.")
    assert ": The tube well near the school has been dry for a week.\n" in summary.text  # the greeting no part of it


@pytest.mark.parametrize("said", ("hi, the tube well near the school is dry", "নমস্কার, স্কুলের পাশের কলে জল নেই",
                                  "nomoskar, school er pashe kol e jol nei"))
async def test_a_greeting_that_goes_on_to_the_problem_is_the_description(person, said):
    await _at_description(person)
    summary = await person.say(said)
    assert said in summary.text and summary.choice("grievance:submit:")
