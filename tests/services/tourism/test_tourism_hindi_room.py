"""A room asked after in Hindi ("darjeeling me room milega", "kamra milega kya", "कमरा मिलेगा?") or its price ("kamra
kitne ka hai", "room kitne ka hai") reached no service at the main menu: they are a room wanted, as "room pawa jabe?"
is, and the rooms' prices, as "room kitna hai" is. How many a room holds ("kitne log") is no price; a salary's
"kitni" stays payroll's."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, choices, has, words


@pytest.mark.parametrize(("typed", "expected"), [
    ("darjeeling me room milega", ["tourism:book"]), ("kamra milega kya", ["tourism:book"]),
    ("कमरा मिलेगा?", ["tourism:book"]), ("kamra kitne ka hai", ["tourism:price"]),
    ("room kitne ka hai", ["tourism:price"]), ("salary kitni hai", ["payroll:slip"]),
    ("room me kitne log reh sakte hain", []),
])
def test_a_room_asked_in_hindi_is_tourisms(typed, expected):
    assert menu_claims(typed) == expected, typed


async def test_a_room_asked_in_a_district_lists_its_guest_houses(system):
    phone = await at_the_menu(system, "919800393001", "en")
    got = await phone.say("darjeeling me room milega", until=has("interactive"))
    assert "tourism:property:tinchuley" in choices(got), (words(got), choices(got))


async def test_a_rooms_price_asked_is_told(system):
    phone = await at_the_menu(system, "919800393002", "en")
    got = await phone.say("kamra kitne ka hai", until=has("interactive"))
    assert "₹" in words(got) and "could not tell which service" not in words(got), words(got)
