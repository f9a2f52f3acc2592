"""Someone with no application on their WhatsApp number who said they do not know its number ('নম্বর জানি না',
'what is my application number') was told to send the application number: the very thing they said they did not
have. They are now told where it is written (the acknowledgement slip) and that the gram panchayat office can find
it; "my applications" alone still says only that none is registered."""
from __future__ import annotations

import pytest

STRANGER = "919812340021"


@pytest.mark.parametrize(("lang", "words", "told"), [
    ("bn", "আবেদন নম্বর জানি না", "প্রাপ্তিস্বীকারপত্রে"), ("bn", "আমার আবেদন নম্বর কত?", "প্রাপ্তিস্বীকারপত্রে"),
    ("bn", "number jani na", "প্রাপ্তিস্বীকারপত্রে"), ("en", "I forgot my application number", "acknowledgement slip")])
async def test_not_knowing_the_number_with_none_registered_says_where_it_is(citizen, lang, words, told):
    answer = await citizen(STRANGER, lang=lang).say(words)
    assert told in answer.text and ("নথিভুক্ত নেই" in answer.text or "No application is registered" in answer.text)
    assert "আবেদন নম্বর পাঠিয়ে" not in answer.text and "send the application number" not in answer.text, answer.text


async def test_my_applications_alone_still_says_none_is_registered(citizen):
    answer = await citizen(STRANGER, lang="bn").say("আমার আবেদন")
    assert "এই হোয়াটসঅ্যাপ নম্বরে কোনো আবেদন নথিভুক্ত নেই" in answer.text and "প্রাপ্তিস্বীকারপত্রে" not in answer.text
