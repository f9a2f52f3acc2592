"""In the NOC and permit chats, what a licence or a permission said to be needed costs ("amar dokaner licence renew
korte koto taka lagbe", "amar bari banate permission lagbe, koto taka lagbe", "দোকানের লাইসেন্স লাগবে, কত টাকা
লাগবে") was told how to apply, the cost asked left unanswered: it is the service's fee, as "fee koto" is there. Said
needed with no cost asked, it is still how to apply."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words

FEE = {"permit": {"en": "The building permission fee is set by the gram panchayat", "bn": "ভবন নির্মাণের অনুমতির ফি"},
       "noc": {"en": "The fee for a trade NOC, and for its renewal, is set by the gram panchayat",
               "bn": "ট্রেড NOC-র ফি, আর তার নবীকরণের ফি"}}
APPLY = {"permit": "To apply for building permission", "noc": "To apply for a trade NOC"}


@pytest.mark.parametrize(("n", "service", "lang", "typed"), [
    (1, "noc", "en", "amar dokaner licence renew korte koto taka lagbe"),
    (2, "noc", "bn", "দোকানের লাইসেন্স লাগবে, কত টাকা লাগবে"),
    (3, "permit", "en", "amar bari banate permission lagbe, koto taka lagbe"),
])
async def test_the_cost_of_what_is_needed_is_the_fee(system, n, service, lang, typed):
    phone = await at_the_menu(system, f"91980039400{n}", lang)
    await phone.tap(f"{service}:menu", until=has("interactive"))
    got = await phone.say(typed, until=has("interactive"))
    assert FEE[service][lang] in words(got), words(got)


@pytest.mark.parametrize(("n", "service", "typed"), [(4, "noc", "dokaner licence lagbe"),
                                                     (5, "permit", "amar bari banate permission lagbe")])
async def test_needed_alone_is_still_how_to_apply(system, n, service, typed):
    phone = await at_the_menu(system, f"91980039400{n}", "en")
    await phone.tap(f"{service}:menu", until=has("interactive"))
    got = await phone.say(typed, until=has("interactive"))
    assert APPLY[service] in words(got) and FEE[service]["en"] not in words(got), words(got)
