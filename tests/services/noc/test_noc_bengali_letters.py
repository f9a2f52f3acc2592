"""A NOC number typed on a Bengali keyboard, its prefix in Bengali letters (টিএনওসি for TNOC), was refused as
'That does not look like a NOC number'; it is now read as the number, as its Bengali digits were."""
from __future__ import annotations

import pytest
from casework_kit import RINA


@pytest.mark.parametrize("typed", ["টিএনওসি/২০২৬/৪৫", "টি এন ও সি ২০২৬/০০০০৪৫", "এনওসি-২০২৬-৪৫", "TNOC/২০২৬/৪৫"])
async def test_the_prefix_in_bengali_letters_is_read(citizen, typed):
    answer = await citizen(RINA, lang="bn").say(typed)
    assert "TNOC/2026/000045" in answer.text and "মনে হচ্ছে না" not in answer.text, typed
