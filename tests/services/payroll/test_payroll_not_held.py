"""What the payroll does not hold, asked at the main menu or inside Payroll ("how many leaves do I have left?", "PF
balance koto?", "I want a salary certificate for bank loan", "ছুটি কত বাকি"): "I could not tell which service your
message is for", the words offered to Complaints; inside Payroll, "Sorry, I did not understand" or, at the PIN's
question, read as no PIN (a leave application, "leave application", "ছুটির আবেদন করব", was asked whether it was for
building permission or the trade NOC). It is said that these are kept by the office's drawing and disbursing officer,
what the slips show of the GPF and that a bank's last three months' slips are had here, with the latest slip a tap
away; inside Payroll the step's question after it. A deduction doubted and a part of the pay asked are read as before.

The bank account one's pay goes to, to be changed ("salary account change korte chai", "বেতনের ব্যাংক অ্যাকাউন্ট বদলাতে
চাই"), reached no service at the main menu: it is said that the DDO changes it, and that each slip shows the account
the pay went to. A job card's account, or a bank account with no pay named, is no such question."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, choices, has, saying, words

from services.payroll.phrases import bank_changed, not_held

ANIMA = "919733000101"  # the demo's employee, PIN 4821
SAID = {"not_held": {"en": "are kept by your office's drawing and disbursing officer",
                     "bn": "ড্রয়িং অ্যান্ড ডিসবার্সিং অফিসার"},
        # when pay rises, a bonus or an arrear comes (``test_payroll_pay_news``)
        "pay_news": {"en": "is decided by the government and your office: it is not known here",
                     "bn": "ঠিক করে সরকার ও আপনার অফিস: এখানে তা জানা নেই"},
        "bank_changed": {"en": "cannot be changed here: your office's drawing and disbursing officer (DDO) changes it",
                         "bn": "বেতনের ব্যাংক অ্যাকাউন্ট এখানে বদলানো যায় না"}}


@pytest.mark.parametrize("typed", ["how many leaves do I have left?", "PF balance koto?", "GPF passbook",
                                   "I want a salary certificate for bank loan", "ছুটি কত বাকি", "chuti koto baki ache",
                                   "বেতনের সার্টিফিকেট লাগবে", "leave application", "chutir application",
                                   "ছুটির আবেদন করব"])
def test_what_is_not_held_is_read(typed):
    assert not_held(typed), typed


@pytest.mark.parametrize("typed", ["leave application", "chutir application", "leave er jonno application korbo",
                                   "ছুটির আবেদন করব"])
def test_a_leave_application_is_payrolls_answer_never_a_permits_or_a_nocs(typed):
    """"leave application" was asked whether it was for building permission or the trade NOC (an application)."""
    assert menu_claims(typed) == ["payroll:slip"], typed


@pytest.mark.parametrize("typed", ["ছুটিতে ২ রাতের জন্য ঘর চাই", "puja chutite ghurte jabo, room chai"])
def test_a_holiday_is_no_leave_asked(typed):
    assert "payroll:slip" not in menu_claims(typed), typed


@pytest.mark.parametrize("typed", ["amar PF kata hoyeche keno", "DA koto?", "leave it", "my salary is less this month",
                                   "I want to take leave", "pay slip"])
def test_what_is_held_or_no_ask_is_not(typed):
    assert not not_held(typed), typed


@pytest.mark.parametrize("typed", ["salary account change korte chai", "beton er bank account bodlate chai",
                                   "বেতনের ব্যাংক অ্যাকাউন্ট বদলাতে চাই", "I have a new bank account for my salary",
                                   "my salary account number has changed"])
def test_the_pays_bank_account_to_be_changed_is_read(typed):
    assert bank_changed(typed) and not not_held(typed), typed


@pytest.mark.parametrize("typed", ["job card er bank account change korbo", "bank account bodlate chai",
                                   "salary kobe dhukbe", "amar pin change korbo", "salary account e kobe dhukbe"])
def test_another_account_or_no_change_is_not(typed):
    assert not bank_changed(typed), typed


@pytest.mark.parametrize("lang, typed, kind", [
    ("en", "how many leaves do I have left?", "not_held"), ("en", "PF balance koto?", "not_held"),
    ("en", "I want a salary certificate for bank loan", "not_held"), ("bn", "ছুটি কত বাকি", "not_held"),
    ("en", "leave application", "not_held"),
    ("en", "when will my salary increase", "pay_news"), ("en", "puja bonus kobe pabo", "pay_news"),
    ("bn", "বোনাস কবে দেবে", "pay_news"), ("bn", "DA kobe barbe", "pay_news"),
    ("en", "salary account change korte chai", "bank_changed"), ("bn", "বেতনের ব্যাংক অ্যাকাউন্ট বদলাতে চাই", "bank_changed")])
async def test_asked_at_the_main_menu_it_is_said_whose_it_is(system, lang, typed, kind):
    anima = await at_the_menu(system, ANIMA, lang, name="Anima")
    got = await anima.say(typed, until=has("interactive"))
    assert SAID[kind][lang] in words(got), words(got)
    assert choices(got) == ["payroll:slip", "shell:menu"], choices(got)


@pytest.mark.parametrize("typed, kind", [("PF balance koto?", "not_held"), ("DA kobe barbe", "pay_news"),
                                         ("beton er bank account bodlate chai", "bank_changed")])
async def test_asked_at_the_pins_question_it_is_said_and_the_pin_asked_again(system, typed, kind):
    anima = await at_the_menu(system, ANIMA, "en", name="Anima")
    await anima.tap("payroll:slip", until=saying("Type your PIN"))
    got = await anima.say(typed, until=has("text"))
    assert SAID[kind]["en"] in words(got) and "Type your PIN" in words(got), words(got)
    # no try lost, nothing forgotten: the PIN still gets the slip asked for (the wait fails the test otherwise)
    await anima.say("4821", until=has("document"))
