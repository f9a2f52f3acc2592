"""A whole guest-house request typed at the main menu ("book a room at darjeeling 25 dec 2 nights", "ghor chai
darjeeling e", "দার্জিলিংয়ে একটা ঘর চাই") reaches tourism and is read whole there, as at tourism's own menu: what it
names is said back and only the next thing is asked. Before, the words that reached tourism lost their details
("Which district would you like to stay in?") or reached no service ("I could not tell which service"). Through the
real webhook, services and fake Cloud API."""
from __future__ import annotations

import pytest

from .conftest import System
from .test_menu_words import answer, at_the_menu, said

PEOPLE = iter(f"9198112000{n:02d}" for n in range(1, 100))


@pytest.mark.parametrize("lang, typed, noted", [
    ("en", "book a room at darjeeling 25 dec 2 nights", "Noted: Darjeeling, from 25 Dec"),
    ("en", "i need a room in darjeeling from 25 dec for 2 nights", "Noted: Darjeeling, from 25 Dec"),
    ("en", "ghor chai darjeeling e", "Noted: Darjeeling."),
    ("en", "room at lataguri 10 jan", "Noted: Lataguri Panchayat Guest House, from 10 Jan"),
    ("bn", "দার্জিলিংয়ে একটা ঘর চাই", "বুঝেছি: দার্জিলিং।"),
    ("bn", "দার্জিলিংয়ে ২৫ ডিসেম্বর থেকে ২ রাতের জন্য একটা ঘর চাই", "বুঝেছি: দার্জিলিং, ২৫ ডিসেম্বর"),
])
async def test_a_whole_request_at_the_main_menu_is_read_whole_by_tourism(system: System, lang, typed, noted):
    person = next(PEOPLE)
    reply, _ = await answer(system, person, typed, await at_the_menu(system, person, lang))
    assert noted in reply, reply


async def test_a_guest_house_stay_asked_in_banglish_opens_the_booking(system: System):
    person = next(PEOPLE)
    reply, _ = await answer(system, person, "guest house e thakte chai", await at_the_menu(system, person, "en"))
    assert reply.startswith("Which district would you like to stay in?"), reply


@pytest.mark.parametrize("lang, typed, lines", [
    ("en", "room at digha 25 dec 2 nights", ("We have no guest house at Digha.", "Noted: from 25 Dec")),
    ("bn", "দিঘায় ২৫ ডিসেম্বর থেকে ২ রাতের জন্য একটা ঘর চাই",
     ("দিঘা নামের জায়গায় আমাদের কোনো অতিথিনিবাস নেই।", "বুঝেছি: ২৫ ডিসেম্বর থেকে, ২ রাত।")),
])
async def test_a_place_without_a_guest_house_is_said_before_the_districts(system: System, lang, typed, lines):
    person = next(PEOPLE)
    sent = await at_the_menu(system, person, lang)
    await system.say(person, typed)
    reply = (await system.replies(person, sent + 1))[-1]
    assert all(line in said(reply) for line in lines), said(reply)
    assert "tourism:district:darjeeling" in str(reply["body"])


async def test_a_whole_request_at_the_carry_on_offer_starts_it_and_drops_the_old(system: System):
    person = next(PEOPLE)
    sent = await at_the_menu(system, person, "en")
    for reply_id, title in [("tourism:menu", "Tourism"), ("tourism:book", "Book a room"),
                            ("tourism:district:purulia", "Purulia")]:
        await system.tap(person, reply_id, title, kind="list" if reply_id.count(":") > 1 else "button")
        sent += 1
        await system.replies(person, sent)
    reply, sent = await answer(system, person, "menu", sent)
    await system.tap(person, "tourism:menu", "Tourism")
    offer = (await system.replies(person, sent + 1))[-1]
    assert "You left this part-way through" in said(offer), said(offer)
    reply, _ = await answer(system, person, "room at lataguri 10 jan 2 nights", sent + 1)
    assert "could not match" not in reply and "I have dropped what you had begun (*Booking a room: Purulia" in reply
    assert "Noted: Lataguri Panchayat Guest House, from 10 Jan" in reply, reply
