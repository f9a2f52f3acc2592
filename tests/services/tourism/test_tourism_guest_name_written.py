"""A name as people end a line with it: a Bengali sentence closes with the dari (।), and forms list the surname
first with a comma ("Das, S. K."); neither is a symbol in the name, and the name is taken."""
from __future__ import annotations

import pytest

from services.tourism.domain.guest import guest_name


@pytest.mark.parametrize("typed, name", [("রবি দাস।", "রবি দাস"), ("রবি দাস ।", "রবি দাস"), ("এস. কে. দাস॥", "এস. কে. দাস"),
                                         ("Das, S. K.", "Das, S. K."), ("দাস, সুমিতা", "দাস, সুমিতা")])
def test_a_dari_after_the_name_is_dropped_and_a_comma_in_it_kept(typed, name):
    assert guest_name(typed) == name


async def test_a_bengali_name_ended_with_a_dari_goes_on_the_quote(make_guest):
    guest = make_guest("bn", name="WhatsApp User")
    for tap in ("tourism:book", "tourism:room:lamahatta-cottage", "tourism:date:2026-12-25", "tourism:nights:2",
                "tourism:guests:2", "tourism:rooms:1"):
        await guest.tap(tap)
    quote = await guest.say("রবি দাস।")
    assert "বুকিং যাঁর নামে: রবি দাস\n" in quote.text and "চিহ্ন চলবে না" not in quote.text
