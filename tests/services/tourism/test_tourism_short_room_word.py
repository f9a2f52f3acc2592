"""A room type asked for by a short word of its name ("AC", "এসি"), as people ask for one."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, typed", [("en", "ac"), ("en", "AC"), ("bn", "এসি")])
async def test_a_short_word_naming_one_room_type_chooses_it(make_guest, lang, typed):
    """'ac' was 'I could not match that name', though 'ac room' was read."""
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap("tourism:district:jalpaiguri")
    await guest.tap("tourism:property:lataguri")
    chosen = await guest.say(typed)
    assert "tourism:date:" in str(chosen.choices)
