"""Where the guest's name is asked, Hindi went on the quote as the name: "mera naam Rahul Sharma hai" as "Name on the
booking: mera naam Rahul Sharma hai", and a question, "paisa wapas kab milega", "naam baad me dunga", "pata nahi", as
the name the guest house checks against a photo ID. The name said in a Hindi sentence is the name it names ("Rahul
Sharma", "राहुल शर्मा"), as "amar naam Rina Das" is; a Hindi sentence holding no name is refused and the name asked
again. Names like "Kabir Khan", "Nahid Akhtar", "Kaberi" stay names."""
from __future__ import annotations

import pytest
from test_tourism_guest_name import at_name

from services.tourism.domain import Refused
from services.tourism.domain.guest import guest_name


@pytest.mark.parametrize(("typed", "name"), [("mera naam Rahul Sharma hai", "Rahul Sharma"),
                                             ("मेरा नाम राहुल शर्मा है", "राहुल शर्मा"), ("Mera naam: Sunita Devi", "Sunita Devi"),
                                             ("Kabir Khan", "Kabir Khan"), ("Nahid Akhtar", "Nahid Akhtar"),
                                             ("Kaberi", "Kaberi")])
def test_the_name_said_in_hindi_is_the_name(typed, name):
    assert guest_name(typed) == name


@pytest.mark.parametrize("typed", ["paisa wapas kab milega", "naam baad me dunga", "pata nahi", "kya karna hai",
                                   "नाम बाद में दूंगा", "पता नहीं"])
def test_a_hindi_sentence_is_no_name(typed):
    with pytest.raises(Refused) as refused:
        guest_name(typed)
    assert refused.value.key == "name_sentence"


async def test_at_the_name_the_hindi_sentence_is_refused_and_the_name_taken(make_guest):
    guest = make_guest("en")
    await at_name(guest)
    refused = await guest.say("naam baad me dunga")
    assert "That does not look like a name." in refused.text, refused
    quote = await guest.say("mera naam Rahul Sharma hai")
    assert "Name on the booking: Rahul Sharma" in quote.text, quote
    assert any(c.startswith("tourism:confirm:") for c in quote.choices), quote
