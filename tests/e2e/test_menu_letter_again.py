"""'চিঠি আবার পাঠান' / 'send the letter again' typed at the main menu reached neither building permission nor trade NOC
(the gateway cannot tell whose letter is meant): 'I could not tell which service…', offered to Complaints. Words
both services announce now get the question which, one tap a service; the tap gets the letter as the words would
inside that chat. Words one service alone announces ('amar onumoti potro', 'NOC er copy chai') go straight there."""
from __future__ import annotations

from .conftest import System
from .test_menu_words import ARJUN, RINA, answer, at_the_menu, rows, said


def documents(messages: list[dict]) -> list[str]:
    return [m["body"]["document"]["filename"] for m in messages if m["body"]["type"] == "document"]


async def test_the_letter_asked_for_at_the_menu_is_sent_from_the_service_tapped(system: System):
    sent = await at_the_menu(system, RINA, "bn")
    await system.say(RINA, "চিঠি আবার পাঠান")
    asked = (await system.replies(RINA, sent + 1))[-1]
    assert asked["body"]["type"] == "interactive", said(asked)
    assert said(asked).startswith("এটি কোন পরিষেবার জন্য?"), said(asked)
    assert [row for row, _ in rows(asked)] == ["shell:claimed:permit:letters", "shell:claimed:noc:letters"]
    titles = [r["title"] for s in asked["body"]["interactive"]["action"]["sections"] for r in s["rows"]]
    assert titles == ["ভবন নির্মাণের অনুমতি", "ট্রেড NOC"]
    await system.tap(RINA, "shell:claimed:permit:letters", "ভবন নির্মাণের অনুমতি", kind="list")
    got = await system.replies(RINA, sent + 2)  # the letter, its caption saying what it is
    assert documents(got[sent + 1:]) == ["BP-PUR-2026-000101.pdf"]


async def test_asked_in_english_the_choice_is_in_english(system: System):
    sent = await at_the_menu(system, ARJUN, "en")
    reply, sent = await answer(system, ARJUN, "send the letter again", sent)
    assert reply.startswith("Which service"), reply
    asked = (await system.replies(ARJUN, sent))[-1]
    assert [r["title"] for s in asked["body"]["interactive"]["action"]["sections"] for r in s["rows"]] == [
        "Building permission", "Trade NOC"]


async def test_words_one_service_announces_go_straight_to_it(system: System):
    sent = await at_the_menu(system, RINA, "bn")
    await system.say(RINA, "amar onumoti potro")
    got = await system.replies(RINA, sent + 1)
    assert documents(got[sent:]) == ["BP-PUR-2026-000101.pdf"]
