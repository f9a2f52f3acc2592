"""The permit service's menu phrase for one's own applications ("my house permission", "আমার বাড়ির অনুমতি"):
"my" then a house's permission anywhere after it, never a trade's; read from the first "my" only, so a message of
the word said a thousand times is one pass (bench/phrases.py measures it)."""
from __future__ import annotations

import pytest

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
