"""A photo (of the receipt, say), a place or a sticker where the application or NOC number is asked: they were met
with "Only text and buttons are understood here." and the service's start, the number not asked again. Now what was
sent is named, the number is said to be wanted typed, and the same question comes again; in building permission and
the trade NOC alike."""
from __future__ import annotations

import pytest
from both_kit import both_fixtures
from casework_kit import RINA

from shared.chat import Location, Media

service, clock, bus, runtime, citizen, system, office = both_fixtures()

PHOTO = {"en": "A photo cannot be read here: the number has to be typed.",
         "bn": "ছবি থেকে এখানে নম্বর পড়া যায় না, নম্বরটি লিখে পাঠাতে হবে।"}
SENT = {
    "photo": ({"kind": "media", "media": Media(kind="image", id="m1", mime_type="image/jpeg")},
              {"permit": PHOTO, "noc": PHOTO}),
    "location": ({"kind": "location", "location": Location(latitude=23.2, longitude=86.1)},
                 {"permit": {"en": "A location does not find an application: the number has to be typed.",
                             "bn": "লোকেশন দিয়ে আবেদন খোঁজা যায় না, নম্বরটি লিখে পাঠাতে হবে।"},
                  "noc": {"en": "A location does not find a NOC: the number has to be typed.",
                          "bn": "লোকেশন দিয়ে NOC খোঁজা যায় না, নম্বরটি লিখে পাঠাতে হবে।"}}),
    "sticker": ({"kind": "media", "media": Media(kind="sticker", id="m2", mime_type="image/webp")},
                dict.fromkeys(("permit", "noc"), {"en": "A sticker is no answer here: the number has to be typed.",
                                                  "bn": "স্টিকারে উত্তর হয় না, নম্বরটি লিখে পাঠাতে হবে।"})),
}


@pytest.mark.parametrize("lang", ["en", "bn"])
@pytest.mark.parametrize("sent", list(SENT))
async def test_what_is_not_typed_at_the_number_is_named_and_the_number_asked_again(service, citizen, lang, sent):
    rina = citizen(RINA, lang=lang)
    asked = await rina.tap(service.tap("status"))
    assert service.asked[lang] in asked.text
    content, said = SENT[sent]
    answer = await rina.send(rina.envelope(**content))
    assert said[service.name][lang] in answer.text and service.asked[lang] in answer.text
    assert "Only text" not in answer.text and "শুধু লেখা" not in answer.text
    assert not answer.choices
    still = await rina.say(service.own)
    assert service.own in still.text and ("Rina Das" in still.text or "রিনা দাস" in still.text)


async def test_a_photo_whose_caption_is_no_number_asks_for_it_typed(service, citizen):
    rina = citizen(RINA)
    answer = await rina.send(rina.envelope(kind="media", text="receipt",
                                           media=Media(kind="image", id="m3", caption="receipt")))
    assert PHOTO["en"] in answer.text and service.asked["en"] in answer.text
