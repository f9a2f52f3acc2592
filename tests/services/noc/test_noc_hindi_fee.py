"""The fee asked in Devanagari ("ट्रेड लाइसेंस की फीस कितनी है", "नक्शा पास की फीस कितनी है") got the service's menu,
where "trade license ki fees kitni hai" was told the fee: फीस is the fee's name (said.FEE_WORD), at the main menu and in
the chats; with no service named ("फीस कहाँ जमा करें") the menu asks whether a permit's or a NOC's, as for "where do I
pay the fee"."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims

FEE = "is set by the gram panchayat"


@pytest.mark.parametrize(("typed", "expected"), [("ट्रेड लाइसेंस की फीस कितनी है", ["noc:fee"]),
                                                 ("नक्शा पास की फीस कितनी है", ["permit:fee"]),
                                                 ("फीस कहाँ जमा करें", ["noc:fee", "permit:fee"])])
def test_the_fee_in_devanagari_is_the_fees(typed, expected):
    assert menu_claims(typed) == expected, typed


@pytest.mark.parametrize("typed", ["फीस कितनी है", "ट्रेड लाइसेंस की फीस कितनी है"])
async def test_in_the_nocs_chat_the_fee_is_told(citizen, typed):
    answer = await citizen("919812340015", lang="en").say(typed)
    assert FEE in answer.text, answer.text
