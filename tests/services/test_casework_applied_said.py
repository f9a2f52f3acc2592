"""Applying said done in building permission's or the trade NOC's chat ("ami apply korechi", "I have applied",
"আমি আবেদন করেছি", "application jama diyechi"): one's own applications, as at the main menu. They got "Sorry, I did
not understand", or the application number asked for."""
from __future__ import annotations

import pytest
from both_kit import both_fixtures
from casework_kit import RINA
from phone_kit import at_the_menu, choices, has, words

service, clock, bus, runtime, citizen, system, office = both_fixtures()


@pytest.mark.parametrize(("lang", "typed"), [("en", "ami apply korechi"), ("en", "I have applied"),
                                             ("en", "application jama diyechi"), ("bn", "আমি আবেদন করেছি")])
async def test_applying_said_in_the_chat_shows_ones_own(system, service, lang, typed):
    phone = await at_the_menu(system, RINA, lang)
    await phone.tap(service.tap("menu"), until=has("interactive"))
    got = await phone.say(typed, until=has("interactive"))
    assert service.tap(f"view:{service.own}") in choices(got), words(got)


async def test_applying_said_with_none_on_the_number_is_told_so(system, service):
    phone = await at_the_menu(system, "919800000079")
    await phone.tap(service.tap("menu"), until=has("interactive"))
    got = await phone.say("I have applied", until=has("interactive"))
    assert "registered to this WhatsApp number" in words(got) and "did not understand" not in words(got), words(got)
