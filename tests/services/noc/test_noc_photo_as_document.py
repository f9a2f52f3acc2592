"""A photo attached "as a document" (a ``document`` message with the photo's image type and file name, as WhatsApp
sends it) is taken as a photo is: with the number in its caption the certificate is shown and the holder told that
files sent here reach no one; without one, that a photo cannot be read, where it was called a file."""
from __future__ import annotations

from casework_kit import RINA

from shared.chat import Media

PHOTO = {"kind": "document", "id": "m8", "mime_type": "image/png", "filename": "licence.png"}


async def test_a_photo_as_a_document_captioned_with_the_number_shows_the_certificate(citizen):
    rina = citizen(RINA)
    caption = "old licence TNOC/2026/000045"
    answer = await rina.send(rina.envelope(kind="media", text=caption, media=Media(**PHOTO, caption=caption)))
    assert "TNOC/2026/000045" in answer.text and "Photos and files sent here do not reach the office" in answer.text


async def test_a_photo_as_a_document_without_a_number_is_told_a_photo_cannot_be_read(citizen):
    rina = citizen(RINA)
    answer = await rina.send(rina.envelope(kind="media", media=Media(**PHOTO)))
    assert "A photo cannot be read here" in answer.text, answer.text
