"""Another service's business typed while a stay is being chosen ("I want my pay slip" where the district is asked,
"trade licence chai" at the check-in's question) was read as that step's answer: "We have nowhere to stay in a
district by that name", "I could not read that date". The service it names is offered, as at the tourism menu, and
*Stay here* asks the same question again with everything chosen so far kept (``tourism:resume``, not the menu)."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE

PAY_SLIPS = "That sounds like *Pay slips*."
# each step of a stay being chosen, reached by taps, and the taps its question offers
STEPS = {
    "district": (("tourism:book",), "tourism:district:"),
    "property": (("tourism:book", "tourism:district:darjeeling"), "tourism:property:"),
    "room": (("tourism:book", "tourism:district:darjeeling", "tourism:property:tinchuley"), "tourism:room:"),
    "date": (("tourism:book", f"tourism:room:{DOUBLE}"), "tourism:date:"),
    "nights": (("tourism:book", f"tourism:room:{DOUBLE}", "tourism:date:2026-06-10"), "tourism:nights:"),
    "guests": (("tourism:book", f"tourism:room:{DOUBLE}", "tourism:date:2026-06-10", "tourism:nights:2"),
               "tourism:guests:"),
}


@pytest.mark.parametrize("step", list(STEPS))
async def test_another_services_words_at_each_step_offer_it_and_stay_asks_the_step_again(make_guest, step):
    guest = make_guest("en")
    taps, offered = STEPS[step]
    for tap in taps:
        asked = await guest.tap(tap)
    assert any(c.startswith(offered) for c in asked.choices), asked

    answer = await guest.say("I want my pay slip")

    assert PAY_SLIPS in answer.text, answer
    assert "payroll:menu" in answer.choices and "tourism:resume" in answer.choices, answer
    assert "tourism:menu" not in answer.choices, answer
    again = await guest.tap("tourism:resume")
    assert any(c.startswith(offered) for c in again.choices), again


async def test_the_stay_chosen_is_kept_after_staying(make_guest):
    guest = make_guest("en")
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DOUBLE}")
    await guest.say("trade licence chai")

    await guest.tap("tourism:resume")
    nights = await guest.tap("tourism:date:2026-06-10")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")
    quote = await guest.tap("tourism:name:profile")

    assert "Tinchuley" in quote.text and any(c.startswith("tourism:confirm:") for c in quote.choices), quote
    assert any(c.startswith("tourism:nights:") for c in nights.choices), nights


@pytest.mark.parametrize(("lang", "typed", "tap", "said"), [
    ("bn", "রাস্তার আলো জ্বলছে না", "grievance:menu", "এটি *অভিযোগ*-এর বিষয় মনে হচ্ছে।"),
    ("en", "trade licence chai", "noc:menu", "That sounds like *Trade NOC*."),
    ("en", "naksha jama korte chai", "permit:menu", "That sounds like *Building permission*."),
])
async def test_at_the_districts_question_other_words_too(make_guest, lang, typed, tap, said):
    guest = make_guest(lang)
    await guest.tap("tourism:book")

    answer = await guest.say(typed)

    assert said in answer.text and tap in answer.choices and "tourism:resume" in answer.choices, answer
    assert "nowhere to stay" not in answer.text and "থাকার জায়গা নেই" not in answer.text, answer


async def test_at_the_quote_too(make_guest):
    guest = make_guest("en")
    await guest.quote(DOUBLE, "2026-06-10")

    answer = await guest.say("I want my pay slip")

    assert PAY_SLIPS in answer.text and "tourism:resume" in answer.choices, answer
    again = await guest.tap("tourism:resume")
    assert any(c.startswith("tourism:confirm:") for c in again.choices), again


async def test_a_district_and_a_guests_name_are_still_their_answers(make_guest):
    guest = make_guest("en")
    await guest.tap("tourism:book")
    district = await guest.say("Darjeeling")
    assert any(c.startswith("tourism:property:") for c in district.choices), district

    await guest.tap("tourism:property:tinchuley")
    await guest.tap(f"tourism:room:{DOUBLE}")
    await guest.tap("tourism:date:2026-06-10")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")
    quote = await guest.say("Salary Paul")
    assert "payroll:menu" not in quote.choices and "Salary Paul" in quote.text, quote
