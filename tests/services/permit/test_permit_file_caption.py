"""A photo of the plan captioned 'আমার নকশা' (my plan) opened the list of the person's applications, the caption's
'আমার' (my) read as asking for them, and not a word that the photo went nowhere. A caption without a number is now
no command: the person is told first that the file does not reach the office, then the number is asked, as for a
photo sent without a caption."""
from __future__ import annotations

import pytest
from casework_kit import RINA

from shared.chat import Media

ASKED = {"en": "Type your application number", "bn": "আপনার আবেদন নম্বর লিখুন"}
NOT_PASSED = {"en": "Photos and files sent here do not reach the office", "bn": "এখানে পাঠানো ছবি বা ফাইল অফিসে পৌঁছায় না"}


@pytest.mark.parametrize(("lang", "caption", "kind"), [("bn", "আমার নকশা", "image"), ("en", "my plan", "image"),
                                                       ("en", "all the papers", "document"),
                                                       ("bn", "আমার দলিল, অবস্থা জানাবেন", "document")])
async def test_a_caption_of_common_words_is_no_command(citizen, lang, caption, kind):
    rina = citizen(RINA, lang=lang)
    media = Media(kind=kind, id="m1", mime_type="image/jpeg" if kind == "image" else "application/pdf",
                  caption=caption)
    answer = await rina.send(rina.envelope(kind="media", text=caption, media=media))
    assert answer.text.startswith(NOT_PASSED[lang]), answer.text
    assert not any(c.startswith("permit:view:") for c in answer.choices)  # no list of the applications
    assert ASKED[lang] in answer.text


async def test_the_number_in_a_caption_still_shows_the_case(citizen):
    rina = citizen(RINA)
    caption = "my plan for BP/PUR/2026/000101"
    answer = await rina.send(rina.envelope(kind="media", text=caption,
                                           media=Media(kind="image", id="m1", mime_type="image/jpeg", caption=caption)))
    assert NOT_PASSED["en"] in answer.text and "Rina Das" in answer.text
