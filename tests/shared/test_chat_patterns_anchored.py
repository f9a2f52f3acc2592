"""Every pattern the chats search a message with is linear in the message's length: none begins an alternative by
looking ahead over the rest of the message (``(?=.*…)``) without an anchor, the rule the main menu's phrases are held
to (``shared.runtime.menu_entry``). Such a pattern is tried from every character, each try reading the rest of the
line again: one 4,000-character message typed in the building permission or trade NOC chat took 3 to 5.7 seconds of
its service's CPU (the photo asked for, a change of details, a plan passed, papers sent, where to go, a renewal's
needs), in tourism 1.7 to 2.5 (a refund, the building permission named); everyone else's messages to that service
waited. Anchored at the start of the words, or of each line (``shared.india.LINE_START``), the same messages match.
A desk's patterns kept as their text (``needed``: a permission or a licence said to be needed) are held to it too:
one long word typed in those chats ("from" and 4,000 letters, 4,000 digits) took 1.2 to 3.8 seconds there."""
from __future__ import annotations

import contextlib
import dataclasses
import importlib
import pkgutil
import re
from collections.abc import Iterator

import pytest

from shared.casework.said import AMEND_ASKED, AS_PHOTO
from shared.elsewhere import named
from shared.runtime.menu_entry import _unanchored

PACKAGES = ("shared", "services", "gateway")


def _patterns(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    """The compiled patterns a module holds: its own, in its dicts and tuples, and in a declared desk's fields."""
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, dict) and depth < 2:
        for item in value.values():
            yield from _patterns(item, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)) and depth < 2:
        for item in value:
            yield from _patterns(item, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type) and depth < 1:
        for field in dataclasses.fields(value):
            held = getattr(value, field.name)
            if isinstance(held, str) and held:  # a pattern kept as its text, compiled where it is searched (a desk's
                with contextlib.suppress(re.error):  # ``needed``: ``shared.casework.needed.says``)
                    yield re.compile(held)
            else:
                yield from _patterns(held, depth + 1)


def _held() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for package in PACKAGES:
        for module in pkgutil.walk_packages(importlib.import_module(package).__path__, prefix=f"{package}."):
            loaded = importlib.import_module(module.name)
            for name, value in vars(loaded).items():
                for pattern in _patterns(value):
                    found.setdefault(f"{module.name}.{name}:{pattern.pattern[:40]}", pattern)
    return found


def test_no_pattern_the_chats_search_looks_ahead_over_the_message_unanchored():
    held = _held()
    assert len(held) > 150  # the walk reaches the services' chats, not only a few modules
    unanchored = {name: alternative[:60] for name, pattern in held.items()
                  if (alternative := _unanchored(pattern.pattern)) is not None}
    assert unanchored == {}


@pytest.mark.parametrize("typed, asked", [
    ("can you send it as a photo?", True), ("please\nchobi kore pathan", True),
    ("send it\nas a photo", False),  # asked on no one line, as before: the photo and the sending apart
    ("send the letter again", False),
])
def test_the_photo_asked_is_read_on_each_line_as_before(typed, asked):
    assert bool(AS_PHOTO.search(typed)) is asked


@pytest.mark.parametrize("typed, asked", [("the name on my licence is wrong", True),
                                          ("the name is fine\nbut the address is wrong", True),
                                          ("send my licence", False)])
def test_a_change_of_details_is_read_over_the_whole_message_as_before(typed, asked):
    assert bool(AMEND_ASKED.search(typed)) is asked


def test_a_house_and_its_permission_named_anywhere_in_the_words_still_name_building_permission():
    assert named("we are building a house and need the onumoti for it", "tourism")[:1] == ["permit"]
