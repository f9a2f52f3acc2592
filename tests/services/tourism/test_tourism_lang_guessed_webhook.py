"""A first message asking for a room ("guest house book korte chai", "I want to book a guest house in Purulia"), sent
first or at the language question, goes straight to the booking in the language the gateway guesses from the words;
but tourism never said the language was only guessed, so someone whose words were read as the other language went
on in it with no word of how to change it. The answer to such a message now says, in the other language, how to
change it (as complaints and payroll do); the next answer no longer says it, nor does one to a chosen language."""
from __future__ import annotations

import pytest
from phone_kit import TO_BENGALI, TO_ENGLISH, Phone, first_words, has, words


@pytest.mark.parametrize("greeted", [False, True])  # sent first, or at the language question
@pytest.mark.parametrize("typed, asked, other", [
    ("guest house book korte chai", "কোন জেলায় থাকতে চান?", TO_ENGLISH),
    ("ঘর বুক করতে চাই", "কোন জেলায় থাকতে চান?", TO_ENGLISH),
    ("I want to book a guest house in Purulia", "where would you like to stay?", TO_BENGALI),
])
async def test_a_first_booking_says_how_to_change_the_guessed_language(system, greeted, typed, asked, other):
    http, base = system
    phone = Phone(http, base, "919700000051", name="Guest")
    first = await first_words(phone, typed, asked, greeted=greeted)
    assert other in words(first)
    again = await phone.say("back", until=has("interactive"))  # the next answer says it no more
    assert TO_ENGLISH not in words(again) and TO_BENGALI not in words(again)


async def test_a_chosen_language_is_not_said_to_be_guessed(system):
    http, base = system
    phone = Phone(http, base, "919700000052", name="Guest")
    await phone.start("bn")
    got = await phone.say("guest house book korte chai", until=lambda m: "কোন জেলায় থাকতে চান?" in words(m))
    assert TO_ENGLISH not in words(got) and TO_BENGALI not in words(got)
