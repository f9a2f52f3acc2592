"""One's PIN asked for ("amar PIN ta ki", "what is my PIN", "আমার পিন কত", "pin jani na") was "Sorry, I did not
understand" in the payroll chat, "A PIN is 4 to 6 digits, not words" at the PIN's question, and at the main menu "I
could not tell which service": it is *Forgot my PIN*, the office's payroll desk with its contact, no try counted; a
postal PIN code and a PIN's length asked are still not."""
from __future__ import annotations

import pytest
from phone_kit import Phone, has, words
from test_payroll_pin_words import _asked

from services.payroll.phrases import asked_for

ASKED = ["amar PIN ta ki", "what is my PIN", "what's my pin", "আমার পিন কত", "আমার পিনটা কী", "pin jani na",
         "I don't know my PIN"]


@pytest.mark.parametrize("typed", ASKED)
def test_ones_pin_asked_for_is_forgot(typed: str):
    assert asked_for(typed) == "forgot", typed


@pytest.mark.parametrize("typed", ["amar pin code ki", "PIN koto digit er", "what is the pin code of my village"])
def test_a_pin_code_or_a_pins_length_is_not(typed: str):
    assert asked_for(typed) != "forgot", typed


@pytest.mark.parametrize("typed, said", [("amar PIN ta ki", "Forgot your PIN?"),
                                         ("আমার পিন কত", "পিন ভুলে গেছেন?")])  # Bengali words answered in Bengali
async def test_at_the_pin_question_it_is_forgot_no_try_counted(office, staff, typed, said):
    me = await _asked(office, staff)

    got = await me.say(typed)

    assert said in got.text, got
    assert len((await me.tap("payroll:slip")).pdfs) == 0 and len((await me.say("739164")).pdfs) == 1


async def test_at_the_payroll_menu_and_the_main_menu(system):
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima")  # the demo's employee with a PIN
    await anima.start("en")
    got = await anima.say("what is my PIN", until=has("interactive"))
    assert "Forgot your PIN?" in words(got) and "03252 255 014" in words(got), words(got)
    await anima.tap("payroll:menu", until=has("interactive"))
    got = await anima.say("amar PIN ta ki", until=has("interactive"))
    assert "Forgot your PIN?" in words(got) and "did not understand" not in words(got), words(got)
