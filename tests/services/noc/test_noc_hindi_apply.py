"""How to apply for a trade NOC asked in Hindi ("trade license kaise banaye", "ट्रेड लाइसेंस कैसे बनवाएं", "trade license
ke liye apply kaise kare") got the NOC menu at the main menu and was not understood in the NOC chat, where "noc kivabe
apply korbo" was told where to apply: it is told so too. One's licence asked after with "mera" ("mera trade license
kab milega", "मेरा ट्रेड लाइसेंस कब मिलेगा") is one's own NOCs, as with "amar". A renewal asked how stays a renewal's,
another scheme's or a building permission's is none of the NOC's."""
from __future__ import annotations

import pytest
from test_noc_how_to_apply import STRANGER, claimed

APPLY = ["trade license kaise banaye", "ट्रेड लाइसेंस कैसे बनवाएं", "trade license ke liye apply kaise kare",
         "trade license kaise milega", "NOC kaise nikale", "ट्रेड लाइसेंस कहाँ मिलेगा"]


@pytest.mark.parametrize("typed", APPLY)
def test_how_to_apply_in_hindi_is_how_to_apply(typed):
    assert claimed(typed) == "apply", typed


@pytest.mark.parametrize("typed", ["mera trade license kab milega", "मेरा ट्रेड लाइसेंस कब मिलेगा"])
def test_ones_licence_asked_after_is_ones_own(typed):
    assert claimed(typed) == "mine", typed


@pytest.mark.parametrize(("typed", "action"), [("trade license renew kaise kare", "renewals"),
                                               ("ration card kaise banaye", None),
                                               ("building permission kaise milega", None)])
def test_a_renewal_or_another_paper_is_not(typed, action):
    assert claimed(typed) == action, typed


@pytest.mark.parametrize("typed", ["trade license kaise banaye", "apply kaise kare"])
async def test_in_the_noc_chat_where_to_apply_is_told(citizen, typed):
    answer = await citizen(STRANGER, lang="en").say(typed)
    assert "make an application at your gram panchayat office or on the portal" in answer.text, answer.text
