"""WhatsApp lets a person attach a photo "as a document": it arrives as a ``document`` message whose mime type is the
photo's, with its file name, and up to a document's 100 MB. The chat page could only send a photo as a photo; it now
has a button for a file sent as a document, and ``/_sim/send`` takes ``file.as_document``."""
from __future__ import annotations

import base64
import os

from sim_kit import PERSON, Stack

MB = 1024 * 1024


def photo(size: int, **more: object) -> dict:
    return {"wa_id": PERSON, "file": {"data_b64": base64.b64encode(os.urandom(size)).decode(),
                                      "mime_type": "image/jpeg", "filename": "IMG_2026.jpg", **more}}


async def test_a_photo_sent_as_a_document_arrives_as_a_document_with_its_name(stack: Stack) -> None:
    body = photo(2 * MB, as_document=True, caption="naksha")
    resp = await stack.client.post("/_sim/send", json=body)
    assert resp.status == 202, await resp.text()
    await stack.sim.settle()
    [message] = stack.receiver.messages()
    assert message["type"] == "document" and "image" not in message
    sent = message["document"]
    assert (sent["mime_type"], sent["filename"], sent["caption"]) == ("image/jpeg", "IMG_2026.jpg", "naksha")
    got = await (await stack.client.get(f"/_sim/media/{sent['id']}")).read()
    assert base64.b64encode(got).decode() == body["file"]["data_b64"]


async def test_as_a_document_a_photo_may_be_as_big_as_a_document(stack: Stack) -> None:
    assert (await stack.client.post("/_sim/send", json=photo(6 * MB))).status == 413  # as a photo: 5 MB at most
    resp = await stack.client.post("/_sim/send", json=photo(6 * MB, as_document=True))
    assert resp.status == 202, await resp.text()
    await stack.sim.settle()
    assert [m["type"] for m in stack.receiver.messages()] == ["document"]


async def test_a_photo_not_said_to_be_a_document_still_goes_as_a_photo(stack: Stack) -> None:
    assert (await stack.client.post("/_sim/send", json=photo(MB))).status == 202
    await stack.sim.settle()
    [message] = stack.receiver.messages()
    assert message["type"] == "image" and "filename" not in message["image"]


async def test_the_page_offers_to_send_a_file_as_a_document(stack: Stack) -> None:
    html = await (await stack.client.get("/")).text()
    assert 'id="document-button"' in html and 'id="document-input"' in html
    script = await (await stack.client.get("/_sim/static/chat.js")).text()
    assert "as_document" in script
