"""A question about one's own application without its number ('কেন বাতিল হল?' why was it refused, 'কবে পাব?' when
will I get it, 'ফি কত?' how much is the fee, 'keno hoyni') was answered 'Sorry, I did not understand'. The asker's
own applications, found by their WhatsApp number, are now listed to tap (one alone shown at once), each showing
its status, reason and fee; someone with none is told none is registered to their number."""
from __future__ import annotations

import pytest
from casework_kit import RINA, TAPAN


@pytest.mark.parametrize(("who", "words", "number"), [
    (TAPAN, "কেন বাতিল হল?", "permit:view:BP/PUR/2025/000988"),
    (RINA, "অনুমতি কবে পাব?", "permit:view:BP/PUR/2026/000102"),
    (RINA, "ফি কত?", "permit:view:BP/PUR/2026/000102"), (TAPAN, "keno hoyni", "permit:view:BP/PUR/2025/000988"),
    (TAPAN, "why was it rejected", "permit:view:BP/PUR/2025/000988")])
async def test_a_question_without_a_number_lists_ones_own(citizen, who, words, number):
    answer = await citizen(who, lang="bn").say(words)
    only = number.removeprefix("permit:view:") in answer.text and who == TAPAN  # their one, shown at once
    assert (only or number in answer.choices) and "বুঝতে পারিনি" not in answer.text, (words, answer.text)


async def test_someone_with_none_is_told_none_is_registered(citizen):
    answer = await citizen("919812340001", lang="bn").say("কবে পাব?")
    assert "এই হোয়াটসঅ্যাপ নম্বরে কোনো আবেদন নথিভুক্ত নেই" in answer.text, answer.text
