"""How a permission or licence is had, asked in English, "I want to build a house, how do I get permission?", "how do
I get permission to build a house", "how can I get a noc for my shop", was "I could not tell which service" at the
main menu (the words offered to be sent as a complaint) or listed one's NOCs ("my shop"); it is how to apply, at the
main menu and in the chat, as "amar bari banate permission lagbe" is, and so is a house to be built with no
permission named ("I want to build a house", "ঘর বানাতে চাই", "bari banabo"), a floor to add ("second floor
korbo", "বাড়িতে দোতলা করব") and a shop to open ("new shop khulbo"). Not a permission of no building ("how do
I get permission for trekking"), nor one's letter asked after ("how do I get my building permission letter"), nor a
house built by another or without leave."""
from __future__ import annotations

import importlib

import pytest
from phone_kit import Phone, has, words

from gateway.menu import phrase_pattern
from shared.india import plain

HOW = {"permit": "To apply for building permission, make an application at your gram panchayat office",
       "noc": "To apply for a trade NOC, make an application at your gram panchayat office"}
ASKED = [("permit", "I want to build a house, how do I get permission?"),
         ("permit", "how do I get permission to build a house"), ("permit", "how to get building permission"),
         ("noc", "how can I get a noc for my shop"), ("noc", "how do we get a trade licence?"),
         # a shop and a licence named: the licence wanted ("I could not tell which service" at the menu, a message
         # for Complaints in the NOC chat)
         ("noc", "dokan khulbo licence lagbe"), ("noc", "I want to open a shop, what licence do I need"),
         # a shop or a business to be opened, no licence named (no service's at the menu, "not understood" in the
         # chat): the trade NOC is what it needs from the panchayat
         ("noc", "I want to open a shop"), ("noc", "দোকান খুলতে চাই"), ("noc", "byabsa shuru korbo"),
         ("noc", "ami ekta chayer dokan dite chai"),
         # a house to be built, no permission named (no service's at the menu, or a room wanted, "ঘর বানাতে চাই";
         # "not understood" in the chat): building permission is what it needs from the panchayat
         ("permit", "I want to build a house"), ("permit", "ঘর বানাতে চাই"), ("permit", "bari banabo"),
         ("permit", "we want to construct a two storey house"), ("permit", "ghar banane ki permission chahiye"),
         # a floor added to one's house, a shop to open in Banglish (no service's at the menu before)
         ("permit", "second floor korbo"), ("permit", "বাড়িতে দোতলা করব"),
         ("permit", "I want to add a floor to my house"), ("permit", "dotola korte chai"),
         ("noc", "new shop khulbo"), ("noc", "notun shop khulte chai")]


def asked_for(text: str) -> str | None:
    """The first choice a service's words take ``text`` typed at the main menu to (as ``gateway.menu``)."""
    entries = [importlib.import_module(f"services.{name}.service").MENU
               for name in ("grievance", "tourism", "permit", "noc", "payroll")]
    return next((f"{entry.service}:{phrase.action}" for entry in entries for phrase in entry.phrases
                 if phrase_pattern(phrase.pattern).search(plain(text))), None)


@pytest.mark.parametrize("service, typed", ASKED)
def test_how_it_is_had_asked_at_the_main_menu_is_how_to_apply(service, typed):
    assert asked_for(typed) == f"{service}:apply"


@pytest.mark.parametrize("typed, taken", [("how do I get permission for trekking", None),
                                          ("amar dokan er licence er ki holo", "noc:mine"),
                                          ("my shop was closed by police", None), ("when will the shop open", None),
                                          ("I want to open a bank account", None),
                                          ("the contractor is going to build a house illegally", None),
                                          ("pasher lok rastar upor bari banacche", None),
                                          ("awas yojana te ghor banabo", None),
                                          ("how do I get my building permission letter", "permit:letters"),
                                          ("second floor e room chai", "tourism:book"),
                                          ("the second floor of the guest house", "tourism:menu")])
def test_no_building_or_ones_letter_is_not_how_to_apply(typed, taken):
    assert asked_for(typed) == taken


@pytest.mark.parametrize("service, typed", ASKED)
@pytest.mark.parametrize("where", ["menu", "chat"])
async def test_how_to_apply_is_answered(system, service, typed, where):
    http, base = system
    phone = Phone(http, base, "919811200401")
    await phone.start("en")
    if where == "chat":
        await phone.tap(f"{service}:menu", until=has("interactive"))
    answer = words(await phone.say(typed, until=has("interactive")))
    assert HOW[service] in answer, answer
