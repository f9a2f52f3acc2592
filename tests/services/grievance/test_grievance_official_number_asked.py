"""An official's or an office's phone number asked for ("pradhan er phone number ta din", "BDO er number din", "what is
the phone number of my panchayat office", "প্রধানের ফোন নম্বর দিন") was no service's at the main menu: "I could not tell
which service", kept to send to Complaints as a complaint in those very words. No official's number is given here: that
is said, and an official is reached as "talk to an officer" reaches one (a new complaint, or one's complaint still
handled). One's own number ("my phone number has changed") is none of this."""
from __future__ import annotations

import pytest
from grievance_kit import YEAR
from phone_kit import at_the_menu, choices, has, words

from gateway.menu import phrase_pattern
from services import registry
from shared.india import plain

NO_NUMBER = {"en": "Phone numbers of officials and offices are not given here.",
             "bn": "আধিকারিক বা অফিসের ফোন নম্বর এখানে দেওয়া হয় না।"}


def claimed(typed: str) -> list[tuple[str, str]]:
    return [(name, phrase.action) for name in registry.names() if (menu := registry.load(name, load_demo=False).menu)
            for phrase in menu.phrases if phrase_pattern(phrase.pattern).search(plain(typed))]


@pytest.mark.parametrize("typed", [
    "pradhan er phone number ta din", "BDO er number din", "what is the phone number of my panchayat office",
    "প্রধানের ফোন নম্বর দিন", "পঞ্চায়েত অফিসের ফোন নম্বর কত", "panchayat office er contact number", "helpline number"])
def test_an_officials_number_asked_is_complaints_reaching_one(typed: str):
    assert claimed(typed)[:1] == [("grievance", "official")], (typed, claimed(typed))


@pytest.mark.parametrize("typed", ["my phone number has changed", "amar notun phone number 9800011111",
                                   "আমার নতুন মোবাইল নম্বর", "permit number ki"])
def test_ones_own_number_is_none_of_it(typed: str):
    assert ("grievance", "official") not in claimed(typed), (typed, claimed(typed))


async def test_with_no_complaint_it_is_said_and_a_complaint_begun(system):
    phone = await at_the_menu(system, "919800000088", "bn")
    got = await phone.say("pradhan er phone number ta din", until=has("interactive"))
    assert NO_NUMBER["bn"] in words(got) and "grievance:cat:water" in choices(got), words(got)


async def told_and_his_complaint_chosen(system, typed: str, told: str) -> None:
    """Arjun (complaints in progress) types ``typed`` at the main menu: ``told`` is said, his complaints offered."""
    phone = await at_the_menu(system, "919800000002", "en")
    got = await phone.say(typed, until=has("interactive"))
    said = words(got)
    assert told in said and "Talk to an official" in said, said
    assert f"grievance:view:GRV-{YEAR}-000002" in choices(got), choices(got)


async def test_with_complaints_handled_it_is_said_and_one_chosen(system):
    await told_and_his_complaint_chosen(system, "what is the phone number of my panchayat office", NO_NUMBER["en"])
