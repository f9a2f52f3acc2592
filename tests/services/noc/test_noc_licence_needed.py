"""A shop's licence asked for at the main menu ("dokan er licence chai", "দোকানের লাইসেন্স চাই") was "I could not tell
which service your message is for", and "trade licence chai" opened the NOC menu, which asks for a certificate number
they do not have yet. They are now told how to apply for a trade NOC."""
from __future__ import annotations

import pytest
from casework_kit import Phone
from phone_kit import has, words

HOW = "To apply for a trade NOC, make an application at your gram panchayat office or on the portal"


@pytest.mark.parametrize(("wa_id", "typed"), [
    ("919812340201", "dokan er licence chai"), ("919812340202", "দোকানের লাইসেন্স চাই"),
    ("919812340203", "trade licence chai"), ("919812340204", "I need a trade licence for my shop")])
async def test_a_licence_needed_is_told_how_to_apply_through_the_webhook(system, wa_id, typed):
    http, base, _ = system
    phone = Phone(http, base, wa_id)
    await phone.start()
    said = words(await phone.say(typed, until=has("interactive")))
    assert HOW in said and "could not tell" not in said, said
