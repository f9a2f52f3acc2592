"""At the main menu, an application asked for in Bengali written in Latin letters ('amar abedoner obostha ki', 'amar
abedon', 'abedon er status') was not understood and offered to the complaints service, where 'আমার আবেদন' and "my
applications" open one's own applications; the Latin-lettered words now do the same, and the trade NOC's, 'amar
noc', open one's own NOCs as 'আমার এনওসি' does. An application with neither a building nor a trade named is claimed
by both services, so the menu asks which."""
from __future__ import annotations

import pytest

from gateway.menu import phrase_pattern
from services.noc.service import MENU as NOC_MENU
from services.permit.service import MENU
from shared.india import plain


def claimed(menu, text: str) -> str | None:
    said = plain(text)
    return next((p.action for p in menu.phrases if phrase_pattern(p.pattern).search(said)), None)


@pytest.mark.parametrize(("typed", "permit", "noc"), [
    ("amar abedoner obostha ki", "mine", "mine"), ("amar abedon", "mine", "mine"), ("abedon er status", "menu", "menu"),
    ("amar barir onumoti abedon", "mine", None), ("application", "menu", "menu"), ("আমার আবেদন", "mine", "mine"),
    ("my application number", "mine", "mine"), ("my house permission application", "mine", None),
    ("amar noc er status", None, "mine"), ("amar trade licence", None, "mine"), ("amar noc abedon", None, "mine")])
def test_banglish_words_reach_ones_own(typed, permit, noc):
    assert (claimed(MENU, typed), claimed(NOC_MENU, typed)) == (permit, noc)
