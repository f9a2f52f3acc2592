"""A caretaker's number said not to be had ("caretaker er number nei", "কেয়ারটেকারের নম্বর জানি না", "I don't have the
caretaker's number") was "I could not tell which service": the "nei" read as something missing. It is the caretaker's
phone asked for, answered as "caretaker er number din" is; a guest house said to have no phone ("guest house e phone
nei"), a caretaker not there or not answering, stays what it was."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, words
from test_tourism_facilities_asked import action

UNKNOWN = ["caretaker er number nei", "কেয়ারটেকারের নম্বর জানি না", "I don't have the caretaker's number",
           "guest house er phone number jani na", "caretaker er number nei kivabe jogajog korbo"]


@pytest.mark.parametrize("typed", UNKNOWN)
def test_a_caretakers_number_not_had_is_the_phone_asked(typed):
    assert action(typed) == "contact", typed


@pytest.mark.parametrize("typed", ["guest house e phone nei", "caretaker nei", "caretaker phone dhorche na",
                                   "the caretaker did not pick up the phone"])
def test_a_phone_missing_or_not_answered_is_not(typed):
    assert action(typed) != "contact", typed


async def test_at_the_main_menu_every_caretaker_is_listed(system):
    phone = await at_the_menu(system, "919800390011", "en")
    reply = await phone.say("caretaker er number nei", until=lambda m: "tourism:book" in choices(m))
    assert "Guest houses' caretakers" in words(reply) and "could not tell" not in words(reply), words(reply)
