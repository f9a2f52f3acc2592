"""What villagers say they need, typed inside another service's chat: "dokan er licence chai" in the building
permission chat, "amar beton er slip chai" in the tourism or the trade NOC chat, "ghor banate permission lagbe" in the
NOC chat were taken as that chat's own business ('No application is registered…', 'Sorry, I did not understand',
'Sorry, I did not follow that'). Through the webhook, they now name the service they belong to, with its button and
one to stay, in English, Bengali and Bengali in Latin letters."""
from __future__ import annotations

import pytest
from phone_kit import Phone, has, saying

TOLD = {"noc": ("That sounds like *Trade NOC*", "এটি *ট্রেড NOC*-র বিষয় মনে হচ্ছে।"),
        "payroll": ("That sounds like *Pay slips*", "এটি *বেতন বিবরণী*-র বিষয় মনে হচ্ছে।"),
        "permit": ("That sounds like *Building permission*", "এটি *ভবন নির্মাণের অনুমতি*-র বিষয় মনে হচ্ছে।")}


@pytest.mark.parametrize(("here", "wa_id", "lang", "typed", "other"), [
    ("permit", "919812340301", "en", "dokan er licence chai", "noc"),
    ("permit", "919812340302", "bn", "দোকানের লাইসেন্স চাই", "noc"),
    ("permit", "919812340303", "en", "I need a shop licence", "noc"),
    ("permit", "919812340304", "en", "amar dokaner licence er ki holo", "noc"),
    ("tourism", "919812340305", "en", "amar beton er slip chai", "payroll"),
    ("noc", "919812340306", "en", "amar beton er slip chai", "payroll"),
    ("noc", "919812340307", "en", "ghor banate permission lagbe", "permit"),
    ("noc", "919812340308", "bn", "আমার বাড়ি বানানোর অনুমতি লাগবে", "permit"),
    ("noc", "919812340309", "en", "I need permission to build my house", "permit"),
])
async def test_a_need_typed_in_another_chat_names_its_service(system, here, wa_id, lang, typed, other):
    http, base = system
    phone = Phone(http, base, wa_id, taps="button")
    await phone.say("hi", until=has("interactive"))
    await phone.tap(f"shell:lang:{lang}", until=has("interactive"))
    phone.seen = len(await phone.received())
    await phone.tap(f"{here}:menu", until=has("interactive"))
    told = TOLD[other][lang == "bn"]
    said = await phone.say(typed, until=saying(told))
    [offer] = [m for m in said if told in m.get("interactive", {}).get("body", {}).get("text", "")]
    taps = [b["reply"]["id"] for b in offer["interactive"]["action"]["buttons"]]
    assert taps == [f"{other}:menu", f"{here}:menu"], taps
