"""A problem said before a word of contrast ("drain is blocked but the road is fine", "নালা বন্ধ কিন্তু রাস্তা ঠিক
আছে", "kol e jol nei kintu rasta thik ache") or after a clause granting something else is fine with no comma
("although the road is fine the drain is blocked", "যদিও রাস্তা ঠিক আছে নালা বন্ধ") began nothing: the clause
after the contrast, saying another thing is fine, was read as the problem's own mending. Now it begins the complaint,
its subject the problem's; a problem said mended after it ("but now it is cleaned", "kintu ekhon jol thik ache"),
a problem denied ("the drain is not blocked any more") or only things fine begin none."""
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
    ("drain is blocked but the road is fine", "drainage"), ("নালা বন্ধ কিন্তু রাস্তা ঠিক আছে", "drainage"),
    ("kol e jol nei kintu rasta thik ache", "water"), ("the drain is blocked, but the road is fine", "drainage"),
    ("the drain is blocked although the road is fine", "drainage"),
    ("although the road is fine the drain is blocked", "drainage"), ("যদিও রাস্তা ঠিক আছে নালা বন্ধ", "drainage"),
    ("jodio rasta thik ache jol nei", "water"), ("though the light is ok the drain is blocked", "drainage"),
    ("নালা বন্ধ", "drainage"), ("nala bondho", "drainage"),
])
def test_a_problem_before_a_thing_said_fine_begins_its_complaint(words: str, subject: str):
    assert begins(words)
    assert guess(unmended(words), KINDS) == subject


@pytest.mark.parametrize("words", [
    "the road is fine now, thanks", "রাস্তা ঠিক হয়ে গেছে", "the drain is not blocked any more",
    "the drain is no longer blocked", "the road is not broken", "the drain was blocked but now it is cleaned",
    "the drain was blocked, but now it is cleaned", "jol ashchilo na kintu ekhon jol thik ache",
    "jol ashchilo na, kintu ekhon jol thik ache", "জল আসছিল না কিন্তু এখন ঠিক আছে",
    "although the drain was blocked it is cleaned now", "the road is fine but the drain is not blocked any more",
])
def test_things_fine_or_a_problem_denied_or_mended_begin_none(words: str):
    assert not begins(words)


@pytest.mark.parametrize(("words", "subject"), [
    ("road is fine now, but no water", "water"), ("the road is not repaired yet", "roads"),
    ("rasta thik nei", "roads"), ("rasta thik ache", None),
])
def test_the_subject_is_read_from_the_clauses_not_saying_a_thing_is_fine(words: str, subject: str | None):
    assert guess(unmended(words), KINDS) == subject


def test_the_patterns_stay_within_the_phrase_limit():
    assert len(PROBLEM) <= PHRASE_MAX and len(PROBLEM_EN) <= PHRASE_MAX
