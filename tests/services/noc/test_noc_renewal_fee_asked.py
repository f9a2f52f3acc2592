"""'renewal fee koto', 'নবীকরণের ফি কত' or 'how much is the renewal fee', in the NOC chat or at the main menu, listed
the NOCs due for renewal and never said what a renewal costs: the renewal's word was read before the fee. What a
renewal costs is now answered as the fee asked at the NOC menu is (set by the gram panchayat for the trade, paid at
its office or on the portal, one's own fee waiting named with its amount); 'renewal' alone, and what a renewal
takes, are read as before."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, in_the_chat
from phone_kit import at_the_menu, has, words

SET_BY = {"en": "is set by the gram panchayat for the kind of business", "bn": "গ্রাম পঞ্চায়েত ঠিক করে"}
RENEWALS_LISTED = {"en": "due for renewal or has run out. Choose one", "bn": "বেছে নিন"}


@pytest.mark.parametrize(("lang", "typed"), [("en", "how much is the renewal fee"), ("bn", "renewal fee koto"),
                                             ("bn", "নবীকরণের ফি কত"), ("en", "renewal er fee koto taka")])
async def test_what_a_renewal_costs_is_answered_not_the_renewals_listed(system, lang, typed):
    phone = await in_the_chat(system, "noc", RINA, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert SET_BY[lang] in answer and RENEWALS_LISTED[lang] not in answer, (typed, answer)


async def test_asked_at_the_main_menu_it_is_answered_the_same(system):
    phone = await at_the_menu(system, RINA, "en")
    answer = words(await phone.say("renewal fee koto", until=has("interactive")))
    assert SET_BY["en"] in answer and "TNOC/2025/000310 | " not in answer, answer


async def test_ones_own_fee_waiting_is_named_with_its_amount(system):
    phone = await in_the_chat(system, "noc", ARJUN, "en")
    answer = words(await phone.say("how much is the renewal fee", until=has("interactive")))
    assert SET_BY["en"] in answer and "TNOC/2026/000048" in answer and "₹2,500" in answer, answer


@pytest.mark.parametrize(("typed", "said"), [("renewal", RENEWALS_LISTED["en"]),
                                             ("renew korte ki lagbe", "apply for its renewal at your gram panchayat")])
async def test_the_renewal_without_its_cost_is_read_as_before(system, typed, said):
    phone = await in_the_chat(system, "noc", RINA, "en")
    answer = words(await phone.say(typed, until=has("interactive")))
    assert said in answer and SET_BY["en"] not in answer, (typed, answer)
