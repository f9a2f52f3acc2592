"""An employee asking for a month's slip in their own words at the main menu or as a first message ("goto maser
slip", "last month slip", "গত মাসের স্লিপ") is taken straight to that slip: the PIN is asked for it, then it comes.
Through the real webhook, services and fake Cloud API, with the demo's employees."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.payroll.domain import month_name, today_in_india

from .conftest import System
from .test_menu_words import answer, at_the_menu, said

ANIMA, SUBRATA, RAHIM = "919733000101", "919733000102", "919733000103"  # PINs 4821, 5937, 2684


def last_month(lang: str) -> str:
    return month_name((today_in_india(datetime.now(UTC)).replace(day=1) - timedelta(days=1)).strftime("%Y-%m"), lang)


async def test_last_months_slip_asked_for_in_a_first_message_comes_after_the_pin(system: System):
    await system.say(ANIMA, "গত মাসের স্লিপ")
    asked = said((await system.replies(ANIMA, 1))[-1])
    assert asked.startswith(f"{last_month('bn')}-এর বেতন বিবরণী পেতে আপনার পিন লিখুন"), asked
    await system.say(ANIMA, "৪৮২১")
    slip = (await system.replies(ANIMA, 2))[-1]["body"]
    assert slip["type"] == "document" and last_month("bn") in slip["document"]["caption"], slip


async def test_last_months_slip_asked_for_at_the_main_menu_comes_after_the_pin(system: System):
    for wa_id, words, pin in ((SUBRATA, "goto maser slip", "5937"), (RAHIM, "last month slip", "2684")):
        sent = await at_the_menu(system, wa_id, "en")
        asked, sent = await answer(system, wa_id, words, sent)
        assert asked.startswith(f"Type your PIN to get your pay slip for {last_month('en')}"), (words, asked)
        await system.say(wa_id, pin)
        slip = (await system.replies(wa_id, sent + 1))[-1]["body"]
        assert slip["type"] == "document" and last_month("en") in slip["document"]["caption"], (words, slip)
