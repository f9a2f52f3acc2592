"""A photo a service sends (the grievance office's photo of the work done): a document whose type is an image
goes out as an ``image`` message, which the person sees in the chat, by the id of the file uploaded first; the
simulator checks it as Meta does (a caption up to 1,024 characters)."""
from __future__ import annotations

import base64

from sender_kit import RECIPIENT, SenderStack, outbound

from gateway.outbound import fitted, validate_body
from gateway.outbound.limits import CAPTION
from shared.chat import Document
from shared.envelope import Envelope

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8 + b"\xff\xd9"
CAPTION_TEXT = "অভিযোগ GRV-2026-000001-এর জন্য করা কাজের ছবি।"
IMAGE = {"type": "image", "image": {"caption": CAPTION_TEXT}}  # as ``fitted.image`` makes it


def photo(caption: str = CAPTION_TEXT, mime_type: str = "image/jpeg") -> Document:
    return Document(filename="GRV-2026-000001.jpg", mime_type=mime_type, data_b64=base64.b64encode(JPEG).decode(),
                    caption=caption)


async def test_an_image_document_is_uploaded_and_sent_as_an_image_message(stack: SenderStack) -> None:
    await stack.publish(outbound(service="grievance", message=IMAGE, document=photo(),
                                 notification=True))
    [sent] = stack.sends
    assert sent["type"] == "image" and "document" not in sent
    assert sent["image"]["caption"] == CAPTION_TEXT and set(sent["image"]) == {"id", "caption"}  # no filename
    media = stack.cloud.media.get(sent["image"]["id"])
    assert media is not None and media.data == JPEG and media.mime_type == "image/jpeg"
    assert not stack.cloud.records.rejected and stack.failed == []


async def test_a_png_under_a_document_body_still_goes_as_an_image(stack: SenderStack) -> None:
    await stack.publish(outbound(message={"type": "document", "document": {"filename": "x.png"}},
                                 document=photo(mime_type="image/png")))
    [sent] = stack.sends
    assert sent["type"] == "image" and sent["image"]["caption"] == CAPTION_TEXT and "filename" not in sent["image"]
    assert stack.cloud.media.get(sent["image"]["id"]).mime_type == "image/png"  # type: ignore[union-attr]


async def test_a_pdf_is_still_a_document(stack: SenderStack) -> None:
    pdf = Document(filename="voucher.pdf", data_b64=base64.b64encode(b"%PDF-1.7").decode(), caption="Voucher")
    await stack.publish(outbound(message=fitted.document("voucher.pdf", "Voucher"), document=pdf))
    [sent] = stack.sends
    assert sent["type"] == "document" and sent["document"]["filename"] == "voucher.pdf"


async def test_an_image_meta_fails_later_is_replayed_as_the_same_image_by_its_media_id(stack: SenderStack) -> None:
    envelope = await stack.publish(outbound(message=IMAGE, document=photo()))
    [first] = stack.sends
    failure = {"message_id": stack.cloud.sent()[0]["id"], "status": "failed", "recipient_id": RECIPIENT,
               "timestamp": "1760000100", "callback_data": envelope.id,
               "errors": [{"code": 131048, "title": "Spam rate limit hit",
                           "error_data": {"details": "Spam rate limit hit"}}]}
    await stack.publish(Envelope(type="wa.status.failed", payload=failure).payload, type="wa.status.failed")
    [letter] = await stack.bus.dead_letters("sender")
    assert letter.payload["document"] is None and letter.payload["message"]["type"] == "image"
    await stack.publish(letter.payload, id=letter.id)
    assert len(stack.sends) == 2 and stack.sends[1]["image"] == first["image"]


def test_an_image_body_is_held_to_metas_limits() -> None:
    assert validate_body({"type": "image", "image": {"id": "1", "caption": "x" * CAPTION}}) == []
    long = validate_body({"type": "image", "image": {"id": "1", "caption": "x" * (CAPTION + 1)}})
    assert long and "image.caption" in long[0].details
    assert validate_body({"type": "image", "image": {"caption": "no file"}})[0].details == \
        "image.id or image.link is required"
    assert fitted.image(CAPTION_TEXT) == IMAGE
    assert len(fitted.image("ছবি " * 400)["image"]["caption"]) <= CAPTION  # the builder shortens a long caption
