"""Someone with one application who asked for their applications ('my applications', 'কবে পাব?') was shown a
list of one to tap; that application is now shown at once, as its View is, with a button to check another number
instead of one back to the same list. Two or more are still listed to choose from."""
from __future__ import annotations

import pytest
from casework_kit import RINA, TAPAN


@pytest.mark.parametrize(("lang", "words", "said"), [
    ("en", "my applications", "Status: *Rejected*"), ("bn", "আমার আবেদন", "অবস্থা: *নামঞ্জুর*"),
    ("bn", "কেন বাতিল হল?", "অবস্থা: *নামঞ্জুর*")])
async def test_ones_only_application_is_shown_at_once(citizen, lang, words, said):
    answer = await citizen(TAPAN, lang=lang).say(words)
    assert "BP/PUR/2025/000988" in answer.text and said in answer.text, (words, answer.text)
    assert not [c for c in answer.choices if c.startswith("permit:view:")], answer.choices
    assert "permit:status" in answer.choices and "permit:mine" not in answer.choices, answer.choices


async def test_the_tap_for_ones_applications_shows_the_only_one_too(citizen):
    answer = await citizen(TAPAN).tap("permit:mine")
    assert "*Application BP/PUR/2025/000988*" in answer.text, answer.text


async def test_several_are_still_listed(citizen):
    answer = await citizen(RINA).say("my applications")
    assert "You have 3 applications" in answer.text, answer.text
    assert {c for c in answer.choices if c.startswith("permit:view:")} == {
        "permit:view:BP/PUR/2026/000101", "permit:view:BP/PUR/2026/000102", "permit:view:BP/PUR/2023/000210"}
