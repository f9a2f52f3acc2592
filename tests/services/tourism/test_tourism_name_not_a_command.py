"""Words of the chat itself typed where the guest's name is asked (the quote's Confirm, yes, the carry-on offer's
buttons) name nobody: they are asked about again, never put on the booking the guest house checks an ID against."""
from __future__ import annotations

import pytest


async def at_name(guest):
    await guest.tap("tourism:book")
    await guest.tap("tourism:room:lamahatta-cottage")
    await guest.tap("tourism:date:2026-12-25")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:2")
    return await guest.tap("tourism:rooms:1")


@pytest.mark.parametrize("typed", ["confirm", "yes", "haan", "Change"])
async def test_a_command_word_is_no_name(make_guest, typed):
    guest = make_guest(name="WhatsApp User")
    await at_name(guest)
    asked = await guest.say(typed)
    assert "That is not a person's name." in asked.text and "In whose name" in asked.text
    assert "Your quote" not in asked.text
    assert "Name on the booking: Anjali Mondal" in (await guest.say("Anjali Mondal")).text


async def test_in_bengali(make_guest):
    guest = make_guest("bn", name="WhatsApp User")
    await at_name(guest)
    asked = await guest.say("হ্যাঁ")
    assert "এটি কোনো মানুষের নাম নয়।" in asked.text and "খরচের হিসাব" not in asked.text


@pytest.mark.parametrize("lang, typed", [("en", "Start again"), ("bn", "আবার শুরু করুন")])
async def test_start_again_typed_at_the_carry_on_offer_starts_again(make_guest, lang, typed):
    guest = make_guest(lang)
    await at_name(guest)
    await guest.tap("tourism:menu")
    again = await guest.say(typed)
    assert "tourism:book" in again.choices and "tourism:confirm:" not in str(again.choices)
    assert "tourism:book" in (await guest.tap("tourism:menu")).choices  # nothing is left in progress


@pytest.mark.parametrize("lang, typed", [("en", "carry on"), ("bn", "চালিয়ে যান")])
async def test_carry_on_typed_at_the_carry_on_offer_asks_the_question_left(make_guest, lang, typed):
    guest = make_guest(lang)
    await at_name(guest)
    await guest.tap("tourism:menu")
    carried = await guest.say(typed)
    assert list(carried.last.choices)[-1] == "tourism:back" and "tourism:name:" in str(carried.last.choices)
    assert "Your quote" not in carried.text and "খরচের হিসাব" not in carried.text
