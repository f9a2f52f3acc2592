"""English letters typed in Bengali ones: by their names one code, by their sounds every code they could be."""
from __future__ import annotations

import pytest

from shared.casework.letters import spellings


@pytest.mark.parametrize(("typed", "codes"), [
    ("পিইউআর", ("PUR",)), ("বিএনকে", ("BNK",)), ("এমডিএন", ("MDN",)), ("ডব্লিউবিএ", ("WBA",)),
    ("পুর", ("PUR", "POR")), ("রাড়", ("RAR",)), ("পুরুলিয়া", ()), ("বি-পি", ())])
def test_a_code_by_names_is_one_and_by_sounds_every_one_of_its_length(typed, codes):
    assert spellings(typed, 3) == codes
