""""back" at a service's own menu, reached otherwise than by its row of the main menu, showed that menu again, as
often as it was typed: Complaints' menu after *back* from one's complaints, Tourism's after *back* from one's
bookings, Payroll's PIN question (its first screen, without a PIN) after a pay slip asked for at the main menu, the
permission menu after *back* from its letter. Through the webhook, as a person meets it: "back" from a service's own
menu is the main menu, in either language, whichever way the menu was reached; inside the service it is still one
step up."""
from __future__ import annotations

import pytest
from casework_kit import RINA
from phone_kit import Phone, choices, has, words

SABINA = "919800000003"  # a panchayat employee without a PIN
TAPAN = "919800000004"  # a rejected NOC of his own
MAIN = {"grievance:menu", "tourism:menu", "permit:menu", "noc:menu", "payroll:menu"}


def at_main_menu(messages) -> bool:
    return MAIN <= set(choices(messages))


@pytest.mark.parametrize("lang, typed, back", [("en", "my complaints", "back"), ("bn", "আমার অভিযোগ", "ফিরে")])
async def test_back_from_complaints_list_then_its_menu_reaches_the_main_menu(system, lang, typed, back):
    http, base = system
    rina = Phone(http, base, RINA, name="Rina Das")
    await rina.start(lang)
    listed = await rina.say(typed, until=has("interactive"))
    assert any(c.startswith("grievance:view:") for c in choices(listed)), words(listed)
    menu = await rina.say(back, until=has("interactive"))
    assert {"grievance:new", "grievance:mine"} <= set(choices(menu)), words(menu)  # one step up: its menu
    main = await rina.say(back, until=has("interactive"))
    assert at_main_menu(main), words(main)


@pytest.mark.parametrize("lang, typed, back", [("en", "I want my pay slip", "back"),
                                               ("bn", "বেতনের স্লিপ চাই", "ফিরে")])
async def test_back_at_the_pin_question_of_a_slip_asked_at_the_main_menu_is_the_main_menu(system, lang, typed, back):
    http, base = system
    sabina = Phone(http, base, SABINA, name="Sabina Khatun")
    await sabina.start(lang)
    asked = await sabina.say(typed, until=lambda m: "PIN" in words(m) or "পিন" in words(m))
    assert not at_main_menu(asked)
    main = await sabina.say(back, until=has("interactive"))
    assert at_main_menu(main), words(main)


async def test_back_at_tourism_menu_reached_from_its_districts_or_no_bookings_is_the_main_menu(system):
    http, base = system
    rina = Phone(http, base, RINA, name="Rina Das")
    await rina.start()
    await rina.tap("tourism:menu", until=has("interactive"))
    await rina.tap("tourism:book", until=has("interactive"))
    menu = await rina.say("back", until=has("interactive"))
    assert {"tourism:book", "tourism:mine"} <= set(choices(menu)), words(menu)
    assert at_main_menu(await rina.say("0", until=has("interactive")))
    await rina.tap("tourism:menu", until=has("interactive"))
    none = await rina.tap("tourism:mine", until=has("interactive"))  # none: said, with tourism's menu
    assert "You have no bookings yet" in words(none) and "tourism:book" in choices(none)
    main = await rina.say("back", until=has("interactive"))
    assert at_main_menu(main), words(main)


async def test_inside_the_service_back_is_still_one_step_up(system):
    http, base = system
    rina = Phone(http, base, RINA, name="Rina Das")
    await rina.start()
    await rina.say("my complaints", until=has("interactive"))
    await rina.say("back", until=has("interactive"))  # at Complaints' menu
    await rina.tap("grievance:mine", until=has("interactive"))  # on from it: the list again
    menu = await rina.say("back", until=has("interactive"))
    assert {"grievance:new", "grievance:mine"} <= set(choices(menu)) and not at_main_menu(menu), words(menu)


@pytest.mark.parametrize("lang, back, said", [
    ("en", "back", "Type *back*, 0 or *menu* for the main menu."),
    ("bn", "ফিরে", "মূল মেনুর জন্য *ফিরে*, ০ বা *মেনু* লিখুন।"),
])
async def test_the_noc_menu_says_back_there_is_the_main_menu_and_it_is(system, lang, back, said):
    http, base = system
    tapan = Phone(http, base, TAPAN, name="Tapan Mahato")
    await tapan.start(lang)
    await tapan.say("TNOC/2025/000190", until=has("interactive"))  # its status, inside the NOC chat
    menu = await tapan.say(back, until=has("interactive"))
    assert {"noc:status", "noc:mine"} <= set(choices(menu)) and said in words(menu), words(menu)
    assert "NOC menu" not in words(menu) and "NOC মেনুর জন্য" not in words(menu)
    main = await tapan.say(back, until=has("interactive"))
    assert at_main_menu(main), words(main)
