"""A tube well's or a tap's water said red, iron or arsenic in it, or a pipe said burst ("tubewell theke laal jol porche",
"kol er jole ayron beshi", "টিউবওয়েলের জলে আয়রন", "tubewell e arsenic", "pipeline fete geche", "পাইপ ফেটে গেছে"), typed
first, was "I could not tell which service your message is for": each now begins a complaint with the words, its
subject drinking water. An iron filter said put in, or a tap said fine, begins none."""
from __future__ import annotations

import pytest

from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System
from .test_first_words_banglish import said
from .test_first_words_not_cleaned import menu_claims

BAD = ["tubewell theke laal jol porche", "kol er jole ayron beshi", "টিউবওয়েলের জলে আয়রন", "tubewell e arsenic",
       "pipeline fete geche", "pipe phete geche", "পাইপ ফেটে গেছে"]


@pytest.mark.parametrize("words", BAD)
def test_bad_water_or_a_burst_pipe_is_a_complaints_words(words):
    assert menu_claims(words) == ["grievance:words"], words


@pytest.mark.parametrize("words", ["tubewell e iron filter lagano hoyeche", "kol thik ache"])
def test_a_filter_put_in_or_a_tap_fine_is_not(words):
    assert menu_claims(words) == [], words


@pytest.mark.parametrize(("villager", "words"), [("919800000431", "tubewell theke laal jol porche"),
                                                 ("919800000432", "পাইপ ফেটে গেছে")])
async def test_sent_first_it_begins_the_waters_complaint(system: System, villager: str, words: str):
    await system.post(hooks.payload([msg.text(villager, words)]))
    answer = said((await system.replies(villager, 1))[-1])
    assert "আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।" in answer, answer
    assert "বিষয়: পানীয় জল, আপনার লেখা থেকে বোঝা গেল।" in answer, answer
