"""A photo (of the receipt, say), a place or a sticker where the NOC number is asked: they were met with "Only
text and buttons are understood here." and the NOC start, the number not asked again. Now what was sent is
named, the number is said to be wanted typed, and the same question comes again."""
from __future__ import annotations

import pytest
from casework_kit import RINA

from shared.chat import Location, Media

ASKED = {"en": "Type your NOC certificate number, for example *TNOC/2026/000045*.",
         "bn": "আপনার NOC শংসাপত্র নম্বর লিখুন, যেমন *TNOC/2026/000045*।"}
SENT = {
    "photo": ({"kind": "media", "media": Media(kind="image", id="m1", mime_type="image/jpeg")},
              {"en": "A photo cannot be read here: the number has to be typed.",
               "bn": "ছবি থেকে এখানে নম্বর পড়া যায় না, নম্বরটি লিখে পাঠাতে হবে।"}),
    "location": ({"kind": "location", "location": Location(latitude=23.2, longitude=86.1)},
                 {"en": "A location does not find a NOC: the number has to be typed.",
                  "bn": "লোকেশন দিয়ে NOC খোঁজা যায় না, নম্বরটি লিখে পাঠাতে হবে।"}),
    "sticker": ({"kind": "media", "media": Media(kind="sticker", id="m2", mime_type="image/webp")},
                {"en": "A sticker is no answer here: the number has to be typed.",
                 "bn": "স্টিকারে উত্তর হয় না, নম্বরটি লিখে পাঠাতে হবে।"}),
}


@pytest.mark.parametrize("lang", ["en", "bn"])
@pytest.mark.parametrize("sent", list(SENT))
async def test_what_is_not_typed_at_the_number_is_named_and_the_number_asked_again(citizen, lang, sent):
    rina = citizen(RINA, lang=lang)
    asked = await rina.tap("noc:status")
    assert ASKED[lang] in asked.text
    content, said = SENT[sent]
    answer = await rina.send(rina.envelope(**content))
    assert said[lang] in answer.text and ASKED[lang] in answer.text
    assert "Only text" not in answer.text and "শুধু লেখা" not in answer.text
    assert not answer.choices
