"""The approved plan or a receipt sent in the permission chat with the application's number under it was answered
with the application's details and nothing about the file, so the applicant took it as handed in; the file
reaches no one here, and the applicant is now told so, and where documents go."""
from __future__ import annotations

import pytest
from casework_kit import RINA

from shared.chat import Media

NOT_PASSED = {"en": "Photos and files sent here do not reach the office: documents are not received on WhatsApp. "
                    "Hand them in at the gram panchayat office.",
              "bn": "এখানে পাঠানো ছবি বা ফাইল অফিসে পৌঁছায় না: হোয়াটসঅ্যাপে নথি নেওয়া হয় না। নথি গ্রাম পঞ্চায়েত "
                    "অফিসে জমা দিন।"}


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_a_plan_captioned_with_the_number_shows_the_application_and_says_it_went_nowhere(citizen, lang):
    rina = citizen(RINA, lang=lang)
    caption = "naksha BP/PUR/2026/000102"
    plan = Media(kind="image", id="m6", mime_type="image/jpeg", caption=caption)
    answer = await rina.send(rina.envelope(kind="media", text=caption, media=plan))
    assert "BP/PUR/2026/000102" in answer.text and NOT_PASSED[lang] in answer.text
    assert answer.text.index(NOT_PASSED[lang]) < answer.text.index("BP/PUR/2026/000102")  # said first
