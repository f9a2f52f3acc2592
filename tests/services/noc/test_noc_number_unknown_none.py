"""Someone with no NOC on their WhatsApp number who said they do not know its number ('NOC নম্বর জানি না', 'I forgot
my NOC number') was told to send the NOC number: the very thing they said they did not have. They are now told where
it is written (the acknowledgement slip) and that the gram panchayat office can find it."""
from __future__ import annotations

import pytest

STRANGER = "919812340022"


@pytest.mark.parametrize(("lang", "words", "told"), [
    ("bn", "NOC নম্বর জানি না", "প্রাপ্তিস্বীকারপত্রে"), ("en", "I forgot my NOC number", "acknowledgement slip")])
async def test_not_knowing_the_number_with_none_registered_says_where_it_is(citizen, lang, words, told):
    answer = await citizen(STRANGER, lang=lang).say(words)
    assert told in answer.text and ("নথিভুক্ত নেই" in answer.text or "No NOC is registered" in answer.text)
    assert "NOC নম্বর পাঠিয়ে" not in answer.text and "send the NOC number" not in answer.text, answer.text
