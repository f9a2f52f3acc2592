"""Just after another person's application or NOC looked up by its number (its status only, by design), a question
about it ("why so late?", "when will it be approved?", "keno deri hocche") was answered with the asker's OWN case, as
if it were the one asked about: someone who looked up a neighbour's application got their own rejected one's details.
It is said that the case is not on this number, so only its status is shown, and that its applicant is told of each
step on the mobile number given in it; nothing more of it, and none of the asker's own. A question naming one's own
("why was my application rejected?") is still about one's own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("typed", ["why so late?", "when will it be approved?", "keno deri hocche?"])
async def test_a_question_after_anothers_status_is_about_that_one(chat, typed):
    rina, _ = await chat("permit", lang="en")
    await rina.say("BP/PUR/2025/000988")  # Tapan's, rejected: its status only
    answer = await rina.say(typed)
    said = answer.text
    assert "Application BP/PUR/2025/000988 is not on this WhatsApp number, so only its status is shown here." in said
    assert "Tapan" not in said and "sali" not in said and "000101" not in said, said
    assert list(answer.choices) == ["permit:status", "permit:home"]


async def test_in_bengali_and_for_a_noc(chat):
    rina, _ = await chat("noc")
    await rina.say("TNOC/2025/000190")  # Tapan's
    answer = await rina.say("কবে পাবে?")
    assert "NOC TNOC/2025/000190 এই হোয়াটসঅ্যাপ নম্বরের নয়" in answer.text, answer.text
    assert "TNOC/2026/000045" not in answer.text


async def test_a_question_about_ones_own_is_still_ones_own(chat):
    rina, _ = await chat("permit", lang="en")
    await rina.say("BP/PUR/2025/000988")
    answer = await rina.say("why was my application rejected?")
    assert "is not on this WhatsApp number" not in answer.text, answer.text
