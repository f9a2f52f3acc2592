"""A room asked after as whether one is free ("kal 2 jon er room ache?", "২ জনের ঘর খালি আছে?", "any room available
on 25 dec for 3 people") was not tourism's at the main menu or as a first message: it was kept to send to Complaints
as a new complaint. It now starts a booking with what it names (the day, the group), as "ghor chai" does; a house
or a room said to have a problem ("amader ghor bhanga ache") and a room no longer wanted stay nobody's here. Asked
whether there is one ("is there a room in Jhargram on 25 december?", "do you have any rooms for 2 nights", "room pawa
jabe?", "digha te room ache?", "দার্জিলিংয়ে ঘর আছে?"), it was "I could not tell which service": it starts the booking
too, a district with no guest house said so. A house or room to be built ("ghor banate chai", "ঘর বানাতে চাই") is no
room wanted: building permission's."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words

from gateway.menu import phrase_pattern
from services.tourism.service import MENU
from shared.india import plain


def action(text: str) -> str | None:
    return next((phrase.action for phrase in MENU.phrases if phrase_pattern(phrase.pattern).search(plain(text))), None)


@pytest.mark.parametrize("typed", [
    "kal 2 jon er room ache?", "2 jon er jonno room ache", "room khali ache?", "ghor khali ache kal?",
    "২ জনের ঘর খালি আছে?", "কাল ঘর খালি আছে?", "any room available on 25 dec for 3 people", "rooms available?",
    "is a room free on 25 dec", "৩ জনের রুম হবে?", "is there a room in Jhargram on 25 december?",
    "do you have any rooms for 2 nights", "are there rooms on 31st", "room pawa jabe?", "ghor pawa jabe kal?",
    # a place's room asked after, the question at the end ("I could not tell which service" before)
    "digha te room ache?", "darjeeling e ghor ache?", "দার্জিলিংয়ে ঘর আছে?", "পুরুলিয়াতে রুম আছে?",
    # the day or the group after it (no service's before)
    "room ache 25 dec?", "AC room ache 25 dec?", "রুম আছে ২৫ তারিখে?", "room ache 2 jon er jonno?"])
def test_a_free_room_asked_after_is_a_booking(typed: str):
    assert action(typed) == "book", typed


@pytest.mark.parametrize("typed", [
    "amader ghor bhanga ache", "school er room e jol pore", "room lagbe na", "আমার ঘরে জল ঢুকছে",
    "ঘর ভেঙে গেছে", "2 jon er job card nei", "is there a room in the school for the meeting",
    "is there a problem with my room", "i don't want a room, is there a room free",
    # one's own house, a school's room, a room or house being built (building permission's)
    "amar ghor ache", "আমার ঘর আছে", "school e room ache", "ghor banate chai", "ঘর বানাতে চাই",
    "notun ghor banate chai", "amar barite room ache 3 ta", "আমাদের বাড়িতে রুম আছে ৩টা", "school e room ache 3 ta"])
def test_a_house_with_a_problem_is_no_booking(typed: str):
    assert action(typed) != "book", typed


async def test_a_first_message_asking_for_a_free_room_starts_the_booking_through_the_webhook(system):
    http, base = system
    phone = Phone(http, base, "919800301001")
    reply = await phone.say("kal 2 jon er room ache?", until=has("interactive"))
    said = words(reply)
    assert "বুঝেছি" in said and "২ জন" in said and "অভিযোগ" not in said, said
    assert "tourism:district:purulia" in choices(reply), choices(reply)


@pytest.mark.parametrize(("typed", "told"), [
    ("any room available on 25 dec for 3 people", "Noted"),
    # whether there is one, a district with no guest house: said so, the districts asked
    ("is there a room in Jhargram on 25 december?", "no guest house at Jhargram"),
    ("jhargram e 25 dec room ache?", "no guest house at Jhargram")])
async def test_asked_at_the_main_menu_in_english_it_starts_the_booking(system, typed, told):
    http, base = system
    phone = Phone(http, base, "919800301002")
    await phone.start("en")
    reply = await phone.say(typed, until=has("interactive"))
    said = words(reply)
    assert told in said and "25 Dec" in said and "Complaints" not in said and "which service" not in said, said
    assert "tourism:district:purulia" in choices(reply), choices(reply)
