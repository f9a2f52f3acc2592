"""A no typed at one's own case just shown, "na", "no", "না", "No.", got "Sorry, I did not understand" with the View's
buttons. It now gets the service's menu, said first that nothing was changed on that case. A no with no case of one's
own shown (another's status, or the menu) is read as before."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("lang", "typed", "told"), [
    ("en", "no", "All right: nothing has been changed on application BP/PUR/2026/000102."),
    ("en", "No.", "All right: nothing has been changed on application BP/PUR/2026/000102."),
    ("bn", "na", "ঠিক আছে: আবেদন BP/PUR/2026/000102-এ কিছুই বদলানো হয়নি।"),
    ("bn", "না", "ঠিক আছে: আবেদন BP/PUR/2026/000102-এ কিছুই বদলানো হয়নি।"),
])
async def test_a_no_at_ones_application_goes_back_to_the_menu(chat, lang, typed, told):
    rina, _ = await chat("permit", lang=lang)
    await rina.say("BP/PUR/2026/000102")
    answer = await rina.say(typed)
    assert told in answer.text, answer.text
    assert list(answer.choices) == ["permit:status", "permit:mine"], answer.choices


async def test_a_no_at_ones_noc_goes_back_to_the_menu(chat):
    rina, _ = await chat("noc", lang="en")
    await rina.say("TNOC/2026/000045")
    answer = await rina.say("na")
    assert "All right: nothing has been changed on NOC TNOC/2026/000045." in answer.text, answer.text
    assert "noc:renewals" in answer.choices, answer.choices


async def test_a_no_at_anothers_application_says_nothing_of_it(chat):
    rina, _ = await chat("permit", lang="en")
    await rina.say("BP/PUR/2026/000103")  # Arjun's: its status only
    answer = await rina.say("no")
    assert "000103" not in answer.text and "nothing has been changed" not in answer.text, answer.text
