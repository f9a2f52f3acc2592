""""reset", "start from the beginning" typed while a booking is being made or a complaint put together was "I could not
match that name" or "I could not find that name", where "restart" and "start again" ask whether to carry on with what
was begun or drop it and start a new one (``shared.changed_mind``). They are read as "start again" is, in both chats;
nothing is dropped unless the person taps it."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words

from shared.changed_mind import AGAIN, changed_mind


@pytest.mark.parametrize("typed", ["reset", "Reset!", "start from the beginning", "from the beginning"])
def test_they_are_start_again(typed):
    assert changed_mind(typed) == AGAIN, typed


@pytest.mark.parametrize(("wa_id", "taps", "resume", "anew"), [
    ("919800420001", ("tourism:menu", "tourism:book", "tourism:district:purulia"), "tourism:resume", "tourism:anew:"),
    ("919800420002", ("grievance:menu", "grievance:new", "grievance:cat:water"), "grievance:resume", "grievance:anew:"),
])
async def test_carry_on_or_start_again_is_asked(system, wa_id, taps, resume, anew):
    phone = await at_the_menu(system, wa_id)
    for tap in taps:
        await phone.tap(tap, until=has("interactive"))
    got = await phone.say("reset", until=has("interactive"))
    assert choices(got)[0] == resume and choices(got)[1].startswith(anew), (words(got), choices(got))
    assert "could not" not in words(got), words(got)
