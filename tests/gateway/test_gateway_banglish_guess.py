"""Banglish beyond the keywords: a first message of everyday Bengali words in Latin letters ("rastay boro gorto",
"jol nei tin din dhore") is guessed Bengali, and an English sentence with a Bengali word or name in it stays English.
Where the guess is kept (a first photo's complaint is begun at once), the person is answered in it."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from gateway.keywords import guess_lang
from shared.chat import Inbound
from simulator import webhooks as wa

BANGLISH = ["rastay boro gorto", "jol nei tin din dhore", "amar ekta obhijog ache", "bhai kal theke alo nei",
            "Dada, rasta bhanga", "bari te jol dhukeche",
            # what a first message tells, its verbs none of the keywords (English before)
            "current bill beshi eseche", "salary kom eseche", "payment ekhono pelam", "tubewell kaj korche"]
ENGLISH = ["the road is broken", "The road near my bari is broken", "No water since 3 days at Ami's house",
           "I need chai at the office", "mera rasta kharab hai", "the electricity bill is too high",
           "the work on the road has stopped"]


@pytest.mark.parametrize("text", BANGLISH)
def test_everyday_banglish_is_guessed_bengali(text: str):
    assert guess_lang(text) == "bn"


@pytest.mark.parametrize("text", ENGLISH)
def test_an_english_or_hindi_sentence_with_a_bengali_word_in_it_stays_english(text: str):
    assert guess_lang(text) == "en"


@pytest.mark.parametrize(("caption", "lang"), [("rastay boro gorto", "bn"), ("jol nei tin din dhore", "bn"),
                                               ("The road near my bari is broken", "en")])
async def test_a_first_photo_captioned_in_banglish_begins_its_complaint_in_bengali(stack: Stack, caption: str,
                                                                                  lang: str):
    await stack.announce_services()
    await stack.say(wa.media(RINA, "image", "MEDIA-7", "image/jpeg", caption=caption))
    (inbound,) = [Inbound.model_validate(e.payload) for e in stack.recorder.envelopes
                  if e.type == "wa.inbound.grievance"]
    assert (inbound.lang, inbound.lang_guessed, inbound.text) == (lang, True, caption)
    assert [e.payload for e in stack.recorder.of("wa.person.lang_chosen")] == [{"wa_id": RINA, "lang": lang}]


async def test_a_first_message_of_banglish_no_keyword_knows_asks_the_language_bangla_first(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, "amar gram e ration kom dey"))
    (question,) = stack.recorder.bodies()
    assert question["interactive"]["action"]["buttons"][0]["reply"] == {"id": "shell:lang:bn", "title": "বাংলা"}
