"""A photo attached "as a document" (a ``document`` message with the photo's image type and file name, as WhatsApp
sends it) is taken as a photo is: with the number in its caption the application is shown and the person told that
files sent here reach no one; without one, that a photo cannot be read, where it was called a file."""
from __future__ import annotations

import base64

import pytest
from casework_kit import RINA, Phone
from phone_kit import has, saying, words

from shared.chat import Media

PHOTO = {"kind": "document", "id": "m7", "mime_type": "image/jpeg", "filename": "IMG_20260301.jpg"}
NOT_PASSED = "Photos and files sent here do not reach the office"


async def test_a_photo_as_a_document_captioned_with_the_number_shows_the_application(citizen):
    rina = citizen(RINA)
    caption = "receipt BP/PUR/2026/000102"
    answer = await rina.send(rina.envelope(kind="media", text=caption, media=Media(**PHOTO, caption=caption)))
    assert "BP/PUR/2026/000102" in answer.text and NOT_PASSED in answer.text


@pytest.mark.parametrize(("lang", "said"), [("en", "A photo cannot be read here"),
                                            ("bn", "ছবি থেকে এখানে নম্বর পড়া যায় না")])
async def test_a_photo_as_a_document_without_a_number_is_told_a_photo_cannot_be_read(citizen, lang, said):
    rina = citizen(RINA, lang=lang)
    answer = await rina.send(rina.envelope(kind="media", media=Media(**PHOTO)))
    assert said in answer.text, answer.text


async def test_a_photo_sent_as_a_document_from_the_chat_page_reaches_the_permit_chat(system):
    http, base, _ = system
    rina = Phone(http, base, RINA)
    await rina.start()
    await rina.tap("permit:menu", until=has("interactive"))
    photo = {"data_b64": base64.b64encode(b"\xff\xd8\xff\xe0 receipt").decode(), "mime_type": "image/jpeg",
             "filename": "IMG_20260301.jpg", "caption": "BP/PUR/2026/000102", "as_document": True}
    got = await rina.send({"file": photo}, until=saying("BP/PUR/2026/000102"))
    assert NOT_PASSED in words(got) and "Applicant: Rina Das" in words(got)
