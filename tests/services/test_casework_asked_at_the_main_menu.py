"""What it costs, how long it takes and what papers it needs, asked at the main menu with the service named
("building permission fee koto?", "how long does building permission take", "what documents are needed for a
trade licence?", "ট্রেড লাইসেন্সের জন্য কী কী কাগজ লাগবে"). The main menu took the words to the service's menu and
dropped them: the menu came with no answer, and the papers asked by someone with no application were answered "No
NOC is registered to this WhatsApp number, so no document is awaited from you". They are answered as at the service's
own menu (``follow``): the fee set by the gram panchayat (one's own waiting, its amount and where), no set number of
days, the papers for applying; the service's menu buttons under the answer. A tap of the menu's row shows the menu."""
from __future__ import annotations

import pytest
from both_kit import both_fixtures
from phone_kit import at_the_menu, choices, has, words
from test_casework_after_how_to import HOME, NOBODY, said

service, clock, bus, runtime, citizen, system, office = both_fixtures()

NAMED = {"permit": {"en": "building permission", "bn": "বাড়ি তৈরির অনুমতির", "bl": "building permission er"},
         "noc": {"en": "a trade licence", "bn": "ট্রেড লাইসেন্সের", "bl": "trade licence er"}}
ASKED = {"fee": {"en": "how much is the fee for {named}?", "bn": "{named} ফি কত?", "bl": "{named} fee koto?"},
         "time": {"en": "how long does {named} take", "bn": "{named} জন্য কত দিন লাগবে", "bl": "{named} koto din lagbe"},
         "papers": {"en": "what documents are needed for {named}?", "bn": "{named} জন্য কী কী কাগজ লাগবে",
                    "bl": "{named} jonno ki ki kagoj lagbe"}}


@pytest.mark.parametrize("asked", ["fee", "time", "papers"])
@pytest.mark.parametrize("lang", ["en", "bn", "bl"])
async def test_asked_at_the_main_menu_it_is_answered_with_the_services_menu(system, service, lang, asked):
    phone = await at_the_menu(system, NOBODY, "en" if lang == "en" else "bn")
    typed = ASKED[asked][lang].format(named=NAMED[service.name][lang])
    got = await phone.say(typed, until=has("interactive"))
    text = words(got)
    assert said(service.name, f"follow_{asked}", lang) in text, (typed, text)
    assert "no document is awaited" not in text and "কোনো নথির অপেক্ষা" not in text, text
    assert choices(got) == HOME[service.name], (typed, choices(got))


async def test_ones_own_fee_waiting_is_named(system, service):
    phone = await at_the_menu(system, service.fee_holder)
    got = await phone.say(ASKED["fee"]["en"].format(named=NAMED[service.name]["en"]), until=has("interactive"))
    text = words(got)
    assert service.fee_pending in text and service.fee["en"] in text, text


async def test_the_menus_row_tapped_shows_the_menu(system, service):
    phone = await at_the_menu(system, NOBODY)
    got = await phone.tap(f"{service.name}:menu", until=has("interactive"))
    assert choices(got) == HOME[service.name], choices(got)
    assert "follow" not in words(got) and "no set number of days" not in words(got), words(got)


@pytest.mark.parametrize(("lang", "typed"), [("en", "what is needed for {named}?"), ("bn", "{named} জন্য কী কী লাগবে"),
                                             ("bl", "{named} jonno ki ki lagbe"), ("en", "what do I need for {named}")])
async def test_what_is_needed_with_no_paper_named_is_the_papers(system, service, lang, typed):
    """'trade licence er jonno ki ki lagbe' (what all is needed), no paper named, showed the service's menu alone: it
    is the papers for applying, as "ki ki kagoj lagbe" is."""
    phone = await at_the_menu(system, NOBODY, "en" if lang == "en" else "bn")
    got = await phone.say(typed.format(named=NAMED[service.name][lang]), until=has("interactive"))
    text = words(got)
    assert said(service.name, "follow_papers", lang) in text, text
    assert choices(got) == HOME[service.name], choices(got)
