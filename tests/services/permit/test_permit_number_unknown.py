"""Asked for the application number, 'নম্বর জানি না' (I don't know the number), 'নম্বর মনে নেই', 'number jani na',
'I forgot my number' were answered 'Sorry, I did not understand'. They are now answered with the numbers of the
asker's own applications, found by their WhatsApp number; someone with none is told none is registered to it."""
from __future__ import annotations

import pytest
from casework_kit import TAPAN


@pytest.mark.parametrize(("lang", "words", "told"), [
    ("bn", "নম্বর জানি না", "আপনার ১টি আবেদনের নম্বর"), ("bn", "নম্বর মনে নেই", "আপনার ১টি আবেদনের নম্বর"),
    ("bn", "আমার নাম্বারটা হারিয়ে ফেলেছি", "আপনার ১টি আবেদনের নম্বর"), ("bn", "number jani na", "আপনার ১টি আবেদনের নম্বর"),
    ("en", "I forgot my number", "The numbers of your 1 application"),
    ("en", "don't know the number", "The numbers of your 1 application")])
async def test_not_knowing_the_number_is_told_ones_own(citizen, lang, words, told):
    answer = await citizen(TAPAN, lang=lang).say(words)
    assert told in answer.text and "BP/PUR/2025/000988" in answer.text, (words, answer.text)


async def test_someone_with_none_is_told_none_is_registered(citizen):
    answer = await citizen("919812340001", lang="bn").say("নম্বর জানি না")
    assert "এই হোয়াটসঅ্যাপ নম্বরে কোনো আবেদন নথিভুক্ত নেই" in answer.text, answer.text
