"""A goodbye at the main menu ("bye", "good night", "tata", "আসি", "বিদায়", "ভালো থাকবেন") got "Sorry, I did not
understand" and the whole menu. It is answered as "ok" is: a warm word and how to come back. Inside a service's
conversation it is the step's, as "ok" is there, and never a yes: at a booking's quote it books nothing."""
from __future__ import annotations

import pytest
from gateway_kit import Stack, answer_at_menu

from shared.thanks import courtesy

BYE_EN = ("bye", "Bye bye!", "goodbye", "good night", "tata", "see you")
BYE_BN = ("আসি", "এখন আসি", "বিদায়", "টাটা", "ভালো থাকবেন", "শুভ রাত্রি", "bhalo thakben")


@pytest.mark.parametrize("lang, said, warm", [*(("en", s, "All right 👍") for s in BYE_EN),
                                              *(("bn", s, "ঠিক আছে 👍") for s in BYE_BN)])
async def test_a_goodbye_at_the_main_menu_gets_a_warm_word(stack: Stack, lang, said, warm):
    text = await answer_at_menu(stack, lang, said)
    assert warm in text, text
    assert "did not understand" not in text and "বুঝতে পারিনি" not in text


@pytest.mark.parametrize("said", ["bye", "বিদায়", "good night"])
def test_a_goodbye_is_courtesy_never_a_word_of_a_longer_message(said):
    assert courtesy(said) == "ok"
    assert courtesy(f"{said}, the road is still broken") is None
