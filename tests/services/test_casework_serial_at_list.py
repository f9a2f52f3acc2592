"""At the list of one's own applications, NOCs or letters, the last figures of a number the list shows typed alone
("102", "১০২", "000102", "no 102"), as its row's button reads, got "That does not look like an application number":
the list was lost. The one row of the list with that serial is now what was tapped (its View, or its certificate
sent); a serial none of the rows has, another person's too, opens nothing of anyone's."""
from __future__ import annotations

import pytest
from casework_kit import documents


@pytest.mark.parametrize("typed", ["102", "১০২", "000102", "no 102", "102."])
async def test_a_serial_at_ones_applications_opens_that_one(chat, typed):
    rina, _ = await chat("permit")
    await rina.tap("permit:mine")  # 000102, 000101, 2023/000210
    answer = await rina.say(typed)
    assert "*আবেদন BP/PUR/2026/000102*" in answer.text, answer.text
    assert "নম্বর বলে মনে হচ্ছে না" not in answer.text, answer.text


async def test_a_serial_of_another_year_opens_that_one(chat):
    rina, _ = await chat("permit", lang="en")
    await rina.tap("permit:mine")
    answer = await rina.say("210")
    assert "BP/PUR/2023/000210" in answer.text and "does not look like" not in answer.text, answer.text


async def test_another_persons_serial_at_ones_list_opens_nothing_of_theirs(chat):
    rina, _ = await chat("permit", lang="en")
    await rina.tap("permit:mine")
    answer = await rina.say("103")  # Arjun's BP/PUR/2026/000103
    assert "000103" not in answer.text and "Arjun" not in answer.text, answer.text


async def test_a_serial_at_the_certificates_sends_that_one(chat):
    rina, _ = await chat("noc")
    await rina.say("certificate ta abar pathan")  # two in force: TNOC/2026/000045, TNOC/2025/000310
    assert documents(await rina.say("310")) == ["TNOC-2025-000310.pdf"]


async def test_a_serial_at_ones_nocs_opens_that_one(chat):
    rina, _ = await chat("noc")
    await rina.tap("noc:mine")
    answer = await rina.say("45")
    assert "*NOC TNOC/2026/000045*" in answer.text, answer.text


async def test_a_serial_with_no_list_shown_is_read_as_before(chat):
    rina, _ = await chat("permit", lang="en")
    answer = await rina.say("102")  # no list: the number's form said, her own with that serial offered
    assert "does not look like" in answer.text and "permit:view:BP/PUR/2026/000102" in answer.choices, answer.text
