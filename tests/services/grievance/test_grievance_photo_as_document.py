"""A photo sent "as a document" (WhatsApp's way to send it uncompressed: a document message with the photo's image
type and its file name, IMG_2031.jpg) was filed with a complaint as a document: 'Your document is attached', named
by its file name among the attachments and kept as a document for the office. It is now a photo like any other:
said to be one, numbered with the other photos (Photo 1, Photo 2) and kept as a photo. A PDF is still a document."""
from __future__ import annotations

from services.grievance.repository import Repositories
from shared.chat import Media


async def as_document(person, media_id: str, mime_type: str, filename: str):
    return await person.send(person.envelope(kind="media", media=Media(
        kind="document", id=media_id, mime_type=mime_type, filename=filename)))


async def test_a_photo_sent_as_a_document_first_starts_a_complaint_with_a_photo(person):
    started = await as_document(person, "doc-photo-first", "image/png", "Screenshot_2026.png")
    assert "Your photo is attached to a new complaint" in started.text, started.text


async def test_a_photo_sent_as_a_document_is_numbered_and_kept_with_the_other_photos(person):
    await person.draft()
    await person.photo("camera-photo")
    await as_document(person, "document-photo", "image/jpeg", "IMG_2031.jpg")
    summary = await as_document(person, "bill", "application/pdf", "bill.pdf")
    confirm = await person.tap(summary.choice("grievance:change:"))
    listed = await person.tap(confirm.choice("grievance:unattach:"))
    names = set(listed.last.choices.values())
    assert {"Photo 1", "Photo 2", "bill.pdf"} <= names and "IMG_2031.jpg" not in names, names
    done = await person.tap(summary.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None
    assert [(m.id, m.kind) for m in stored.media] == [("camera-photo", "image"), ("document-photo", "image"),
                                                      ("bill", "document")]
