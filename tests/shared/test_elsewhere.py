"""The one table of each service's business as people name it, read where a service understood nothing: the
services named (never the one asking), in English, Bengali and Bengali in Latin letters, and the offer made of them."""
from __future__ import annotations

import pytest

from shared.elsewhere import SERVICES, TEXTS, named, offer


@pytest.mark.parametrize(("typed", "service"), [
    ("I want to complain", "grievance"), ("ekta obhijog korbo", "grievance"), ("নালিশ জানাব", "grievance"),
    ("book a room", "tourism"), ("ghar book korte chai", "tourism"), ("হোম স্টে", "tourism"),
    ("my building plan", "permit"), ("barir onumoti", "permit"), ("বাড়ি তৈরির অনুমতি", "permit"),
    ("trade license renew", "noc"), ("amar byabsar licence", "noc"), ("ট্রেড লাইসেন্স", "noc"),
    ("Salary Slip", "payroll"), ("mainer slip", "payroll"), ("মাইনে কবে", "payroll"),
])
def test_each_service_is_named_in_every_way_people_write(typed, service):
    assert named(typed, here="nobody") == [service]
    assert named(typed, here=service) == []  # a service's own words are none of another's


@pytest.mark.parametrize(("typed", "here", "service"), [
    ("dokan er licence chai", "permit", "noc"), ("দোকানের লাইসেন্স চাই", "permit", "noc"),
    ("I need a shop licence", "tourism", "noc"), ("amar dokaner licence er ki holo", "permit", "noc"),
    ("amar beton er slip chai", "tourism", "payroll"), ("amar beton er slip chai", "noc", "payroll"),
    ("বেতন এর স্লিপ দিন", "noc", "payroll"),
    ("ghor banate permission lagbe", "noc", "permit"), ("আমার বাড়ি বানানোর অনুমতি লাগবে", "noc", "permit"),
    ("I need permission to build my house", "tourism", "permit"), ("ghor banabo, onumoti chai", "payroll", "permit"),
])
def test_what_villagers_say_they_need_names_its_service(typed, here, service):
    """As the main menu reads them (``shared.casework.needed``): a house's permission, a shop's licence, the pay's slip
    with its "er" apart."""
    assert named(typed, here=here) == [service]


@pytest.mark.parametrize("typed", ["ghor chai", "ghor book korte chai", "driving licence chai",
                                   "amar licence harie geche", "room e thakar permission ache?"])
def test_a_room_or_another_licence_is_no_permission_or_trade_licence(typed):
    assert not {"permit", "noc"} & set(named(typed, here="nobody")), typed


def test_words_of_no_service_name_none():
    assert named("purple elephants", here="tourism") == [] and offer("hello there", "tourism", "en") is None


def test_two_services_named_are_both_offered_with_the_way_to_stay():
    message = offer("my salary slip and my trade licence", "tourism", "en")
    assert message is not None
    assert "That sounds like *Trade NOC* or *Pay slips*." in message.text
    assert [(b.id, b.title) for b in message.buttons] == [
        ("noc:menu", "Trade NOC"), ("payroll:menu", "Pay slips"), ("tourism:menu", "Stay here")]


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_every_service_has_its_name_and_button_in_both_languages(lang):
    for service in SERVICES:
        assert TEXTS(f"about_{service}", lang).strip("*") and 0 < len(TEXTS(f"btn_{service}", lang)) <= 20
