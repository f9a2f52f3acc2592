"""How to book asked in Banglish or Hindi with "booking" ("booking kivabe korbo", "booking kaise kare", "kamra kaise
book kare", "बुकिंग कैसे करें") reached no service, where "kivabe book korbo" and "how to book" began a booking: they
begin one too. A booking to be checked or cancelled, asked how ("booking kivabe check korbo", "booking kaise cancel
kare"), is no new booking."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has
from test_tourism_facilities_asked import action


@pytest.mark.parametrize("typed", ["booking kivabe korbo", "booking kaise kare", "kamra kaise book kare",
                                   "बुकिंग कैसे करें"])
def test_how_to_book_begins_a_booking(typed):
    assert action(typed) == "book", typed


@pytest.mark.parametrize("typed", ["booking kivabe check korbo", "booking kaise cancel kare"])
def test_a_booking_checked_or_cancelled_is_not(typed):
    assert action(typed) != "book", typed


async def test_at_the_main_menu_the_districts(system):
    phone = await at_the_menu(system, "919800390041", "en")
    got = await phone.say("booking kaise kare", until=has("interactive"))
    assert any(c.startswith("tourism:district:") for c in choices(got)), choices(got)
