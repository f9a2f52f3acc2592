"""Bengali written in Latin letters at the permission chat: "amar abedon" (my application) and "abedon er obostha"
(the application's status) were 'Sorry, I did not understand' with the start again, where আমার আবেদন and
"my application" list the asker's applications and "application status" asks the number."""
from __future__ import annotations

import pytest
from casework_kit import RINA

ASKED = "আপনার আবেদন নম্বর লিখুন"


@pytest.mark.parametrize("said", ["amar abedon", "amar abedon gulo", "amar application er status", "Amar abedan"])
async def test_my_applications_in_banglish_lists_them(citizen, said):
    answer = await citizen(RINA, lang="bn").say(said)
    assert "permit:view:BP/PUR/2026/000101" in answer.choices and "বুঝতে পারিনি" not in answer.text, said


@pytest.mark.parametrize("said", ["abedon er obostha", "obostha janbo", "abedoner status"])
async def test_the_status_asked_in_banglish_asks_the_number(citizen, said):
    answer = await citizen(RINA, lang="bn").say(said)
    assert ASKED in answer.text and "বুঝতে পারিনি" not in answer.text, said
