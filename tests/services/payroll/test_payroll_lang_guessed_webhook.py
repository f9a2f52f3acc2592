"""A first message naming the slip ("pay slip", "amar salary slip", "বেতনের স্লিপ"), sent first or at the language
question, goes straight to the PIN in the language the gateway guesses from the words; but payroll never said the
language was only guessed, so someone whose words were read as the other language went on in it with no word of how
to change it. The answer to such a message now says, in the other language, how to change it
(as complaints do); the request waits at the PIN, and the next message no longer says it."""
from __future__ import annotations

from pathlib import Path

import pytest
from payroll_kit import employee, pay
from phone_kit import TO_BENGALI, TO_ENGLISH, Phone, first_words, has, running_system, words

from shared.auth import AUTH


@pytest.fixture
async def system(tmp_path: Path):
    async with running_system(tmp_path) as (http, base, _, app):
        token, _ = await app[AUTH].create("payroll_admin", name="payroll-desk")
        office = {"Authorization": f"Bearer {token}"}
        async with http.post(f"{base}/api/payroll/employees", json=employee(), headers=office) as created:
            assert created.status == 201, await created.text()
        async with http.post(f"{base}/api/payroll/slips/2026-01", json={"rows": [pay(credit_date="2026-01-28")]},
                             headers=office) as imported:
            assert imported.status == 201, await imported.text()
        yield http, base


@pytest.mark.parametrize("greeted", [False, True])  # sent first, or at the language question
@pytest.mark.parametrize("typed, asked, other", [
    ("pay slip", "choose a PIN", TO_BENGALI), ("salary slip please", "choose a PIN", TO_BENGALI),
    ("amar salary slip", "পিন ঠিক করুন", TO_ENGLISH), ("salary slip dao", "পিন ঠিক করুন", TO_ENGLISH), ("বেতনের স্লিপ", "পিন ঠিক করুন", TO_ENGLISH),
])
async def test_a_first_message_naming_the_slip_says_how_to_change_the_guessed_language(system, greeted, typed, asked,
                                                                                      other):
    http, base = system
    phone = Phone(http, base, "919700000001", name="Staff")
    # the slip announced on import, before they write: as its template, since they never wrote to the office
    await phone.wait(lambda m: m[0]["type"] == "template" and "২০২৬" in words(m))
    first = await first_words(phone, typed, asked, greeted=greeted)
    assert other in words(first) and ("January 2026" in words(first) or "জানুয়ারি ২০২৬" in words(first))
    again = await phone.say("12", until=has("text"))  # the next answer, in the same language, says it no more
    assert other not in words(again) and asked in words(again)


async def test_a_chosen_language_is_not_said_to_be_guessed(system):
    http, base = system
    phone = Phone(http, base, "919700000001", name="Staff")
    await phone.start("bn")
    got = await phone.say("salary slip dao", until=lambda m: "পিন ঠিক করুন" in words(m))
    assert TO_ENGLISH not in words(got) and TO_BENGALI not in words(got)
