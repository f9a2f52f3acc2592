"""How or where to pay asked at the main menu with nothing named ("how do I pay?", "taka kivabe dibo", "টাকা কোথায়
জমা দেব?", "payment kivabe korbo") was "I could not tell which service" and the offer to send the words to
Complaints. A building permission's fee, a trade NOC's and a room are paid, so the menu asks which (a row each), and
each says how: a fee at the gram panchayat office (one's own fee waiting with its amount), a room at the guest house,
none of them on WhatsApp. A thing named with the words goes to its own service as before."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words

from gateway.menu import phrase_pattern
from services import registry
from shared.india import plain

RINA = "919800000001"  # the demo's building permission BP/PUR/2026/000102 waits for its fee of ₹1,800
WHICH = ["shell:claimed:tourism:pay", "shell:claimed:permit:fee", "shell:claimed:noc:fee"]  # the menu's order


def claimed(typed: str) -> list[str]:
    return [f"{name}:{phrase.action}" for name in registry.names()
            if (menu := registry.load(name, load_demo=False).menu) is not None
            for phrase in menu.phrases if phrase_pattern(phrase.pattern).search(plain(typed))]


@pytest.mark.parametrize("typed, services", [("how do I pay for my room", ["tourism:pay"]),
                                             ("how do I pay the NOC fee", ["noc:fee", "noc:menu"]),
                                             ("where do I pay the fee", ["permit:fee", "noc:fee"]),
                                             # the electricity company's (WBSEDCL), said as for no power at home
                                             ("how do I pay my electricity bill", ["grievance:cat:lights"])])
def test_a_thing_named_goes_to_its_own_service(typed, services):
    assert sorted(claimed(typed)) == sorted(services)


@pytest.mark.parametrize("lang, typed", [("en", "how do I pay?"), ("en", "where can we pay"),
                                         ("bn", "taka kivabe dibo"), ("bn", "টাকা কোথায় জমা দেব?"),
                                         ("bn", "payment kivabe korbo")])
async def test_how_to_pay_with_nothing_named_asks_which(system, lang, typed):
    phone = await at_the_menu(system, "919800000091", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert choices(got) == WHICH, (words(got), choices(got))


@pytest.mark.parametrize("row, said", [
    ("tourism:pay", "No payment is taken here on WhatsApp"),
    ("permit:fee", "paid at the gram panchayat office with the application number; it cannot be paid on WhatsApp"),
    ("noc:fee", "it cannot be paid on WhatsApp"),
])
async def test_each_service_says_how_it_is_paid(system, row, said):
    phone = await at_the_menu(system, RINA, "en")
    await phone.say("how do I pay?", until=has("interactive"))
    got = await phone.tap(f"shell:claimed:{row}", until=has("interactive"))
    assert said in words(got), words(got)
    if row == "permit:fee":  # her own fee waiting, with its amount
        assert "BP/PUR/2026/000102" in words(got) and "₹1,800" in words(got), words(got)
