"""A problem word denied in Banglish or Bengali ("rasta kharap na", "জল আর বন্ধ নেই") began a complaint; now it begins
none. "jol thik moto ashe na" (water does not come properly) was read as the water said fine and began nothing; now
it begins the water's complaint. A clause granting a problem with no comma ("although the road is broken the light is
fine") began nothing; now it begins the road's complaint. "drains were blocked but now the drain is cleaned" is one
drain mended and begins none, as "the drain was blocked but now the drains are cleaned" did. Both patterns stay
within the menu's phrase limit."""
from __future__ import annotations

import pytest

from gateway.menu import phrase_pattern
from services.grievance.domain.subject import guess
from shared.india import plain
from shared.problems import PROBLEM, PROBLEM_EN, unmended
from shared.runtime.spec import PHRASE_MAX

KINDS = ["water", "roads", "lights", "drainage"]


def begins(words: str) -> bool:
    said = plain(words)
    return any(phrase_pattern(pattern).search(said) for pattern in (PROBLEM, PROBLEM_EN))


@pytest.mark.parametrize(("words", "subject"), [
    ("jol thik moto ashe na", "water"), ("জল ঠিক মতো আসে না", "water"), ("jol thik bhabe ashe na", "water"),
    ("although the road is broken the light is fine", "roads"),
    ("although the road is broken the street light is fine", "roads"),
    ("the light is fine but the road is broken", "roads"),
    ("drains are blocked but the drain near school is cleaned", "drainage"),
    ("jol ar nei", "water"), ("জল আর নেই", "water"), ("jol nei, rasta kharap na", "water"),
])
def test_a_problem_said_begins_its_complaint(words: str, subject: str):
    assert begins(words)
    assert guess(unmended(words), KINDS) == subject


@pytest.mark.parametrize("words", [
    "rasta kharap na", "rasta kharap noy", "nala bondho nei", "জল আর বন্ধ নেই", "রাস্তা খারাপ না", "নালা বন্ধ নয়",
    "drains were blocked but now the drain is cleaned", "the drain was blocked but now the drains are cleaned",
    "although the drain was blocked it is cleaned now", "although the road was broken it is fixed now",
])
def test_a_problem_denied_or_mended_begins_none(words: str):
    assert not begins(words)


def test_the_patterns_stay_within_the_phrase_limit():
    assert len(PROBLEM) <= PHRASE_MAX and len(PROBLEM_EN) <= PHRASE_MAX
