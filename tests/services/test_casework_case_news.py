"""What became of one's application or NOC, asked with the case named but not "my" ("dokaner licence er ki holo", "noc
ta ki holo", "আবেদনের কী হল", "what happened to the licence"), was "Sorry, I did not understand" in the chat, where
"amar licence er ki holo" listed one's own. It lists one's own too; what became of something else ("rastar ki holo": a
road's) is still not read as one's case."""
from __future__ import annotations

import pytest

NOCS = ["noc:view:TNOC/2026/000045", "noc:view:TNOC/2025/000310"]
PERMITS = ["permit:view:BP/PUR/2026/000101", "permit:view:BP/PUR/2026/000102", "permit:view:BP/PUR/2023/000210"]


@pytest.mark.parametrize("service, lang, typed, listed", [
    ("noc", "bn", "dokaner licence er ki holo", NOCS),
    ("noc", "bn", "noc ta ki holo", NOCS),
    ("noc", "bn", "এনওসির কী খবর", NOCS),
    ("noc", "en", "what happened to the licence?", NOCS),
    ("permit", "bn", "আবেদনের কী হল", PERMITS),
    ("permit", "en", "any update on the application", PERMITS),
])
async def test_a_case_named_asked_after_lists_ones_own(chat, service, lang, typed, listed):
    rina, _ = await chat(service, lang=lang)
    answer = await rina.say(typed)
    assert sorted(answer.choices) == sorted(listed), answer.text
    assert "did not understand" not in answer.text and "বুঝতে পারিনি" not in answer.text


async def test_what_became_of_something_else_is_not_ones_case(chat):
    rina, _ = await chat("noc", lang="bn")
    answer = await rina.say("rastar ki holo")
    assert not set(answer.choices) & set(NOCS), answer.text
