"""What a plan's passing, a building permission or a trade licence costs, asked with no fee named ("naksha pass korate
koto taka lage", "নকশা পাস করাতে কত টাকা লাগে", "permission nite koto khoroch", "trade licence korte koto taka lage",
"দোকানের লাইসেন্স করতে কত টাকা লাগে"), was told how to apply, or asked whether a permission's or a room's (করাতে
was read as রাত, a night), or reached no service: it is the service's fee, answered as "fee koto" is at its menu.
How to apply for one in Latin letters or Bengali, "trade licence kivabe korbo", "ট্রেড লাইসেন্স কীভাবে করব", got the NOC
menu: it is how to apply. A room's price, two nights' cost, how long a plan takes and the unnamed cost are read as
before."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, has, words

FEE = {"permit": {"en": "The building permission fee is set by the gram panchayat", "bn": "ভবন নির্মাণের অনুমতির ফি"},
       "noc": {"en": "The fee for a trade NOC, and for its renewal, is set by the gram panchayat",
               "bn": "ট্রেড NOC-র ফি, আর তার নবীকরণের ফি"}}


@pytest.mark.parametrize(("typed", "expected"), [
    ("naksha pass korate koto taka lage", "permit:fee"), ("নকশা পাস করাতে কত টাকা লাগে", "permit:fee"),
    ("permission nite koto khoroch", "permit:fee"), ("how much does building permission cost", "permit:fee"),
    ("trade licence korte koto taka lage", "noc:fee"), ("দোকানের লাইসেন্স করতে কত টাকা লাগে", "noc:fee"),
    ("trade licence er khoroch koto", "noc:fee"), ("trade licence kivabe korbo", "noc:apply"),
    ("ট্রেড লাইসেন্স কীভাবে করব", "noc:apply"), ("bari banate permission kivabe korbo", "permit:apply"),
])
def test_what_it_costs_is_the_services_fee(typed, expected):
    assert menu_claims(typed) == [expected], typed


@pytest.mark.parametrize(("typed", "expected"), [
    ("ghor bhara koto", ["tourism:price"]), ("২ রাত থাকতে কত টাকা", ["tourism:price"]),
    ("plan pass korte koto din lage", ["permit:menu"]), ("koto taka lagbe", []),
    ("kagoj ta kobe pabo", ["noc:mine", "permit:mine"]), ("keno reject holo", ["noc:mine", "permit:mine"]),
])
def test_other_words_are_read_as_before(typed, expected):
    assert menu_claims(typed) == expected, typed


@pytest.mark.parametrize(("n", "service", "lang", "typed"), [
    (1, "permit", "en", "naksha pass korate koto taka lage"), (2, "permit", "bn", "নকশা পাস করাতে কত টাকা লাগে"),
    (3, "noc", "en", "trade licence korte koto taka lage"), (4, "noc", "bn", "দোকানের লাইসেন্স করতে কত টাকা লাগে"),
])
async def test_at_the_main_menu_the_fee_is_told(system, n, service, lang, typed):
    phone = await at_the_menu(system, f"91980039200{n}", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert FEE[service][lang] in words(got), words(got)
