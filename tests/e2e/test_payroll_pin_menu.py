"""A PIN typed right spares the next few minutes' documents the PIN, but not after the main menu: a phone handed to
someone else after "menu" gave them a pay slip without the PIN. The gateway tells payroll the main menu ended the
session there, and the next slip asks the PIN again. Through the real webhook, services and fake Cloud API, with
the demo's employees."""
from __future__ import annotations

from .conftest import System
from .test_menu_words import answer, at_the_menu, said

RAHIM = "919733000103"  # PIN 2684


async def test_after_the_main_menu_a_slip_asks_the_pin_again(system: System):
    sent = await at_the_menu(system, RAHIM, "en")
    asked, sent = await answer(system, RAHIM, "last month slip", sent)
    assert asked.startswith("Type your PIN to get your pay slip"), asked
    await system.say(RAHIM, "2684")
    slip = (await system.replies(RAHIM, sent + 1))[-1]["body"]
    sent += 1
    assert slip["type"] == "document" and "this ends at the main menu" in slip["document"]["caption"], slip
    _, sent = await answer(system, RAHIM, "menu", sent)
    await system.say(RAHIM, "last month slip")
    again = (await system.replies(RAHIM, sent + 1))[-1]
    assert again["body"]["type"] != "document", again  # not the slip without the PIN
    assert said(again).startswith("Type your PIN to get your pay slip"), again
