"""A complaint's subject said in Hindi ("paani nahi aa raha", "नाली जाम है", "सड़क टूटी है", "naali saaf nahi hui",
"kutte kaat rahe hai") was "I could not find that name" where the subject is asked, and a photo's caption in Hindi
named none, where "jol nei" and "rastay gorto" did: each names its subject now, as its Bengali does. "bijli" alone
(the electricity supply, the electricity company's) names none, and words of two subjects leave it to be asked."""
from __future__ import annotations

import pytest

from services.grievance.domain import Categories
from services.grievance.domain.subject import guess
from services.grievance.service import CATEGORIES

OFFERED = [c.key for c in Categories.load(CATEGORIES).chosen_by_people()]


@pytest.mark.parametrize(("text", "key"), [
    ("paani nahi aa raha", "water"), ("पीने का पानी नहीं है", "water"), ("nal kharab hai", "water"),
    ("सड़क टूटी है", "roads"), ("sadak me gaddha hai", "roads"), ("नाली जाम है", "drainage"),
    ("naali saaf nahi hui", "drainage"), ("मच्छर बहुत है", "drainage"), ("सड़क पर बत्ती नहीं जलती", "lights"),
    ("gali me andhera hai", "lights"), ("rishwat maang raha hai", "conduct"), ("वृद्धा पेंशन नहीं मिली", "pension"),
    ("bijli nahi hai", None), ("sadak par paani bhara hai", None)])
def test_a_subject_said_in_hindi_is_guessed(text, key):
    assert guess(text, OFFERED) == key, text


async def test_typed_where_the_subject_is_asked_the_place_is_asked_next(person):
    await person.tap("grievance:new")
    answer = await person.say("paani nahi aa raha")
    assert "Subject: Drinking water, as your words say" in answer.text, answer.text
    assert "Where is the problem?" in answer.text, answer.text
