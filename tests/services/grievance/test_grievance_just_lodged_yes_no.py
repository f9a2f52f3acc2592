"""At the question asked of files sent just after lodging (add them to the complaint just lodged, or begin a new one),
a yes typed ("yes", "হ্যাঁ", "ha") is *Add to it* and a no ("no", "না") is *New complaint*, as the buttons do."""
from __future__ import annotations

import pytest

from services.grievance.repository import Repositories


async def media_of(person, number: str) -> list[str]:
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None
    return [m.id for m in stored.media]


@pytest.mark.parametrize(("lang", "said"), [("en", "yes"), ("bn", "হ্যাঁ"), ("bn", "ha"), ("en", "Yes!")])
async def test_a_yes_typed_adds_the_files_to_the_complaint_just_lodged(make_person, lang, said):
    person = make_person(lang=lang)
    number = await person.lodge()
    await person.photo(f"media-yes-{said}")
    added = await person.say(said)
    assert number in added.text and ("Added to complaint" in added.text or "যোগ হয়েছে" in added.text)
    assert await media_of(person, number) == [f"media-yes-{said}"]


@pytest.mark.parametrize(("lang", "said", "begun"), [
    ("en", "no", "Your photo is attached to a new complaint."),
    ("bn", "না", "আপনার পাঠানো ছবিটি একটি নতুন অভিযোগে যুক্ত করা হয়েছে।"),
])
async def test_a_no_typed_begins_a_new_complaint_with_them(make_person, lang, said, begun):
    person = make_person(lang=lang)
    number = await person.lodge()
    await person.photo(f"media-no-{lang}")
    answered = await person.say(said)
    assert answered.text.startswith(begun) and "grievance:cat:water" in answered.last.choices
    assert await media_of(person, number) == []
