"""The permit service's menu phrase for one's own applications ("my house permission", "আমার বাড়ির অনুমতি"):
"my" then a house's permission anywhere after it, never a trade's; read from the first "my" only, so a message of
the word said a thousand times is one pass (bench/phrases.py measures it)."""
from __future__ import annotations

import pytest

from phone_kit import at_the_menu, has, words

from gateway.menu import phrase_pattern
from services.permit.service import MENU
from shared.india import plain


def mine(text: str) -> bool:
    said = plain(text)
    return any(phrase_pattern(p.pattern).search(said) for p in MENU.phrases if p.action == "mine")


@pytest.mark.parametrize(("typed", "taken"), [
    ("my house permission", True),
    ("আমার বাড়ির অনুমতি কী হল", True),
    ("amar barir onumoti", True),
    ("my applications", True),
    ("আমার আবেদন", True),
    ("my my my the house, my ghor permission", True),  # a house's permission after a later "my" is after the first
    ("house permission for my brother", False),  # no "my" before it
    ("my trade licence permission", False),  # a trade's: the NOC service's
    ("আমার " * 1000, False),
    ("আমার " * 1000 + "বাড়ির অনুমতি", True),
])
def test_ones_own_application_is_read_after_the_first_my(typed: str, taken: bool):
    assert mine(typed) is taken


@pytest.mark.parametrize(("typed", "taken"), [
    ("what is the status of my building permission", True),
    ("I applied for building permission last month, what is the status", True),
    ("building permission status", True),
    ("ভবন নির্মাণের অনুমতির অবস্থা", True),
    ("amar bhobon nirman er onumoti", True),
    ("building permission", False),  # the menu, as before
    ("how to apply for building permission", False),
    ("my trade licence status", False),
])
def test_the_building_permission_named_with_my_or_its_status_is_ones_own(typed: str, taken: bool):
    """'what is the status of my building permission', 'I applied for building permission last month, what is the
    status' opened the permission menu, which asks for a number: one's applications are shown, as for a house's."""
    assert mine(typed) is taken


async def test_the_status_asked_shows_ones_applications_through_the_webhook(system):
    rina = await at_the_menu(system, "919800000001")
    got = await rina.say("what is the status of my building permission", until=has("interactive"))
    assert "You have 3 applications on this number" in words(got), words(got)
