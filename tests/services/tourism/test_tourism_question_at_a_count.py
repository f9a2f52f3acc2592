"""A question about the stay that asks no count, typed where the nights, guests or rooms are counted ("is there any
discount for senior citizens?", "can we bring our dog?", "কুকুর নিয়ে যাওয়া যাবে?"), was "Please type a number, like
2": it is answered as at the quote, the guest house's to answer (its caretaker's phone and its details), the count
asked again. A question of how many ("how many can stay in a room?", "koto jon thakte parbe?") and a figure are the
count's, as before."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import AYODHYA, walk

CARETAKER = "+91 94340 51401"
TOLD = {"en": "This chat cannot answer that; the guest house can", "bn": "এর উত্তর এই চ্যাটে দেওয়া যায় না"}


@pytest.mark.parametrize(("wa_id", "lang", "taps", "typed"), [
    ("919800410001", "en", ("tourism:date:",), "is there any discount for senior citizens?"),
    ("919800410002", "en", ("tourism:date:", "tourism:nights:2"), "can we bring our dog?"),
    ("919800410003", "bn", ("tourism:date:", "tourism:nights:2", "tourism:guests:2"), "কুকুর নিয়ে যাওয়া যাবে?"),
])
async def test_a_question_asking_no_count_is_the_guest_houses_and_the_count_asked_again(system, wa_id, lang, taps,
                                                                                        typed):
    http, base = system
    phone = Phone(http, base, wa_id)
    counted = await walk(phone, lang, *AYODHYA, *taps)
    reply = await phone.say(typed, until=has("interactive"))
    assert TOLD[lang] in words(reply) and CARETAKER in words(reply), words(reply)
    assert choices(reply) == choices(counted), choices(reply)


@pytest.mark.parametrize("typed", ["how many can stay in a room?", "koto jon thakte parbe?"])
async def test_a_question_of_how_many_stays_the_counts(system, typed):
    http, base = system
    phone = Phone(http, base, "919800410004" if typed.startswith("how") else "919800410005")
    reply = await walk(phone, "en", *AYODHYA, "tourism:date:", "tourism:nights:2")
    answer = await phone.say(typed, until=has("interactive"))
    assert TOLD["en"] not in words(answer), words(answer)
    assert choices(answer) == choices(reply)
