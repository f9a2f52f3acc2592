"""The guest's name on a booking asked changed ("booking er naam change korte chai", "বুকিংয়ের নাম বদলাতে চাই") was
told "The dates of a booking cannot be changed here", and said wrong ("wrong name in booking", "বুকিংয়ে নাম ভুল
হয়েছে", "booking me naam galat hai") reached no service. It is answered about the name: not changed here, since the
guest house checks it against the guest's photo ID; a name misspelt is for the caretaker, whose phone is given; to
stay in another name, book again (the same room, one tap away), then cancel. At the quote, where nothing is booked
yet, "naam bhul hoyeche, change korbo" was "Please type *yes* or *no*": the name is asked again, the rest kept."""
from __future__ import annotations

import pytest

from gateway.menu import phrase_pattern
from services.tourism.conversation.redate import changing, renames
from services.tourism.service import MENU
from shared.india import plain

ROOM = "tinchuley-double"
TOLD = {"en": "The name on a booking cannot be changed here", "bn": "বুকিংয়ের নাম এখানে বদলানো যায় না"}


def claimed(text: str) -> str | None:
    return next((p.action for p in MENU.phrases if phrase_pattern(p.pattern).search(plain(text))), None)


@pytest.mark.parametrize("typed", ["booking er naam change korte chai", "change the name on my booking",
                                   "wrong name in booking", "booking e naam vul hoyeche", "বুকিংয়ে নাম ভুল হয়েছে",
                                   "বুকিংয়ের নাম বদলাতে চাই", "booking me naam galat hai"])
def test_the_name_asked_changed_is_read_at_the_main_menu(typed):
    assert claimed(typed) == "redate" and changing(typed) == "name", typed


@pytest.mark.parametrize(("typed", "what"), [("change the dates and the name", "dates"), ("change room", "room"),
                                             ("date change korte chai", "dates")])
def test_dates_or_a_room_stay_what_they_were(typed, what):
    assert changing(typed) == what, typed


@pytest.mark.parametrize("typed", ["room e kichu bhul ache", "the room was wrong", "ghor ta bhul"])
def test_a_room_said_wrong_is_no_change_asked(typed):
    assert claimed(typed) != "redate" and not renames(typed), typed


@pytest.mark.parametrize(("lang", "typed"), [("en", "booking er naam change korte chai"),
                                             ("en", "wrong name in booking"), ("bn", "বুকিংয়ে নাম ভুল হয়েছে")])
async def test_asked_at_the_main_menu_it_is_answered_about_the_name(make_guest, lang, typed):
    guest = make_guest(lang)
    await guest.book(ROOM, "2026-03-10")

    # as the gateway sends it
    asked = await guest.send(guest.envelope(text=typed, reply_id=f"tourism:{claimed(typed)}"))

    assert TOLD[lang] in asked.text and "PT-2026-000001" in asked.text, asked.text
    assert "date" not in asked.text and "তারিখ" not in asked.text, asked.text
    assert "+91" in asked.text, asked.text  # the caretaker's phone
    assert set(asked.choices) >= {f"tourism:room:{ROOM}", "tourism:cancel:PT-2026-000001"}
    again = await guest.tap(f"tourism:room:{ROOM}")
    assert any(c.startswith("tourism:date:") for c in again.choices), again.text  # the same room, its dates asked


async def test_in_the_chat_the_name_alone_is_enough(make_guest):
    guest = make_guest()
    await guest.book(ROOM, "2026-03-10")
    await guest.tap("tourism:menu")

    asked = await guest.say("naam change korte chai")

    assert TOLD["en"] in asked.text and "PT-2026-000001" in asked.text, asked.text


async def test_with_two_bookings_the_person_picks_which(make_guest):
    guest = make_guest()
    await guest.book(ROOM, "2026-03-10")
    await guest.book("lamahatta-cottage", "2026-03-20")
    await guest.tap("tourism:menu")

    asked = await guest.say("I want to change the guest name")

    assert f"{TOLD['en']}: the guest house checks it" in asked.text and "Which booking" in asked.text, asked.text
    which = await guest.tap("tourism:redate:PT-2026-000002:name")
    assert "PT-2026-000002" in which.text and "Book again" in which.choices.values(), which.text


@pytest.mark.parametrize("typed", ["naam bhul hoyeche, change korbo", "change the name", "নাম ভুল হয়েছে"])
async def test_at_the_quote_the_name_is_asked_again(make_guest, typed):
    guest = make_guest()
    await guest.quote(ROOM, "2026-03-10")

    asked = await guest.say(typed)

    assert "In whose name shall we book?" in asked.text and "yes* or *no" not in asked.text, asked.text
    quoted = await guest.say("Rahul Sarma")
    assert "Name on the booking: Rahul Sarma" in quoted.text and "2 nights" in quoted.text, quoted.text
