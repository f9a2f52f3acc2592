"""A problem word denied typed first ("rasta kharap na", "জল আর বন্ধ নেই") began a complaint; now the language
question comes, as for things said fine. "jol thik moto ashe na" (water does not come properly) and a clause granting
a problem ("although the road is broken the light is fine") got the language question; now they begin the complaint,
its subject taken from the problem."""
from __future__ import annotations

import pytest

from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System
from .test_first_words_contrast import said


@pytest.mark.parametrize(("number", "words", "subject"), [
    ("919832240001", "jol thik moto ashe na", "বিষয়: পানীয় জল"),
    ("919832240002", "although the road is broken the light is fine", "Subject: Roads"),
])
async def test_a_problem_said_begins_its_complaint(system: System, number: str, words: str, subject: str):
    await system.post(hooks.payload([msg.text(number, words)]))
    answer = said((await system.replies(number, 1))[-1])
    assert "start of a new complaint" in answer or "নতুন অভিযোগ শুরু হল" in answer, answer
    assert subject in answer, answer


@pytest.mark.parametrize(("number", "words"), [
    ("919832240011", "rasta kharap na"), ("919832240012", "জল আর বন্ধ নেই"),
    ("919832240013", "drains were blocked but now the drain is cleaned"),
])
async def test_a_problem_denied_or_mended_begins_none(system: System, number: str, words: str):
    await system.post(hooks.payload([msg.text(number, words)]))
    answer = said((await system.replies(number, 1))[-1])
    assert "Which language would you like to use?" in answer, answer
