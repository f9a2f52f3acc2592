"""Told how to apply for building permission or how to renew a trade NOC, a person asks what comes next: how much
("কত টাকা লাগবে", "koto taka lagbe", "how much is the fee"), where ("কোথায় জমা দেব", "kothay jama debo", "where do I
apply"), how long ("কত দিন লাগবে", "koto din lagbe", "how long does it take") and what papers ("কী কী কাগজ লাগবে",
"ki ki kagoj lagbe", "what papers are needed"). They were answered "did not understand", or with one's own cases to
choose from, or "none of yours is open, so no document is needed". Each is now answered from what the service holds
(the fee set by the gram panchayat and paid at its office or portal, with one's own fee waiting, if any, its amount
and where; the office or portal; the papers the application records; no number of days but each step told here),
with the buttons of the step it was asked at: the how-to answer's, or at the service's start its own. Through the
webhook, for both services, in English, Bengali and Banglish."""
from __future__ import annotations

import pytest
from both_kit import both_fixtures
from casework_kit import RINA, TAPAN, in_the_chat
from phone_kit import choices, has, words

from services.noc.service import TEXTS as NOC_TEXTS
from services.permit.service import TEXTS as PERMIT_TEXTS

service, clock, bus, runtime, citizen, system, office = both_fixtures()

NOBODY = "919800000099"  # no case of theirs on this number
TEXTS = {"permit": PERMIT_TEXTS, "noc": NOC_TEXTS}
HOW = {("permit", "en"): "I want to apply for building permission", ("permit", "bn"): "বাড়ি তৈরির অনুমতি চাই",
       ("permit", "bl"): "bari banate permission lagbe",
       ("noc", "en"): "I want to renew my trade licence", ("noc", "bn"): "আমার দোকানের লাইসেন্স নবীকরণ করতে চাই",
       ("noc", "bl"): "amar dokan er licence renew korte chai"}
HOW_SAID = {"permit": "apply_how", "noc": "renewal_needs"}  # the how-to answer each opener gets
ASKED = {"fee": {"en": "how much is the fee", "bn": "কত টাকা লাগবে", "bl": "koto taka lagbe"},
         "where": {"en": "where do I apply", "bn": "কোথায় জমা দেব", "bl": "kothay jama debo"},
         "time": {"en": "how long does it take", "bn": "কত দিন লাগবে", "bl": "koto din lagbe"},
         "papers": {"en": "what papers are needed", "bn": "কী কী কাগজ লাগবে", "bl": "ki ki kagoj lagbe"}}
UNCLEAR = ("did not understand", "বুঝতে পারিনি")
HOME = {"permit": ["permit:status", "permit:mine"], "noc": ["noc:status", "noc:mine", "noc:renewals"]}


def said(name: str, key: str, lang: str) -> str:
    """The first sentence of the service's text ``key``, as the person reads it."""
    return TEXTS[name](key, "en" if lang == "en" else "bn", years=3, days=30).split(". ")[0].split("। ")[0]


def listed(name: str, got: list) -> list[str]:
    return [c for c in choices(got) if c.startswith((f"{name}:view:", f"{name}:missing:"))]


async def told_how(system, name: str, wa_id: str, lang: str):
    phone = await in_the_chat(system, name, wa_id, "en" if lang == "en" else "bn")
    how = await phone.say(HOW[name, lang], until=has("interactive"))
    assert said(name, HOW_SAID[name], lang) in words(how), words(how)
    return phone, choices(how)


@pytest.mark.parametrize("lang", ["en", "bn", "bl"])
async def test_what_follows_how_to_is_answered_with_its_buttons(system, service, lang):
    phone, buttons = await told_how(system, service.name, RINA, lang)
    for asked in ("fee", "where", "time", "papers"):
        got = await phone.say(ASKED[asked][lang], until=has("interactive"))
        text = words(got)
        assert said(service.name, f"follow_{asked}", lang) in text, (asked, text)
        assert not any(u in text for u in UNCLEAR) and not listed(service.name, got), (asked, text, choices(got))
        assert choices(got)[-len(buttons):] == buttons, (asked, choices(got), buttons)


