"""A problem typed first, then a word of contrast and another thing said fine ("drain is blocked but the road is
fine", "নালা বন্ধ কিন্তু রাস্তা ঠিক আছে"), or after a clause granting another thing fine ("although the road is fine
the drain is blocked"), begins the complaint about the problem, its subject taken, as the problem alone does; before,
the language question came. Things only said fine, or a problem denied, still begin none."""
from __future__ import annotations

import pytest

from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System


def said(message: dict) -> str:
    body = message["body"]
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


@pytest.mark.parametrize(("number", "words", "subject"), [
    ("919832230001", "drain is blocked but the road is fine", "Subject: Drainage and sanitation"),
    ("919832230002", "নালা বন্ধ কিন্তু রাস্তা ঠিক আছে", "বিষয়: নিকাশি ও স্বচ্ছতা"),
    ("919832230003", "kol e jol nei kintu rasta thik ache", "বিষয়: পানীয় জল"),
    ("919832230004", "although the road is fine the drain is blocked", "Subject: Drainage and sanitation"),
    ("919832230005", "যদিও রাস্তা ঠিক আছে নালা বন্ধ", "বিষয়: নিকাশি ও স্বচ্ছতা"),
])
async def test_a_problem_against_a_thing_said_fine_begins_its_complaint(system: System, number: str, words: str,
                                                                       subject: str):
    await system.post(hooks.payload([msg.text(number, words)]))
    answer = said((await system.replies(number, 1))[-1])
    assert "start of a new complaint" in answer or "নতুন অভিযোগ শুরু হল" in answer, answer
    assert subject in answer, answer


@pytest.mark.parametrize(("number", "words"), [
    ("919832230011", "the road is fine now, thanks"), ("919832230012", "রাস্তা ঠিক হয়ে গেছে"),
    ("919832230013", "the drain is not blocked any more"),
    ("919832230014", "the drain was blocked but now it is cleaned"),
])
async def test_things_fine_or_a_problem_denied_begin_none(system: System, number: str, words: str):
    await system.post(hooks.payload([msg.text(number, words)]))
    answer = said((await system.replies(number, 1))[-1])
    assert "Which language would you like to use?" in answer, answer
