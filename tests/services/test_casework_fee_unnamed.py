"""The fee asked after at the main menu with no service named ("where do I pay the fee?", "ফি কোথায় জমা দেব?", "fee
kothay jama dibo?"), or said paid ("I paid the fee yesterday but the status still says fee pending", "ফি জমা
দিয়েছি", "fee diye diyechi"). No service announced such words: the menu said it could not tell which service they
were for and offered to send them to Complaints, though the person waited on a building permission's or a trade NOC's
fee. A fee is asked by both, so the menu asks which (a row each), and the words are read there as typed at its menu:
how much and where, one's own fee waiting, and said paid, that the office has not recorded it yet. Another
scheme's, a school's or a room's fee is none of theirs, and a service named goes to that service as before."""
from __future__ import annotations

import pytest
from both_kit import both_fixtures
from phone_kit import at_the_menu, choices, has, words
from test_casework_after_how_to import HOME, NOBODY, TEXTS, said

service, clock, bus, runtime, citizen, system, office = both_fixtures()

ASKED = {"en": "where do I pay the fee?", "bn": "ফি কোথায় জমা দেব?", "bl": "fee kothay jama dibo?"}
PAID = {"en": "I paid the fee yesterday but the status still says fee pending", "bn": "ফি জমা দিয়েছি",
        "bl": "fee diye diyechi"}
WHICH = ["shell:claimed:permit:fee", "shell:claimed:noc:fee"]  # the menu's order: building permission first


def lang_of(lang: str) -> str:
    return "en" if lang == "en" else "bn"


@pytest.mark.parametrize("typed", [*ASKED.items(), *PAID.items()], ids=lambda t: t[0] if len(t) == 2 else t)
async def test_the_fee_with_no_service_named_asks_which(system, service, typed):
    lang, text = typed
    phone = await at_the_menu(system, NOBODY, lang_of(lang))
    got = await phone.say(text, until=has("interactive"))
    assert choices(got) == WHICH, (text, words(got), choices(got))


@pytest.mark.parametrize("lang", ["en", "bn", "bl"])
async def test_the_service_picked_answers_the_fee_as_at_its_menu(system, service, lang):
    phone = await at_the_menu(system, NOBODY, lang_of(lang))
    await phone.say(ASKED[lang], until=has("interactive"))
    got = await phone.tap(f"shell:claimed:{service.name}:fee", until=has("interactive"))
    text = words(got)
    assert said(service.name, "follow_fee", lang) in text, text
    assert choices(got) == HOME[service.name], choices(got)


@pytest.mark.parametrize("lang", ["en", "bn", "bl"])
async def test_ones_own_fee_said_paid_is_said_not_yet_recorded(system, service, lang):
    phone = await at_the_menu(system, service.fee_holder, lang_of(lang))
    await phone.say(PAID[lang], until=has("interactive"))
    got = await phone.tap(f"shell:claimed:{service.name}:fee", until=has("interactive"))
    text = words(got)
    template = TEXTS[service.name]("fee_said_paid", lang_of(lang))  # its words up to the fee filled in
    assert template.split("{")[0] in text and service.fee_pending in text, text
    assert service.fee[lang_of(lang)] in text, text
    assert f"{service.name}:view:{service.fee_pending}" in choices(got), choices(got)


async def test_ones_own_fee_asked_names_its_amount(system, service):
    phone = await at_the_menu(system, service.fee_holder)
    await phone.say(ASKED["en"], until=has("interactive"))
    got = await phone.tap(f"shell:claimed:{service.name}:fee", until=has("interactive"))
    assert service.fee_pending in words(got) and service.fee["en"] in words(got), words(got)


@pytest.mark.parametrize("typed", ["how much is the school fee?", "hospital er fee koto", "exam fee kothay dibo",
                                   "how much is the room fee?", "pension er fee koto", "স্কুলের ফি কত?",
                                   "amar salary theke fee kete niyeche"])
async def test_a_fee_of_something_else_is_not_asked_of_either(system, service, typed):
    phone = await at_the_menu(system, NOBODY)
    got = await phone.say(typed, until=bool)
    assert not set(WHICH) & set(choices(got)), (typed, words(got), choices(got))


async def test_a_fee_with_its_service_named_goes_there(system, service):
    named = {"permit": "building permission fee koto?", "noc": "trade licence renewal fee koto?"}[service.name]
    phone = await at_the_menu(system, NOBODY)
    got = await phone.say(named, until=has("interactive"))
    assert not set(WHICH) & set(choices(got)), (words(got), choices(got))
    assert all(tap.startswith(f"{service.name}:") for tap in choices(got)), choices(got)


async def test_the_row_tapped_with_no_words_of_a_fee_shows_the_menu(system, service):
    phone = await at_the_menu(system, NOBODY)  # its title alone, as a row kept from an earlier list carries
    tapped = {"id": f"{service.name}:fee", "title": "Trade NOC" if service.name == "noc" else "Building permission",
              "type": "list"}
    got = await phone.send({"reply": tapped}, until=has("interactive"))
    assert choices(got) == HOME[service.name], choices(got)
    assert TEXTS[service.name]("home", "en").split(".")[0] in words(got), words(got)
