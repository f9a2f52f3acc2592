"""When pay rises or a bonus or an arrear comes, asked at the main menu or inside Payroll ("DA kobe barbe", "puja bonus
kobe pabo", "when will my salary increase", "বোনাস কবে দেবে"): "I could not tell which service your message is for",
the words offered to Complaints; inside Payroll, "Sorry, I did not understand", or read as no PIN at the PIN's
question. It is said that the government and the office decide it, that it is not known here and whom to ask, and that
once paid it shows on that month's slip, with the latest slip a tap away; inside Payroll the step's question after it.
How much an arrear on one's slip is ("amar DA arrear koto") is the slip's earnings, as before."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, saying, words

from services.payroll.phrases import asked_for, pay_news

ANIMA = "919733000101"  # the demo's employee, PIN 4821
SAID = {"en": "is decided by the government and your office: it is not known here",
        "bn": "ঠিক করে সরকার ও আপনার অফিস: এখানে তা জানা নেই"}


@pytest.mark.parametrize("typed", ["DA kobe barbe", "puja bonus kobe pabo", "when will my salary increase",
                                   "বোনাস কবে দেবে", "বেতন কবে বাড়বে", "arrear er taka kobe pabo",
                                   "when will the DA arrears be paid"])
def test_a_rise_a_bonus_or_an_arrear_asked_after_is_read(typed):
    assert pay_news(typed), typed


@pytest.mark.parametrize("typed", ["DA koto?", "amar DA arrear koto", "beton kobe dhukbe", "my salary is less this month",
                                   "pay slip", "bonus"])
def test_ones_pay_or_its_parts_are_not(typed):
    assert not pay_news(typed), typed


def test_how_much_an_arrear_on_ones_slip_is_stays_the_slips_earnings():
    assert asked_for("amar DA arrear koto") == "earnings"


@pytest.mark.parametrize("lang, typed", [("en", "when will my salary increase"), ("en", "puja bonus kobe pabo"),
                                         ("bn", "বোনাস কবে দেবে"), ("bn", "DA kobe barbe")])
async def test_asked_at_the_main_menu_it_is_said_whose_it_is(system, lang, typed):
    anima = await at_the_menu(system, ANIMA, lang, name="Anima")
    got = await anima.say(typed, until=has("interactive"))
    assert SAID[lang] in words(got), words(got)
    assert choices(got) == ["payroll:slip", "shell:menu"], choices(got)


async def test_asked_at_the_pins_question_it_is_said_and_the_pin_asked_again(system):
    anima = await at_the_menu(system, ANIMA, "en", name="Anima")
    await anima.tap("payroll:slip", until=saying("Type your PIN"))
    got = await anima.say("DA kobe barbe", until=has("text"))
    assert SAID["en"] in words(got) and "Type your PIN" in words(got), words(got)
    await anima.say("4821", until=has("document"))  # no try lost: the PIN still gets the slip asked for
