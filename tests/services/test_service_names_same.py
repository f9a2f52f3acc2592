"""One service, one name wherever a villager reads it: the trade NOC was 'ব্যবসার অনাপত্তি (NOC)' in the main menu
but 'ট্রেড NOC' on the buttons that lead to it, and complaints were 'অভিযোগ জানান' in the main menu but 'অভিযোগ' on
the button another service offers. Through the webhook: the main menu's rows and the buttons to those services read
as the main menu does, in English and Bengali, whether the words typed are English, Bengali or Bengali in Latin
letters."""
from __future__ import annotations

from typing import Any

import pytest
from phone_kit import Phone, has

NAMES = {"en": {"grievance:menu": "Complaints", "noc:menu": "Trade NOC"},
         "bn": {"grievance:menu": "অভিযোগ জানান", "noc:menu": "ট্রেড NOC"}}


def titles(messages: list[dict[str, Any]]) -> dict[str, str]:
    """Every button's and list row's title, by its reply id."""
    found = {}
    for m in messages:
        action = m.get("interactive", {}).get("action", {})
        found |= {b["reply"]["id"]: b["reply"]["title"] for b in action.get("buttons", [])}
        found |= {r["id"]: r["title"] for s in action.get("sections", []) for r in s["rows"]}
    return found


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_main_menu_names_the_services_as_their_buttons_do(system, lang):
    http, base = system
    phone = Phone(http, base, f"91981234041{lang == 'bn':d}")
    await phone.say("hi", until=has("interactive"))
    menu = titles(await phone.tap(f"shell:lang:{lang}", until=has("interactive")))
    assert {tap: menu.get(tap) for tap in NAMES[lang]} == NAMES[lang]


@pytest.mark.parametrize(("wa_id", "lang", "typed"), [
    ("919812340421", "en", "the street light is not working"),
    ("919812340422", "bn", "রাস্তার আলো জ্বলে না"),
    ("919812340423", "bn", "rastar alo jole na"),
    ("919812340424", "en", "amar dokaner licence er ki holo"),
    ("919812340425", "bn", "দোকানের লাইসেন্স চাই"),
])
async def test_a_button_to_another_service_bears_its_main_menu_name(system, wa_id, lang, typed):
    http, base = system
    phone = Phone(http, base, wa_id, taps="button")
    await phone.start(lang)
    await phone.tap("tourism:menu", until=has("interactive"))
    offered = titles(await phone.say(typed, until=lambda got: any(t in titles(got) for t in NAMES[lang])))
    assert all(offered[tap] == NAMES[lang][tap] for tap in offered if tap in NAMES[lang]), offered
