"""A change of mind typed while a stay is chosen or its quote is on screen, as the complaints chat reads it
(shared.changed_mind). Before, "thak", "থাক", "chai na", "never mind", "start again", "abar shuru", "আবার শুরু"
were answers to the step: "could not read that date", "nowhere to stay in a district by that name". Now "start
again" asks to carry on with the booking or drop it and start a new one, and "never mind" to carry on or drop it,
saying what it holds; dropping it lets go of the rooms held for a quote."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import AYODHYA, DORM, walk

AGAIN = {"en": "Carry on with it, or drop it and start a new one?",
         "bn": "এটি নিয়েই এগিয়ে যাবেন, নাকি এটি বাদ দিয়ে নতুন করে শুরু করবেন?"}
LEAVE = {"en": "Carry on with it, or drop it?", "bn": "এটি নিয়েই এগিয়ে যাবেন, নাকি এটি বাদ দেবেন?"}
PLACE = {"en": "Double room", "bn": "ডাবল ঘর"}
REFUSED = ("could not read", "nowhere to stay", "match", "বুঝতে পারিনি", "চিনতে পারিনি", "পড়তে পারিনি")


async def at_the_date(http, base: str, wa_id: str, lang: str) -> Phone:
    phone = Phone(http, base, wa_id)
    await walk(phone, lang, *AYODHYA)
    return phone


@pytest.mark.parametrize("n, lang, typed, asked, button", [
    (1, "en", "start again", AGAIN, "tourism:anew:"),
    (2, "en", "abar shuru", AGAIN, "tourism:anew:"),
    (3, "bn", "আবার শুরু", AGAIN, "tourism:anew:"),
    (4, "en", "never mind", LEAVE, "tourism:leave:"),
    (5, "en", "thak", LEAVE, "tourism:leave:"),
    (6, "bn", "থাক", LEAVE, "tourism:leave:"),
    (7, "bn", "chai na", LEAVE, "tourism:leave:"),
    (8, "bn", "লাগবে না", LEAVE, "tourism:leave:"),
])
async def test_a_change_of_mind_at_the_date_is_asked_about_through_the_webhook(system, n, lang, typed, asked, button):
    http, base = system
    phone = await at_the_date(http, base, f"91980010{n:04d}", lang)

    reply = await phone.say(typed, until=has("interactive"))

    said = words(reply)
    assert asked[lang] in said and PLACE[lang] in said, said  # what the booking holds, shown
    assert not any(refused in said for refused in REFUSED), said
    assert "tourism:resume" in choices(reply) and any(c.startswith(button) for c in choices(reply))
    again = await phone.tap("tourism:resume", until=has("interactive"))
    assert any(c.startswith("tourism:date:") for c in choices(again)), words(again)  # the date asked again


@pytest.mark.parametrize("n, lang, typed", [(11, "en", "start again"), (12, "bn", "abar shuru")])
async def test_start_again_then_its_button_drops_the_booking_and_lists_the_districts(system, n, lang, typed):
    http, base = system
    phone = await at_the_date(http, base, f"91980010{n:04d}", lang)
    reply = await phone.say(typed, until=has("interactive"))
    anew = next(c for c in choices(reply) if c.startswith("tourism:anew:"))

    districts = await phone.tap(anew, until=has("interactive"))

    assert "tourism:district:purulia" in choices(districts)
    dropped = {"en": "the booking was left", "bn": "বুকিংটি বাদ দেওয়া হল"}[lang]
    assert dropped in words(districts), words(districts)
    stale = await phone.tap(anew, until=has("interactive"))  # the question's button, once answered
    assert "tourism:district:purulia" in choices(stale)


@pytest.mark.parametrize("n, lang, typed", [(21, "en", "never mind"), (22, "bn", "থাক"), (23, "bn", "thak")])
async def test_never_mind_then_drop_it_leaves_the_booking(system, n, lang, typed):
    http, base = system
    phone = await at_the_date(http, base, f"91980010{n:04d}", lang)
    reply = await phone.say(typed, until=has("interactive"))
    leave = next(c for c in choices(reply) if c.startswith("tourism:leave:"))

    home = await phone.tap(leave, until=has("interactive"))

    assert "tourism:book" in choices(home)
    assert {"en": "the booking was left", "bn": "বুকিংটি বাদ দেওয়া হল"}[lang] in words(home)


@pytest.mark.parametrize("typed", ["never mind", "থাক", "chai na"])
async def test_dropped_at_the_quote_the_room_held_is_let_go(make_guest, typed):
    first, second = make_guest(), make_guest()
    held = await first.quote(DORM, "2026-05-01", nights=1, guests=4)
    assert "held for you until" in held.text

    asked = await first.say(typed)

    assert "Carry on with it, or drop it?" in asked.text and "let go of the rooms held" in asked.text
    dropped = await first.tap(asked.choice("tourism:leave:"))
    assert "the quote is dropped and the rooms are released" in dropped.text
    taken = await second.quote(DORM, "2026-05-01", nights=1, guests=4)
    assert "held for you until" in taken.text, taken.text


async def test_nothing_chosen_yet_start_again_lists_the_districts(system):
    http, base = system
    phone = Phone(http, base, "919800100031")
    await walk(phone, "en")

    reply = await phone.say("start again", until=has("interactive"))

    assert "tourism:district:purulia" in choices(reply) and "nowhere to stay" not in words(reply)


@pytest.mark.parametrize("n, lang, typed", [(31, "en", "can I cancel my booking?"), (32, "bn", "বুকিং বাতিল করতে চাই")])
async def test_cancel_asked_at_the_main_menu_with_only_a_booking_being_made_asks_about_that_one(
        system, n, lang, typed):
    """"cancel my booking" typed at the main menu, with no booking made but one being made here, said "You have no
    bookings yet" and dropped the one being made without a word; it asks whether to carry on with it or drop it."""
    http, base = system
    phone = await at_the_date(http, base, f"91980010{n:04d}", lang)
    await phone.say("menu", until=has("interactive"))
    reply = await phone.say(typed, until=has("interactive"))
    said = words(reply)
    assert LEAVE[lang] in said and PLACE[lang] in said, said
    again = await phone.tap("tourism:resume", until=has("interactive"))
    assert any(c.startswith("tourism:date:") for c in choices(again)), words(again)  # kept: the date asked again
