"""One's permission or licence named and asked after at the main menu ("my permit", "permit status", "licence
status", "amar licence er ki holo", "permit kobe pabo", "licence ekhono pai ni", "mera license kab milega") reached no
service: "Sorry, I did not follow that", or the words kept to be sent to Complaints; "noc kobe pabo" and "trade licence
er ki holo" got the NOC's menu, asking for a number. They are one's own cases now, as the service's chat reads the
same words: when it comes answered as there (an issued one said issued, its certificate a tap away; the one under way,
where it stands and the fee it waits for); nobody's cases but one's own. Words that were another choice stay it."""
from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from casework_kit import RINA, menu_claims
from phone_kit import at_the_menu, choices, has, running_system, words

NOBODY = "919800000099"  # no case of theirs on this number


@pytest.mark.parametrize(("typed", "claimed"), [
    ("my permit", "permit:mine"), ("amar permit", "permit:mine"), ("permit status", "permit:mine"),
    ("permission status", "permit:mine"), ("amar permission er ki holo", "permit:mine"),
    ("permit kobe pabo", "permit:mine"), ("permit pabo kobe", "permit:mine"), ("permit kokhon pabo", "permit:mine"),
    ("amar onumoti kobe pabo", "permit:mine"), ("অনুমতি কবে পাব", "permit:mine"), ("permit ki holo", "permit:mine"),
    ("when will i get my permit", "permit:mine"), ("permit ta ekhono pai ni", "permit:mine"),
    ("meri permit kab milegi", "permit:mine"), ("when will my permit be approved", "permit:mine"),
    ("my licence", "noc:mine"), ("amar licence", "noc:mine"), ("licence status", "noc:mine"),
    ("my licence status", "noc:mine"), ("noc status", "noc:mine"), ("noc kobe pabo", "noc:mine"),
    ("noc ki holo", "noc:mine"), ("amar licence er ki holo", "noc:mine"), ("trade licence er ki holo", "noc:mine"),
    ("লাইসেন্স এর কি হল", "noc:mine"), ("আমার লাইসেন্স কবে পাব", "noc:mine"), ("এনওসি কবে পাব", "noc:mine"),
    ("licence ekhono pai ni", "noc:mine"), ("when will i get my licence", "noc:mine"),
    ("mera license kab milega", "noc:mine")])
def test_ones_own_named_and_asked_after_is_ones_own(typed, claimed):
    assert menu_claims(typed) == [claimed], typed


@pytest.mark.parametrize(("typed", "claimed"), [
    ("amar licence nei", []), ("driving licence status", []), ("my driving licence", []), ("my trek permit", []),
    ("amar permission chara bari banacche", []), ("renew my permission", ["noc:renewals"]),
    ("my permit letter", ["permit:letters"]), ("my permit fee", ["permit:fee"]),
    ("my permit validity", ["permit:validity"]), ("amar permit cancel korte chai", ["permit:withdraw"]),
    ("amar permit lagbe", ["permit:apply"]), ("amar licence e naam bhul", ["noc:amend"]),
    ("amar licence er meyad kobe sesh", ["noc:validity"]), ("amar trade licence chai", ["noc:apply"]),
    ("permit er jonno pradhan ghush chaiche", ["grievance:words"]), ("amar permit niye complaint ache", ["grievance:new"]),
    ("amar application er ki holo", ["noc:mine", "permit:mine"]), ("permit", ["permit:menu"]),
    ("bari", ["permit:menu"]), ("licence", ["noc:menu"])])
def test_other_words_stay_what_they_were(typed, claimed):
    assert menu_claims(typed) == claimed, typed


@pytest.fixture(name="system")
async def fixture_system(tmp_path: Path) -> AsyncIterator[tuple]:
    async with running_system(tmp_path) as (http, base, _, app):
        yield http, base, app


async def test_when_ones_permit_comes_is_answered_as_in_its_chat(system):
    phone = await at_the_menu(system, RINA)  # BP/PUR/2026/000102 waits for its fee; BP/PUR/2026/000101 approved
    got = await phone.say("permit kobe pabo", until=has("interactive"))
    text = words(got)
    assert "Your application BP/PUR/2026/000102 is not approved yet: it is now *Fee pending*." in text, text
    assert "Pay it at Baghmundi Gram Panchayat office" in text, text
    assert "Your application BP/PUR/2026/000101 has already been approved" in text, text
    assert {"permit:view:BP/PUR/2026/000102", "permit:download:BP/PUR/2026/000101"} <= set(choices(got)), choices(got)


@pytest.mark.parametrize("typed", ["noc kobe pabo", "mera license kab milega"])
async def test_when_ones_licence_comes_is_answered_as_in_its_chat(system, typed):
    phone = await at_the_menu(system, RINA)  # TNOC/2026/000045 and TNOC/2025/000310, both issued
    got = await phone.say(typed, until=has("interactive"))
    assert "Your 2 NOCs have already been issued." in words(got), words(got)
    assert {"noc:download:TNOC/2026/000045", "noc:download:TNOC/2025/000310"} <= set(choices(got)), choices(got)


@pytest.mark.parametrize(("typed", "listed"), [
    ("my permit", "You have 3 applications on this number."), ("permit status", "You have 3 applications"),
    ("my licence", "You have 2 NOCs on this number."), ("licence status", "You have 2 NOCs on this number.")])
async def test_ones_own_are_listed(system, typed, listed):
    phone = await at_the_menu(system, RINA)
    got = await phone.say(typed, until=has("interactive"))
    assert listed in words(got), words(got)


@pytest.mark.parametrize(("typed", "said"), [
    ("my permit", "No application is registered to this WhatsApp number."),
    ("licence status", "No NOC is registered to this WhatsApp number."),
    ("permit kobe pabo", "No application is registered to this WhatsApp number.")])
async def test_nobody_elses_are_shown(system, typed, said):
    phone = await at_the_menu(system, NOBODY)
    got = await phone.say(typed, until=has("interactive"))
    assert said in words(got) and "BP/PUR" not in words(got) and "TNOC/20" not in words(got), words(got)


@pytest.mark.parametrize(("service", "typed", "said"), [
    ("permit", "permit kokhon pabo", "Your application BP/PUR/2026/000102 is not approved yet"),
    ("noc", "mera license kab milega", "Your 2 NOCs have already been issued."),
    ("noc", "licence ekhono pai ni", "You have 2 NOCs on this number."),
    ("permit", "amar permission er ki holo", "You have 3 applications on this number.")])
async def test_in_the_chat_the_same_words_are_read_the_same(chat, service, typed, said):
    """The service's own chat read "kobe pabo" and "my permit": "kokhon", "kab milega" and "pai ni" with
    the paper named were "Sorry, I did not understand"."""
    rina, _ = await chat(service, lang="en")
    answer = await rina.say(typed)
    assert said in answer.text, answer.text
