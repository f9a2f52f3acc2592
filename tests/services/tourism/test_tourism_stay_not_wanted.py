"""A booking said not wanted with the stay named between ("I do not want room booking", "I don't want a hotel
booking", "I do not need guest house booking") began one: the districts were asked, and what the person typed next
("birth certificate", "job card") was answered as a district not found. The stay between is read as the booking's
words are, so they are asked against: at the main menu, one's bookings (as "do not cancel my booking" and "hotel
booking chai na" are answered), in the tourism chat nothing begun. A booking asked for stays one."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, choices, has, words

from services.tourism.conversation.asked import asks

NOT_WANTED = ["I do not want room booking", "I dont want a hotel booking", "I do not need guest house booking",
              "no room booking please", "I don't want a homestay booking"]


@pytest.mark.parametrize("typed", NOT_WANTED)
def test_a_stay_not_wanted_is_no_booking_asked(typed):
    assert menu_claims(typed) == ["tourism:mine"], typed
    assert asks(typed) is None, typed


@pytest.mark.parametrize(("typed", "claims"), [("I want to book a room", ["tourism:book"]),
                                               ("I want a room booking", ["tourism:book"]),
                                               ("do not cancel my booking", ["tourism:mine"])])
def test_a_booking_asked_for_stays_one(typed, claims):
    assert menu_claims(typed) == claims, typed


async def test_at_the_main_menu_ones_bookings_and_no_district_asked(system):
    phone = await at_the_menu(system, "919800370001")
    got = await phone.say("I do not want room booking", until=has("interactive"))
    assert "You have no bookings yet." in words(got), words(got)
    assert not [c for c in choices(got) if c.startswith("tourism:district:")], choices(got)


@pytest.mark.parametrize(("n", "typed"), [(2, "I do not want room booking"), (3, "I dont want a hotel booking")])
async def test_in_the_tourism_chat_nothing_is_begun(system, n, typed):
    phone = await at_the_menu(system, f"91980037000{n}")
    await phone.tap("tourism:menu", until=has("interactive"))
    got = await phone.say(typed, until=has("interactive"))
    assert "Which district" not in words(got), words(got)
    assert not [c for c in choices(got) if c.startswith("tourism:district:")], choices(got)
    assert "tourism:book" in choices(got), choices(got)
