"""At the main menu, 'amar application er ki obostha' (my application's status, the English word in Bengali written in
Latin letters, as villagers type it) opened only the permission menu, asking for a number, while 'amar abedon er
obostha' and 'what is the status of my application' showed one's own applications. Nothing in those words says a
building permission's rather than a trade NOC's, so the menu asks which; building permission then shows one's own
applications, and the trade NOC one's NOCs (someone with only NOCs was told no application was on their number)."""
from __future__ import annotations

import pytest
from casework_kit import RINA, Phone
from phone_kit import choices, has, words


@pytest.mark.parametrize("typed", ["amar application er ki obostha", "amar applications gulo dekhao"])
async def test_ones_own_applications_are_shown(system, typed):
    http, base, _ = system
    phone = Phone(http, base, RINA)
    await phone.start("bn")
    asked = await phone.say(typed, until=has("interactive"))
    assert choices(asked) == ["shell:claimed:permit:mine", "shell:claimed:noc:mine"], words(asked)
    said = words(await phone.tap("shell:claimed:permit:mine", until=has("interactive")))
    assert "এই নম্বরে আপনার ৩টি আবেদন আছে" in said and "TNOC/" not in said, said  # hers, to choose from


async def test_the_trade_nocs_row_shows_ones_nocs(system):
    http, base, _ = system
    phone = Phone(http, base, RINA)
    await phone.start("bn")
    await phone.say("amar abedon", until=has("interactive"))
    said = words(await phone.tap("shell:claimed:noc:mine", until=has("interactive")))
    assert "আপনার ২টি NOC আছে" in said and "আবেদন আছে" not in said, said  # her NOCs, not her permissions


async def test_a_trade_licence_named_stays_the_nocs(system):
    http, base, _ = system
    phone = Phone(http, base, RINA)
    await phone.start("bn")
    said = words(await phone.say("amar trade licence application er obostha", until=has("interactive")))
    assert "৩টি আবেদন" not in said, said
