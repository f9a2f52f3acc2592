"""This service's words misspelt in Latin letters, as people type them ("lisence er copy chai", "complen korbo", "my
aplication status", "boking cancel korbo", "bari banate parmission lagbe"), reached no service at the main menu, or
the wrong ones ("lisence" was no licence, so a permit's letter was asked about too): the menu reads them respelt
(``shared.india.respelt``), as the words are spelt right. A word that only looks like one is left as typed."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, choices, has, words

from shared.india import plain, respelt


@pytest.mark.parametrize(("typed", "said"), [
    ("Lisence er copy chai", "licence er copy chai"), ("trade LAISENS", "trade licence"), ("lisences", "licences"),
    ("my aplications", "my applications"), ("complen korbo", "complain korbo"), ("komplent ta", "complaint ta"),
    ("parmission lagbe", "permission lagbe"), ("boking cancel", "booking cancel"),
])
def test_misspelt_words_are_respelt(typed, said):
    assert respelt(plain(typed)) == said


@pytest.mark.parametrize("typed", ["compliant", "licensed", "complaining", "bookings", "ami licensee", "permissions",
                                   "bokingham", "complenty"])
def test_other_words_are_left_as_typed(typed):
    assert respelt(plain(typed)) == plain(typed)


@pytest.mark.parametrize(("typed", "expected"), [
    ("lisence er copy chai", ["noc:letters"]), ("laisens er fee koto", ["noc:fee"]),
    ("complen korbo", ["grievance:new"]), ("komplain korte chai", ["grievance:new"]),
    ("boking cancel korbo", ["tourism:cancel"]), ("bari banate parmission lagbe", ["permit:apply"]),
    ("my aplication status", ["noc:mine", "permit:mine"]),
])
def test_the_main_menu_reads_them_as_spelt_right(typed, expected):
    assert menu_claims(typed) == expected, typed


async def test_a_misspelt_licences_letter_is_the_nocs_not_asked_which(system):
    phone = await at_the_menu(system, "919800000001", "en")
    got = await phone.say("lisence er copy chai", until=has("interactive"))
    assert "shell:claimed:permit:letters" not in choices(got) and "Which service is this for" not in words(got), (
        words(got), choices(got))
    assert any(c.startswith("noc:") for c in choices(got)), choices(got)
