"""Hindi words naming a service, through the real webhook, services and fake Cloud API: a first-timer asked the
language is taken to the service once they choose it, never offered their words as a complaint; someone with a
language goes straight there; and the menu after a chat that keeps nothing (trade NOC, building permission), or
where nothing was chosen yet (tourism's start), does not say anything of it is kept."""
from __future__ import annotations

from .conftest import System

NEW, KNOWN = "919800000161", "919800000162"
CARRY_ON = "If you were in the middle of something in"


def said(message: dict) -> str:
    body = message["body"]
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


def rows(message: dict) -> list[str]:
    return [r["id"] for s in message["body"]["interactive"]["action"]["sections"] for r in s["rows"]]


async def test_a_first_timers_room_booking_in_hindi_becomes_a_booking_not_a_complaint(system: System):
    await system.say(NEW, "कमरा बुक करना है")
    (question,) = await system.replies(NEW, 1)
    assert "I will take you to *Tourism: book a room*" in said(question)
    assert "one tap sends it to *Complaints*" not in said(question)
    await system.tap(NEW, "shell:lang:en", "English")
    asked = (await system.replies(NEW, 2))[-1]
    assert said(asked).startswith("Which district would you like to stay in?")
    await system.told(NEW, 1)
    await system.say(NEW, "menu")
    menu = (await system.replies(NEW, 3))[-1]
    assert "shell:unread" not in rows(menu) and "Send my message" not in said(menu)
    assert CARRY_ON not in said(menu)  # only the districts asked: nothing chosen, nothing to carry on


async def test_hindi_words_take_someone_with_a_language_to_each_service_and_casework_keeps_nothing(system: System):
    await system.say(KNOWN, "hello")
    await system.tap(KNOWN, "shell:lang:en", "English")
    sent = 2
    for words, begins in (("नक्शा पास", "*Building permission*"), ("dukan ka NOC", "*Trade NOC*"),
                          ("गेस्ट हाउस", "*Panchayat Tourism*")):
        await system.say(KNOWN, words)  # the service's answer comes first: it has a hop more than the menu
        answer = (await system.replies(KNOWN, sent + 1))[-1]
        if "Tourism" in begins:
            await system.told(KNOWN, 1)  # tourism's start, only looked at: it says so
        await system.say(KNOWN, "menu")
        menu = (await system.replies(KNOWN, sent + 2))[-1]
        sent += 2
        assert said(answer).startswith(begins), (words, said(answer))
        assert CARRY_ON not in said(menu), words
    await system.say(KNOWN, "shikayat karni hai")
    assert said((await system.replies(KNOWN, sent + 1))[-1]).startswith("What is the complaint about?")