@pytest.mark.parametrize("lang", ["en", "bn", "bl"])
async def test_the_fee_asked_names_ones_own_fee_waiting(system, service, lang):
    phone, buttons = await told_how(system, service.name, service.fee_holder, lang)
    got = await phone.say(ASKED["fee"][lang], until=has("interactive"))
    text = words(got)
    assert said(service.name, "follow_fee", lang) in text and service.fee_pending in text, text
    assert service.fee["en" if lang == "en" else "bn"] in text, text
    assert choices(got)[-len(buttons):] == buttons, (choices(got), buttons)


@pytest.mark.parametrize("lang", ["en", "bn", "bl"])
async def test_what_follows_is_answered_at_the_start_too(system, service, lang):
    phone = await in_the_chat(system, service.name, NOBODY, "en" if lang == "en" else "bn")
    for asked in ("fee", "where", "time", "papers"):
        got = await phone.say(ASKED[asked][lang], until=has("interactive"))
        text = words(got)
        assert said(service.name, f"follow_{asked}", lang) in text, (asked, text)
        assert not any(u in text for u in UNCLEAR), (asked, text)
        assert choices(got) == HOME[service.name], (asked, choices(got))


async def test_no_number_of_days_is_made_up(system, service):
    phone, _ = await told_how(system, service.name, RINA, "en")
    text = words(await phone.say("how long does it take", until=has("interactive")))
    assert "no set number of days" in text, text
    assert ("up to 3 years" if service.name == "permit" else "30 days before") in text, text


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_fee_asked_with_none_waiting_says_where_it_is_paid_once(system, service, lang):
    """Someone whose cases wait for no fee is told so after the fee's answer; where a fee is paid, which that answer
    says, is not said a second time (the NOC's answer said the office and the portal twice, once for renewals)."""
    phone, _ = await told_how(system, service.name, TAPAN, lang)  # his rejected case waits for no fee
    text = words(await phone.say(ASKED["fee"][lang], until=has("interactive")))
    paid_at = {"en": "gram panchayat office", "bn": "গ্রাম পঞ্চায়েত অফিসে"}[lang]
    assert said(service.name, "follow_fee_none", lang) in text, text
    assert text.lower().count(paid_at) == 1 and text.count("পোর্টালে") + text.count("portal") <= 1, text


@pytest.mark.parametrize("typed", ["{name} koto dine pabo", "koto somoye pabo", "koto diner moddhe pabo",
                                   "koto shomoy lagbe", "koto mase hobe"])
async def test_how_long_said_with_its_endings_in_latin_letters_is_answered(system, service, typed):
    """'noc koto dine pabo' (in how many days will I get it) listed one's cases to choose from: "koto din" was read,
    "koto dine", "koto somoye", "koto mase" were not. They are how long it takes, answered at the service's start."""
    phone = await in_the_chat(system, service.name, NOBODY, "bn")
    got = await phone.say(typed.format(name=service.name), until=has("interactive"))
    text = words(got)
    assert said(service.name, "follow_time", "bn") in text, text
    assert choices(got) == HOME[service.name], choices(got)


@pytest.mark.parametrize(("lang", "typed"), [("en", "where is the office?"), ("en", "which is the nearest office"),
                                             ("bn", "অফিসটা কোথায়?"), ("bl", "office ta kothay?"),
                                             ("bl", "panchayat office kothai")])
async def test_where_the_office_is_asked_after_how_to_is_where(system, service, lang, typed):
    """'where is the office?' right after how to apply listed one's own cases to choose from (the words named no
    applying, paying or going): it is where applications are made, and the gram panchayat of one's own, as "where
    do I apply" is; never where one's application is ("আমার আবেদন কোথায় আছে")."""
    phone, buttons = await told_how(system, service.name, RINA, lang)
    got = await phone.say(typed, until=has("interactive"))
    text = words(got)
    assert said(service.name, "follow_where", lang) in text, text
    assert not listed(service.name, got) and choices(got)[-len(buttons):] == buttons, (text, choices(got))
