"""'copy', 'potro', 'কপি', 'onumoti potro copy' typed in the building permission chat were 'did not understand',
though the same words at the main menu ask for the letter: the chat now reads them as the menu does."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, TAPAN


def letters(answer) -> list[str]:
    return [r.payload["document"]["filename"] for r in answer.replies if r.payload.get("document")]


@pytest.mark.parametrize("said", ["copy", "potro", "কপি", "letter er copy", "amar onumoti potro"])
async def test_the_copy_asked_for_sends_the_letter_in_force(citizen, said):
    assert letters(await citizen(RINA).say(said)) == ["BP-PUR-2026-000101.pdf"], said
    assert letters(await citizen(ARJUN).say(said)) == ["BP-BNK-2026-000045.pdf"], said


async def test_with_ones_one_application_not_in_force_it_says_why(citizen):
    answer = await citizen(TAPAN).say("potro copy")  # rejected: why, no number asked
    assert "BP/PUR/2025/000988 is *Rejected*, so there is no letter to send" in answer.text, answer.text
    assert "Type your application number" not in answer.text and "did not understand" not in answer.text
