"""The letter asked for ('চিঠি দিন') by someone whose only application is not approved (refused, withdrawn, its fee
unpaid) was answered 'type your application number', as if the chat had not found theirs; typing it then said why
there was no letter. The answer now says so at once, with their application's number and status, before asking a
number; someone with no application on their number is only asked the number, told of nobody else's."""
from __future__ import annotations

import pytest
from casework_kit import SABINA, TAPAN


@pytest.mark.parametrize(("who", "number", "status"), [(TAPAN, "BP/PUR/2025/000988", "নামঞ্জুর"),
                                                       (SABINA, "BP/PUR/2025/000731", "প্রত্যাহৃত")])
async def test_the_one_application_not_approved_says_why_there_is_no_letter(citizen, who, number, status):
    answer = await citizen(who, lang="bn").say("চিঠি দিন")
    assert not answer.pdfs
    assert number in answer.text and f"*{status}*" in answer.text and "অনুমতিপত্র দেওয়া যাচ্ছে না" in answer.text, \
        answer.text


async def test_someone_with_no_application_is_asked_the_number_only(citizen):
    answer = await citizen("919812340001", lang="bn").say("চিঠি দিন")
    assert "আপনার আবেদন নম্বর লিখুন" in answer.text and "BP/PUR/2025" not in answer.text
