"""Someone typing at the main menu that they need permission to build their house ("amar bari banate permission
lagbe", "আমার বাড়ি বানানোর অনুমতি লাগবে") was answered "No application is registered to this WhatsApp number…", a
status answer for an application they never made. They are now told how to apply; the same words asking after an
application ("…kobe pabo") still show their own applications."""
from __future__ import annotations

import pytest
from casework_kit import Phone
from phone_kit import has, words

HOW = "To apply for building permission, make an application at your gram panchayat office"


@pytest.mark.parametrize(("wa_id", "typed"), [
    ("919812340101", "amar bari banate permission lagbe"), ("919812340102", "আমার বাড়ি বানানোর অনুমতি লাগবে"),
    ("919812340103", "I need permission to build my house")])
async def test_a_permission_needed_is_told_how_to_apply_through_the_webhook(system, wa_id, typed):
    http, base, _ = system
    phone = Phone(http, base, wa_id)
    await phone.start()
    said = words(await phone.say(typed, until=has("interactive")))
    assert HOW in said and "No application is registered" not in said, said


async def test_asked_after_it_is_ones_own_applications(system):
    http, base, _ = system
    phone = Phone(http, base, "919812340104")
    await phone.start()
    said = words(await phone.say("amar bari banate permission kobe pabo", until=has("interactive")))
    assert "No application is registered" in said and HOW not in said, said
