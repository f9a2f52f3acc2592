"""An application or NOC number typed on a Bengali keyboard, its prefix in Bengali letters (বিপি for BP, টিএনওসি or
এনওসি for TNOC), as the permission and NOC chats read it: at the main menu it reaches its service, and among words
in the other's chat it is offered as that service's number, through the real webhook, services and fake Cloud API."""
from __future__ import annotations

import pytest

from .conftest import System
from .test_menu_words import RINA, answer, at_the_menu, said


def buttons(message: dict) -> list[str]:
    return [b["reply"]["id"] for b in message["body"]["interactive"]["action"].get("buttons", [])]


@pytest.mark.parametrize(("typed", "shown"), [("বিপি/PUR/২০২৬/১০১", "BP/PUR/2026/000101"),
                                              ("বি.পি. PUR ২০২৬ ১০১", "BP/PUR/2026/000101"),
                                              ("টিএনওসি/২০২৬/৪৫", "TNOC/2026/000045"),
                                              ("এনওসি-২০২৬-৪৫", "TNOC/2026/000045")])
async def test_a_number_with_its_prefix_in_bengali_letters_at_the_menu_is_shown(system: System, typed, shown):
    reply, _ = await answer(system, RINA, typed, await at_the_menu(system, RINA, "bn"))
    assert shown in reply and "বুঝতে পারিনি" not in reply, reply


@pytest.mark.parametrize(("chat", "title", "typed", "tap", "number"), [
    ("noc", "ট্রেড NOC", "বিপি/PUR/২০২৬/১০১ এর অবস্থা কী", "permit:view:বিপি/PUR/২০২৬/১০১",
     "BP/PUR/2026/000101"),
    ("permit", "ভবন নির্মাণের অনুমতি", "টিএনওসি/২০২৬/৪৫ এর অবস্থা কী", "noc:view:টিএনওসি/২০২৬/৪৫", "TNOC/2026/000045")])
async def test_the_other_services_number_among_words_in_a_chat_is_offered_as_its_number(system: System, chat, title,
                                                                                       typed, tap, number):
    sent = await at_the_menu(system, RINA, "bn")
    await system.tap(RINA, f"{chat}:menu", title, kind="list")
    sent = len(await system.replies(RINA, sent + 1))
    await system.say(RINA, typed)
    latest = (await system.replies(RINA, sent + 1))[-1]
    assert tap in buttons(latest), latest
    await system.tap(RINA, tap, "খুলুন")
    shown = (await system.replies(RINA, sent + 2))[-1]
    assert number in said(shown) and "মনে হচ্ছে না" not in said(shown), shown
