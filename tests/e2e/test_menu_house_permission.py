"""'আমার বাড়ির অনুমতি' (my house permission), 'বাড়ি তৈরির অনুমতি', 'ঘর বানানোর অনুমতি' — building permission as a
villager names it — typed at the main menu were words no service read; they now reach building permission: one's own
applications when 'my' is said, when it comes answered as its chat answers it when that is asked ('কবে পাব'), its
start otherwise."""
from __future__ import annotations

import pytest

from .conftest import System
from .test_menu_words import RINA, at_the_menu, said


@pytest.mark.parametrize(("words", "begins"), [
    ("আমার বাড়ির অনুমতি", "এই নম্বরে আপনার ৩টি আবেদন আছে"),
    ("বাড়ি তৈরির অনুমতি", "*ভবন নির্মাণের অনুমতি*"),
    ("ঘর বানানোর অনুমতি কবে পাব", "আপনার আবেদন BP/PUR/2026/000102 এখনও অনুমোদিত হয়নি"),
    ("barir onumoti", "*ভবন নির্মাণের অনুমতি*")])
async def test_house_permission_at_the_menu_reaches_building_permission(system: System, words, begins):
    sent = await at_the_menu(system, RINA, "bn")
    await system.say(RINA, words)
    answer = (await system.replies(RINA, sent + 1))[-1]
    assert said(answer).startswith(begins), (words, said(answer))
