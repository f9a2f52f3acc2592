"""Every service's menu phrases read a message in one pass: no phrase looks ahead with ``.*`` from inside another
``.*``. Such a look (``(?=.*(?:refund|(?=.*ferot)(?=.*taka)))``) searches the rest of the message again from every
character of it, so its cost grows with the square of the message: the tourism refund phrase took 405 ms of the
gateway's CPU for one 4,000-character message (``python bench/phrases.py``), 1.7 ms read once. The check reads the
patterns' structure, not a time."""
from __future__ import annotations

from re import _constants as sre  # the parsed form of a pattern, as the re module builds it
from re import _parser

import pytest

from services import registry

Parsed = list[tuple[object, object]]


def _scans(op: object, av: object) -> bool:
    """``.*`` or ``.+``: any character, without end."""
    return (op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[1] == sre.MAXREPEAT  # type: ignore[index]
            and any(o == sre.ANY for o, _ in av[2]))  # type: ignore[index]


def _inner(op: object, av: object) -> list[Parsed]:
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]  # type: ignore[index]
    if op == sre.BRANCH:
        return list(av[1])  # type: ignore[index]
    if op == sre.SUBPATTERN:
        return [av[3]]  # type: ignore[index]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return [av[2]]  # type: ignore[index]
    return [av] if op == sre.ATOMIC_GROUP else []  # type: ignore[list-item]


def _has_scan(parsed: Parsed) -> bool:
    return any(_scans(op, av) or any(_has_scan(inner) for inner in _inner(op, av)) for op, av in parsed)


def rescans(parsed: Parsed, after_scan: bool = False) -> int:
    """How many lookaheads holding a ``.*`` stand after a ``.*`` that consumed the message before them."""
    found = 0
    for op, av in parsed:
        if op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] == 1 and after_scan and _has_scan(av[1]):  # type: ignore[index]
            found += 1
        found += sum(rescans(inner, after_scan) for inner in _inner(op, av))
        after_scan = after_scan or _scans(op, av)
    return found


PHRASES = [(name, phrase) for name in registry.names()
           if (menu := registry.load(name, load_demo=False).menu) is not None for phrase in menu.phrases]


@pytest.mark.parametrize("name, phrase", PHRASES, ids=[f"{n}-{p.action}-{i}" for i, (n, p) in enumerate(PHRASES)])
def test_the_phrase_reads_the_message_once(name, phrase):
    assert rescans(_parser.parse(phrase.pattern)) == 0, (name, phrase.action, phrase.pattern)


def test_the_check_finds_a_look_searched_again_from_every_character():
    assert rescans(_parser.parse(r"^(?=.*(?:refund|(?=.*ferot)(?=.*taka)))")) == 2
    assert rescans(_parser.parse(r"^(?:(?=.*refund)|(?=.*ferot)(?=.*taka))")) == 0
    assert rescans(_parser.parse(r"^.*(?=.*a)")) == 1 and rescans(_parser.parse(r"^(?=.*a)(?=.*b).*$")) == 0
