"""A whole stay typed at a 'not free' list and refused (more nights than a booking takes, check-out before check-in)
keeps the group given: the refusal comes with the same apology and choices, and a stay typed next is quoted for the
group without asking the guests again."""
from __future__ import annotations

import pytest
from tourism_kit import sold_out


@pytest.mark.parametrize("lang, typed, expected, apology, then, party", [
    ("en", "1 April to 15 May", "A booking can be for 1 to 30 nights", "no room of this kind is free",
     "20 to 22 April", "Guests: 3"),
    ("bn", "২০ থেকে ১০ এপ্রিল", "চেক-আউট চেক-ইনের", "এই ধরনের কোনো ঘর খালি নেই", "২০ থেকে ২২ এপ্রিল",
     "অতিথি: ৩ জন"),
])
async def test_a_stay_refused_keeps_the_group(make_guest, lang, typed, expected, apology, then, party):
    guest = await sold_out(make_guest, lang)

    refused = await guest.say(typed)

    assert expected in refused.text and apology in refused.text
    assert "tourism:altdate:2026-04-12" in refused.choices
    quoted = await guest.say(then)
    assert party in quoted.text and any(c.startswith("tourism:confirm:") for c in quoted.last.choices)
