"""Words that plainly ask for another service's business, typed in the tourism chat where it understands nothing
("check my building permission status", "amar trade licence er ki holo", "আমার বেতনের স্লিপ"), were 'Sorry, I did
not follow that': the person had to guess to type *menu*. The answer now names that service, with a button that
opens it (its menu's tap) and one to stay; a guest's name or a complaint's words are still taken as typed."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE


@pytest.mark.parametrize(("lang", "typed", "tap", "said"), [
    ("en", "check my building permission status", "permit:menu", "That sounds like *Building permission*."),
    ("en", "amar trade licence er ki holo", "noc:menu", "That sounds like *Trade NOC*."),
    ("en", "I want my pay slip", "payroll:menu", "That sounds like *Pay slips*."),
    ("bn", "আমার বেতনের স্লিপ চাই", "payroll:menu", "এটি *বেতন বিবরণী*-র বিষয় মনে হচ্ছে।"),
    ("bn", "বাড়ির নকশার অনুমতি কত দূর", "permit:menu", "এটি *ভবন নির্মাণের অনুমতি*-র বিষয় মনে হচ্ছে।"),
])
async def test_another_services_words_at_the_tourism_menu_offer_that_service(make_guest, lang, typed, tap, said):
    guest = make_guest(lang)
    await guest.tap("tourism:menu")

    answer = await guest.say(typed)

    assert said in answer.text, answer
    assert tap in answer.choices and "tourism:menu" in answer.choices, answer
    assert "did not follow" not in answer.text and "বুঝতে পারিনি" not in answer.text


async def test_words_of_no_service_are_still_not_understood(make_guest):
    guest = make_guest("en")
    await guest.tap("tourism:menu")

    answer = await guest.say("purple elephants")

    assert "Sorry, I did not follow that" in answer.text and not any(":menu" in c for c in answer.choices
                                                                     if not c.startswith("tourism:")), answer


async def test_at_a_booking_on_screen_too(make_guest):
    guest = make_guest("en")
    await guest.book(DOUBLE, "2026-06-10")
    await guest.tap("tourism:view:PT-2026-000001")

    answer = await guest.say("my salary slip please")

    assert "payroll:menu" in answer.choices, answer


async def test_a_complaints_words_are_the_complaint(make_guest):
    guest = make_guest("en")
    await guest.book(DOUBLE, "2026-06-10")
    asked = await guest.tap("tourism:complain:PT-2026-000001")
    assert "permit:menu" not in asked.choices

    answer = await guest.say("the caretaker asked for my building permission papers")

    assert "permit:menu" not in answer.choices, answer
