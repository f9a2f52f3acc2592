"""A house's permission asked in Hindi with "ghar" ("ghar banane ki anumati", "घर बनाने के लिए परमिशन चाहिए", "ghar
banane ki ijazat chahiye") or a house to be built said so ("main ghar banana chahta hu") reached no service, where
"makan banane ki anumati chahiye" was told how to apply: it is too, and the permission named alone is the menu. Wanted
in Devanagari ("चाहिए") is wanted as "chahiye" is: a shop's licence so wanted is how to apply for the trade NOC. Asked
after ("ghar banane ki anumati kab milegi": when) is no new application."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words
from test_permit_how_to_apply import claimed

from gateway.menu import phrase_pattern
from services import registry
from shared.india import plain


def all_claimed(text: str) -> list[str]:
    """Every service's action whose menu phrase reads ``text``."""
    return sorted({f"{name}:{p.action}" for name in registry.names()
                   if (menu := registry.load(name, load_demo=False).menu)
                   for p in menu.phrases if phrase_pattern(p.pattern).search(plain(text))})


@pytest.mark.parametrize("typed", ["ghar banane ke liye permission chahiye", "घर बनाने के लिए परमिशन चाहिए",
                                   "घर बनाने के लिए अनुमति चाहिए", "ghar banane ki ijazat chahiye",
                                   "main ghar banana chahta hu", "हम घर बनवाना चाहते हैं"])
def test_a_house_to_be_built_is_how_to_apply(typed):
    assert claimed(typed) == "apply", typed


@pytest.mark.parametrize("typed", ["ghar banane ki anumati", "घर बनाने की अनुमति", "घर बनाने के लिए अनुमति"])
def test_the_permission_named_is_the_menu(typed):
    assert claimed(typed) == "menu", typed


def test_asked_after_is_no_new_application():
    assert claimed("ghar banane ki anumati kab milegi") not in (None, "apply")
    assert claimed("घर बनाने की अनुमति कब मिलेगी") not in (None, "apply")


def test_a_shops_licence_wanted_in_devanagari_is_how_to_apply_for_the_noc():
    assert all_claimed("दुकान का लाइसेंस चाहिए") == ["noc:apply", "noc:menu"]


async def test_at_the_main_menu_how_to_apply_is_told(system):
    phone = await at_the_menu(system, "919800000095", "en")
    got = await phone.say("घर बनाने के लिए परमिशन चाहिए", until=has("interactive"))
    assert "make an application at your gram panchayat office" in words(got), words(got)
