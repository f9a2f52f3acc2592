"""Words typed at one's complaints' list ("kono update nai", "still not done", "কোনো কাজ হয়নি") were "Sorry, I did not
understand that": the person says something about one of them, which its page takes (where it stands; words typed
there offered to its office). They are told so, and the list is shown again; a sound alone ("hmm") is still not
understood, a row's number still opens its complaint."""
from __future__ import annotations

import pytest

TOLD = {"en": "choose it from the list first: its page shows where it stands",
        "bn": "আগে তালিকা থেকে সেটি বেছে নিন"}


async def _listed(make_person, lang: str = "en"):
    person = make_person(lang=lang)
    first = await person.lodge()
    second = await person.lodge(category="roads", text="The road by the market is broken.")
    listed = await person.tap("grievance:mine")
    return person, listed, (first, second)


@pytest.mark.parametrize(("lang", "typed"), [("en", "kono update nai"), ("en", "still not done"),
                                             ("bn", "কোনো কাজ হয়নি এখনও")])
async def test_words_at_the_list_say_to_choose_the_complaint_first(make_person, lang, typed):
    person, listed, _ = await _listed(make_person, lang)
    answer = await person.say(typed)
    assert TOLD[lang] in answer.text, answer.text
    assert "did not understand" not in answer.text and "বুঝতে পারিনি" not in answer.text
    assert answer.last.choices == listed.last.choices


async def test_a_sound_alone_or_a_rows_number_are_as_before(make_person):
    person, listed, numbers = await _listed(make_person)
    answer = await person.say("hmm")
    assert TOLD["en"] not in answer.text and answer.last.choices == listed.last.choices
    row = next(iter(listed.last.choices)).rsplit(":", 1)[-1]
    assert row in numbers
    opened = await person.say("1")
    assert f"Complaint {row}" in opened.text, opened.text  # the list's first row
