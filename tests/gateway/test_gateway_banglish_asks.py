"""A first message asking in Banglish ("salary slip dao", "slip pathan", "payslip diben") is answered in Bengali,
while "ta" and "er", which English chat holds too, do not make an English message Bengali ("ta very much",
"er, I want to book a room")."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from gateway.keywords import guess_lang
from simulator import webhooks as wa


@pytest.mark.parametrize("text", ["salary slip dao", "slip pathan", "payslip diben", "amar slip ta dekhao",
                                  "salary er slip dao", "bill ta koro", "বেতনের স্লিপ দাও"])
async def test_a_first_request_in_banglish_is_answered_in_bengali(stack: Stack, text: str):
    await stack.announce_services()
    await stack.say(wa.text(RINA, text))
    assert _answered_in(stack) == "bn"


@pytest.mark.parametrize("text", ["ta very much", "Water problem in our area", "er, what is this"])
async def test_english_with_ta_or_er_is_asked_the_language_english_first(stack: Stack, text: str):
    await stack.announce_services()
    await stack.say(wa.text(RINA, text))
    assert _answered_in(stack) == "en"


async def test_er_before_an_english_booking_keeps_it_english(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, "er, I want to book a room"))
    (booking,) = stack.recorder.of("wa.inbound.tourism")
    assert (booking.payload["lang"], booking.payload["reply_id"]) == ("en", "tourism:book")


@pytest.mark.parametrize("text", ["er, I need chai", "ta, see you", "my salary er slip"])
def test_ta_and_er_beside_only_words_english_also_holds_stay_english(text: str):
    assert guess_lang(text) == "en"


def _answered_in(stack: Stack) -> str:
    """The language kept for the person (their request went to its service), or the one the language question
    offers first."""
    chosen = [e.payload["lang"] for e in stack.recorder.of("wa.person.lang_chosen")]
    if chosen:
        return chosen[0]
    (question,) = stack.recorder.bodies()
    return question["interactive"]["action"]["buttons"][0]["reply"]["id"].removeprefix("shell:lang:")
