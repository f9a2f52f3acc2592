"""Inside the trade NOC chat, "dokan er licence chai", "notun trade licence lagbe" or "দোকানের লাইসেন্স চাই" showed the
person's own certificates or was not understood, though the same words at the main menu are told how to apply. In
the chat they are now told how to apply too; the words asking after one applied for still show their own."""
from __future__ import annotations

import pytest
from casework_kit import in_the_chat
from phone_kit import has, words

from gateway.menu import phrase_pattern
from services.noc.service import MENU
from shared.india import plain

HOW = "To apply for a trade NOC, make an application at your gram panchayat office or on the portal"
NEEDED = ["dokan er licence chai", "notun trade licence lagbe", "দোকানের লাইসেন্স চাই", "ট্রেড লাইসেন্স লাগবে",
          "I need a trade licence for my shop", "amar dokaner licence dorkar", "kivabe apply korbo",
          "কীভাবে আবেদন করব"]


async def test_a_licence_needed_in_the_chat_is_told_how_to_apply(system):
    phone = await in_the_chat(system, "noc", "919812340211")
    for typed in NEEDED:
        said = words(await phone.say(typed, until=has("interactive")))
        assert HOW in said and "could not" not in said and "did not understand" not in said, (typed, said)


async def test_asked_after_in_the_chat_it_is_ones_own(system):
    phone = await in_the_chat(system, "noc", "919812340212")
    for typed in ("amar dokaner licence er ki holo", "আমার ট্রেড লাইসেন্স কবে পাব"):
        said = words(await phone.say(typed, until=has("interactive")))
        assert HOW not in said, (typed, said)


def claimed(text: str) -> str | None:
    said = plain(text)
    return next((p.action for p in MENU.phrases if phrase_pattern(p.pattern).search(said)), None)


@pytest.mark.parametrize("typed", ["amar trade licence number lagbe", "দোকানের লাইসেন্স নম্বর চাই"])
async def test_its_number_wanted_is_no_licence_needed(system, typed):
    """At the main menu and in the chat, the number of one's licence wanted is one's own numbers, not how to apply."""
    assert claimed(typed) == "mine", typed
    phone = await in_the_chat(system, "noc", "919812340213")
    said = words(await phone.say(typed, until=has("interactive")))
    assert HOW not in said and "No NOC is registered" in said, said
