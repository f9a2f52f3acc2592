"""A bonus, an arrear or an increment said not received ("bonus er taka pai ni", "arrear ekhono asheni", "I did not
get my bonus", "বোনাস পাইনি") reached no service at the main menu and was "Sorry, I did not understand" in the payroll
chat, while the same asked with a "when" ("puja bonus kobe pabo") was answered. It is answered the same way
(``pay_news``): the government and the office decide when it is paid, it is not known here, whom to ask, and that once
paid it shows on that month's slip, the latest a tap away. A scheme's money owed ("pension er arrear pai ni", "100
diner kajer bokeya taka pai ni") stays a complaint's, and "bonus" alone or a bonus said paid is no such words."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, choices, has, saying, words

from services.payroll.phrases import pay_news

ANIMA = "919733000101"  # the demo's employee, PIN 4821
SAID = {"en": "is decided by the government and your office: it is not known here",
        "bn": "ঠিক করে সরকার ও আপনার অফিস: এখানে তা জানা নেই"}
UNPAID = ["bonus er taka pai ni", "arrear ekhono asheni", "did not get my bonus", "I didn't get my puja bonus",
          "বোনাস পাইনি", "puja bonus paini", "I have not received my DA arrear", "increment er taka ekhono ase ni",
          "এরিয়ার এখনও আসেনি"]


@pytest.mark.parametrize("typed", UNPAID)
def test_a_bonus_or_an_arrear_not_received_is_read(typed):
    assert pay_news(typed), typed


@pytest.mark.parametrize("typed", ["bonus", "my bonus was credited", "bonus er taka koto", "salary pai ni",
                                   "pension pai ni", "pension er arrear pai ni", "100 diner kajer bokeya taka pai ni",
                                   "bokeya taka pai ni", "job card er arrear pai ni"])
def test_ones_pay_a_schemes_money_or_a_bonus_paid_are_not(typed):
    assert not pay_news(typed), typed


@pytest.mark.parametrize("typed", ["pension er arrear pai ni", "100 diner kajer bokeya taka pai ni"])
def test_a_schemes_money_owed_stays_a_complaints(typed):
    assert "payroll:slip" not in menu_claims(typed)


@pytest.mark.parametrize("lang, typed", [("en", "bonus er taka pai ni"), ("en", "did not get my bonus"),
                                         ("bn", "বোনাস পাইনি")])
async def test_at_the_main_menu_it_is_said_whose_it_is(system, lang, typed):
    anima = await at_the_menu(system, ANIMA, lang, name="Anima")
    got = await anima.say(typed, until=has("interactive"))
    assert SAID[lang] in words(got), words(got)
    assert choices(got) == ["payroll:slip", "shell:menu"], choices(got)


async def test_in_the_payroll_chat_it_is_said_and_the_menu_offered_again(system):
    anima = await at_the_menu(system, ANIMA, "en", name="Anima")
    await anima.tap("payroll:menu", until=has("interactive"))
    got = await anima.say("arrear ekhono asheni", until=saying(SAID["en"]))
    assert "Sorry" not in words(got)
    assert "payroll:slip" in choices(got), choices(got)


async def test_at_the_pins_question_it_is_said_and_no_try_is_lost(system):
    anima = await at_the_menu(system, ANIMA, "en", name="Anima")
    await anima.tap("payroll:slip", until=saying("Type your PIN"))
    got = await anima.say("puja bonus paini", until=has("text"))
    assert SAID["en"] in words(got) and "Type your PIN" in words(got), words(got)
    await anima.say("4821", until=has("document"))
