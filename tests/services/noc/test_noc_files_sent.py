"""A file sent in the NOC chat, as a holder asked by the office for a document sends it ('Send the trade
licence of the previous year'): with the number in its caption it was answered with the certificate's details
and nothing about the file, so the holder took it as handed in; without one, only that the number must be typed.
The file reaches no one here, and the holder is now told so, and where documents go."""
from __future__ import annotations

import pytest
from casework_kit import RINA

from shared.chat import Media

NOT_PASSED = {"en": "Photos and files sent here do not reach the office: documents are not received on WhatsApp. "
                    "Hand them in at the gram panchayat office.",
              "bn": "এখানে পাঠানো ছবি বা ফাইল অফিসে পৌঁছায় না: হোয়াটসঅ্যাপে নথি নেওয়া হয় না। নথি গ্রাম পঞ্চায়েত "
                    "অফিসে জমা দিন।"}
PDF = {"kind": "document", "id": "m5", "mime_type": "application/pdf", "filename": "licence.pdf"}


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_a_file_captioned_with_the_number_shows_the_case_and_says_the_file_went_nowhere(citizen, lang):
    rina = citizen(RINA, lang=lang)
    caption = "licence for TNOC/2026/000045"
    answer = await rina.send(rina.envelope(kind="media", text=caption, media=Media(**PDF, caption=caption)))
    assert "TNOC/2026/000045" in answer.text and NOT_PASSED[lang] in answer.text


@pytest.mark.parametrize("kind", ["image", "document"])
async def test_a_file_without_a_number_says_it_went_nowhere_and_asks_the_number(citizen, kind):
    rina = citizen(RINA)
    answer = await rina.send(rina.envelope(kind="media", media=Media(**{**PDF, "kind": kind})))
    assert NOT_PASSED["en"] in answer.text and "TNOC/2026/000045" in answer.text  # the example of the number


async def test_typed_words_say_nothing_of_files(citizen):
    answer = await citizen(RINA).say("TNOC/2026/000045")
    assert "TNOC/2026/000045" in answer.text and NOT_PASSED["en"] not in answer.text
