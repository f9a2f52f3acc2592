"""At one's own application or NOC just shown, the other of one's cases asked after ("what about the other one?",
"and the others?", "onno ta r ki khobor", "অন্যটার কী খবর") was "Sorry, I did not understand". One's other cases
are listed (the one shown left out), the one other shown at once, and one's only case said to be the only one; never
another person's, and "I want to apply for another one" is still how to apply."""
from __future__ import annotations

import pytest
from casework_kit import TAPAN


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "what about the other one?", "Your other 2 applications on this number. Choose one."),
    ("en", "and the others?", "Your other 2 applications on this number. Choose one."),
    ("bn", "অন্যটার কী খবর", "এই নম্বরে আপনার বাকি ২টি আবেদন। একটি বেছে নিন।"),
    ("bn", "onno ta r ki khobor", "এই নম্বরে আপনার বাকি ২টি আবেদন। একটি বেছে নিন।"),
])
async def test_the_others_of_ones_applications_are_listed_without_the_one_shown(chat, lang, typed, said):
    rina, _ = await chat("permit", lang=lang)
    await rina.say("BP/PUR/2026/000102")
    answer = await rina.say(typed)
    assert said in answer.text, answer.text
    assert list(answer.choices) == ["permit:view:BP/PUR/2026/000101", "permit:view:BP/PUR/2023/000210"]
    picked = await rina.say("1")  # the list's first row, as tapped
    assert "BP/PUR/2026/000101" in picked.text and "BP/PUR/2026/000102" not in picked.text


async def test_ones_one_other_noc_is_shown_at_once(chat):
    rina, _ = await chat("noc", lang="en")
    await rina.say("TNOC/2026/000045")
    answer = await rina.say("what about the other one?")
    assert "TNOC/2025/000310" in answer.text and "TNOC/2026/000045" not in answer.text, answer.text
    assert "Sorry, I did not understand" not in answer.text


@pytest.mark.parametrize("lang, said", [
    ("en", "BP/PUR/2025/000988 is the only application on this number: there is no other."),
    ("bn", "BP/PUR/2025/000988 এই নম্বরে আপনার একমাত্র আবেদন; অন্য কোনো আবেদন নেই।"),
])
async def test_ones_only_application_is_said_to_be_the_only_one(chat, lang, said):
    tapan, _ = await chat("permit", TAPAN, lang=lang)
    await tapan.say("BP/PUR/2025/000988")
    answer = await tapan.say("what about the other one?" if lang == "en" else "অন্যটার কী খবর")
    assert said in answer.text, answer.text
    assert list(answer.choices) == ["permit:view:BP/PUR/2025/000988", "permit:home"]


async def test_another_application_to_make_is_still_how_to_apply(chat):
    rina, _ = await chat("permit", lang="en")
    await rina.say("BP/PUR/2026/000102")
    answer = await rina.say("I want to apply for another one")
    assert "Your other" not in answer.text and "apply" in answer.text.lower(), answer.text


async def test_after_anothers_status_the_other_one_is_not_ones_own_list_of_others(chat):
    rina, _ = await chat("permit", lang="en")
    await rina.say("BP/PUR/2025/000988")  # Tapan's: its status only
    answer = await rina.say("what about the other one?")
    assert "Your other" not in answer.text and "Tapan" not in answer.text, answer.text
