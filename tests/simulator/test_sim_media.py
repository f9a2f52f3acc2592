"""Media: upload (multipart, as Meta takes it), look up by id, download with the token, and by the page."""
from __future__ import annotations

import hashlib

import aiohttp
from sim_kit import AUTH, NUMBER_ID, PERSON, Stack

from gateway.outbound import Document, to_request
from simulator.media import MediaStore

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40


def form(data: bytes = PDF, mime_type: str = "application/pdf", product: str = "whatsapp") -> aiohttp.FormData:
    found = aiohttp.FormData()
    found.add_field("messaging_product", product)
    found.add_field("type", mime_type)
    found.add_field("file", data, filename="permit.pdf", content_type=mime_type)
    return found


async def upload(stack: Stack, **kw: object) -> tuple[int, dict[str, object]]:
    resp = await stack.client.post(f"/graph/v23.0/{NUMBER_ID}/media", data=form(**kw), headers=AUTH)  # type: ignore[arg-type]
    return resp.status, await resp.json()


async def test_upload_then_look_up_then_download(stack: Stack) -> None:
    status, answer = await upload(stack)
    assert status == 200
    media_id = str(answer["id"])
    assert media_id.isdigit()
    info = await (await stack.client.get(f"/graph/v23.0/{media_id}", headers=AUTH)).json()
    assert info["id"] == media_id and info["mime_type"] == "application/pdf"
    assert info["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert info["file_size"] == len(PDF)
    assert info["messaging_product"] == "whatsapp"
    path = info["url"].split(str(stack.client.make_url("")).rstrip("/"), 1)[1]
    download = await stack.client.get(path, headers=AUTH)
    assert download.status == 200
    assert download.content_type == "application/pdf"
    assert await download.read() == PDF


async def test_media_needs_the_token(stack: Stack) -> None:
    _, answer = await upload(stack)
    media_id = answer["id"]
    assert (await stack.client.get(f"/graph/v23.0/{media_id}")).status == 401
    assert (await stack.client.get(f"/graph/attachments/{media_id}")).status == 401
    resp = await stack.client.post(f"/graph/v23.0/{NUMBER_ID}/media", data=form())
    assert resp.status == 401


async def test_the_page_opens_media_without_a_token(stack: Stack) -> None:
    _, answer = await upload(stack)
    resp = await stack.client.get(f"/_sim/media/{answer['id']}")
    assert resp.status == 200
    assert await resp.read() == PDF
    assert 'filename="permit.pdf"' in resp.headers["Content-Disposition"]
    assert (await stack.client.get("/_sim/media/404404")).status == 404


async def test_unsupported_or_malformed_uploads_are_refused(stack: Stack) -> None:
    status, answer = await upload(stack, mime_type="application/x-msdownload")
    assert (status, answer["error"]["code"]) == (400, 131053)  # type: ignore[index]
    status, answer = await upload(stack, product="sms")
    assert (status, answer["error"]["code"]) == (400, 100)  # type: ignore[index]
    status, answer = await upload(stack, data=b"")
    assert status == 400


async def test_an_unknown_media_id_is_refused(stack: Stack) -> None:
    resp = await stack.client.get("/graph/v23.0/1234567890123456", headers=AUTH)
    assert resp.status == 400
    assert (await resp.json())["error"]["code"] == 100


async def test_a_document_sent_by_uploaded_id_is_delivered(stack: Stack) -> None:
    _, answer = await upload(stack)
    body = Document(media_id=str(answer["id"]), filename="permit.pdf", caption="Your letter").body()
    status, _ = await stack.send(to_request(PERSON, body))
    assert status == 200
    await stack.sim.settle()
    assert [s["status"] for s in stack.receiver.statuses()] == ["sent", "delivered", "read"]


async def test_a_document_with_an_unknown_media_id_fails_later_as_on_meta(stack: Stack) -> None:
    status, _ = await stack.send(to_request(PERSON, Document(media_id="777", filename="x.pdf").body()))
    assert status == 200
    await stack.sim.settle()
    [failed] = stack.receiver.statuses()
    assert failed["status"] == "failed"
    assert failed["errors"][0]["code"] == 131053


def test_the_store_forgets_the_oldest_files_past_its_size() -> None:
    store = MediaStore(keep=2)
    first, second, third = (store.put(bytes([i]), "application/pdf") for i in range(3))
    assert store.get(first.id) is None
    assert store.get(second.id) is not None and store.get(third.id) is not None
