"""Someone with one case who asked for their cases ('my applications', 'আমার আবেদন', 'কেন বাতিল হল?', 'my NOC',
'আমার এনওসি') was shown a list of one to tap; that case is now shown at once, as its View is, with a button to check
another number instead of one back to the same list. Two or more are still listed to choose from. In building
permission and the trade NOC alike."""
from __future__ import annotations

import pytest
from both_kit import NOC, PERMIT, both_fixtures
from casework_kit import RINA, SABINA, TAPAN

service, clock, bus, runtime, citizen, system, office = both_fixtures()

ONLY = {"permit": (TAPAN, "BP/PUR/2025/000988", "*Application BP/PUR/2025/000988*"),
        "noc": (SABINA, "TNOC/2025/000122", "*NOC TNOC/2025/000122*")}
RINAS = {"permit": {"permit:view:BP/PUR/2026/000101", "permit:view:BP/PUR/2026/000102",
                    "permit:view:BP/PUR/2023/000210"},
         "noc": {"noc:view:TNOC/2026/000045", "noc:view:TNOC/2025/000310"}}


@pytest.mark.parametrize(("service", "lang", "words", "said"), [
    (PERMIT, "en", "my applications", "Status: *Rejected*"), (PERMIT, "bn", "আমার আবেদন", "অবস্থা: *নামঞ্জুর*"),
    (PERMIT, "bn", "কেন বাতিল হল?", "অবস্থা: *নামঞ্জুর*"),
    (NOC, "en", "my NOC", "*NOC TNOC/2025/000122*"), (NOC, "bn", "আমার এনওসি", "*NOC TNOC/2025/000122*"),
    (NOC, "en", "NOC number", "The numbers of your 1 NOC"),
], ids=lambda v: v.name if hasattr(v, "name") else None)
async def test_ones_only_case_is_shown_at_once(service, citizen, lang, words, said):
    holder, number, _ = ONLY[service.name]
    answer = await citizen(holder, lang=lang).say(words)
    assert number in answer.text and said in answer.text, (words, answer.text)
    assert not [c for c in answer.choices if c.startswith(service.tap("view:"))], answer.choices
    assert service.tap("status") in answer.choices and service.tap("mine") not in answer.choices, answer.choices


async def test_the_tap_for_ones_cases_shows_the_only_one_too(service, citizen):
    holder, _, shown = ONLY[service.name]
    answer = await citizen(holder).tap(service.tap("mine"))
    assert shown in answer.text, answer.text


@pytest.mark.parametrize(("service", "words", "said"), [
    (PERMIT, "my applications", "You have 3 applications"), (NOC, "my NOC", "You have 2 NOCs on this number"),
], ids=lambda v: v.name if hasattr(v, "name") else None)
async def test_several_are_still_listed_when_asked_in_words(service, citizen, words, said):
    answer = await citizen(RINA).say(words)
    assert said in answer.text, answer.text
    assert {c for c in answer.choices if c.startswith(service.tap("view:"))} == RINAS[service.name], answer.choices


async def test_several_are_still_listed_when_tapped(service, citizen):
    answer = await citizen(RINA).tap(service.tap("mine"))
    assert {c for c in answer.choices if c.startswith(service.tap("view:"))} == RINAS[service.name], answer.choices
