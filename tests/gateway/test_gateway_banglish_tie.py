"""A first message with as many Banglish words as English ones: Bengali when a Banglish word among them is Bengali's
own grammar (korbo, nei, ache, amader: no name, no English or Hindi word), English when they are only words an English
or Hindi sentence also holds (a name, "chai", "bari", "dada")."""
from __future__ import annotations

import pytest

from gateway.keywords import guess_lang


@pytest.mark.parametrize("text", ["my ghor book korbo", "water nei at home", "road is bhanga", "my light jolche",
                                  "it hoyni"])
def test_a_tie_with_a_clearly_bengali_word_is_bengali(text: str):
    assert guess_lang(text) == "bn"


@pytest.mark.parametrize("text", ["Dada the road", "the bari", "Ami is here", "my chai", "mera rasta"])
def test_a_tie_of_words_english_or_hindi_also_holds_stays_english(text: str):
    assert guess_lang(text) == "en"
