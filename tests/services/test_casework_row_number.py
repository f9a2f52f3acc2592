"""At the list of one's own applications, NOCs or letters, a row's number typed ("2", "২", "no 2"), as people pick
from a list, got "Sorry, I did not understand" and the service's menu: the list was lost. The row of that number,
as the list shows them, is now what was tapped; a number past the list, one typed after something else was
answered, or long after, picks nothing."""
from __future__ import annotations

import pytest
from casework_kit import documents


@pytest.mark.parametrize("typed", ["2", "২", "no 2", "2."])
async def test_a_row_number_at_ones_applications_opens_that_one(chat, typed):
    rina, _ = await chat("permit")
    listed = await rina.tap("permit:mine")  # 000102, 000101, 2023/000210
    assert list(listed.choices)[:3] == ["permit:view:BP/PUR/2026/000102", "permit:view:BP/PUR/2026/000101",
                                        "permit:view:BP/PUR/2023/000210"], listed.choices
    answer = await rina.say(typed)
    assert "*আবেদন BP/PUR/2026/000101*" in answer.text and "বুঝতে পারিনি" not in answer.text, answer.text


async def test_a_row_number_at_the_certificates_sends_that_one(chat):
    rina, _ = await chat("noc")
    await rina.say("certificate ta abar pathan")  # two in force: TNOC/2026/000045, TNOC/2025/000310
    assert documents(await rina.say("2")) == ["TNOC-2025-000310.pdf"]


async def test_a_row_number_at_ones_nocs_said_in_words_opens_that_one(chat):
    rina, _ = await chat("noc")
    await rina.say("amar trade licence er ki holo")
    answer = await rina.say("1")
    assert "*NOC TNOC/2026/000045*" in answer.text, answer.text


async def test_a_number_past_the_list_picks_nothing(chat):
    rina, _ = await chat("permit")
    await rina.tap("permit:mine")
    answer = await rina.say("4")
    assert "*আবেদন BP/PUR" not in answer.text and not documents(answer), answer.text


async def test_after_another_answer_the_old_list_is_gone(chat):
    rina, _ = await chat("permit")
    await rina.tap("permit:mine")
    await rina.tap("permit:status")  # the number's question: the list answered no more
    answer = await rina.say("2")
    assert "*আবেদন BP/PUR/2026/000101*" not in answer.text, answer.text


async def test_long_after_the_list_picks_nothing(chat):
    rina, clock = await chat("permit")
    await rina.tap("permit:mine")
    clock.advance(hours=1)
    answer = await rina.say("2")
    assert "*আবেদন BP/PUR/2026/000101*" not in answer.text, answer.text
