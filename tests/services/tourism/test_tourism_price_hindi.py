"""A room's price asked in Hindi ("kamre ka kiraya kitna hai", "कमरे का किराया कितना है", "room ka rent kitna hai") reached
no service: it is tourism's prices, as in Bengali and English. How many a room holds ("room me kitne log reh sakte
hain") is no price."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words
from test_tourism_facilities_asked import action


@pytest.mark.parametrize("typed", ["kamre ka kiraya kitna hai", "कमरे का किराया कितना है", "room ka rent kitna hai"])
def test_a_rooms_price_in_hindi_is_tourisms_prices(typed):
    assert action(typed) == "price", typed


def test_how_many_a_room_holds_is_not():
    assert action("room me kitne log reh sakte hain") != "price"


async def test_at_the_main_menu_the_prices(system):
    phone = await at_the_menu(system, "919800390031", "en")
    got = await phone.say("kamre ka kiraya kitna hai", until=has("interactive"))
    assert "₹" in words(got) and "could not tell" not in words(got), words(got)
