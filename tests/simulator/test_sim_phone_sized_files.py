"""A photo as a phone takes it (2–5 MB) sent from the chat page was refused with HTTP 413, the page's request held to
about 1 MB; the page now sends what WhatsApp takes (photos up to 5 MB, videos and voice notes 16 MB, documents
100 MB, as base64 a third bigger), and a file over WhatsApp's limit for its kind is refused saying so."""
from __future__ import annotations

import base64
import os

import pytest
from sim_kit import PERSON, Stack

MB = 1024 * 1024


def upload(size: int, mime_type: str, filename: str | None = None) -> dict:
    return {"wa_id": PERSON, "file": {"data_b64": base64.b64encode(os.urandom(size)).decode(), "mime_type": mime_type,
                                      "filename": filename}}


@pytest.mark.parametrize(("size", "mime_type", "kind"), [(5 * MB, "image/jpeg", "image"),
                                                        (3 * MB, "image/png", "image"),
                                                        (16 * MB, "video/mp4", "video"),
                                                        (24 * MB, "application/pdf", "document")])
async def test_a_file_as_big_as_whatsapp_takes_is_sent(stack: Stack, size, mime_type, kind) -> None:
    body = upload(size, mime_type, "plan.pdf" if kind == "document" else None)
    resp = await stack.client.post("/_sim/send", json=body)
    assert resp.status == 202, await resp.text()
    await stack.sim.settle()
    [message] = stack.receiver.messages()
    got = await (await stack.client.get(f"/_sim/media/{message[kind]['id']}")).read()
    assert base64.b64encode(got).decode() == body["file"]["data_b64"]


@pytest.mark.parametrize(("size", "mime_type", "said"), [
    (5 * MB + 1, "image/jpeg", "WhatsApp sends a photo of up to 5 MB"),
    (16 * MB + 1, "video/mp4", "WhatsApp sends a video of up to 16 MB"),
    (16 * MB + 1, "audio/ogg", "WhatsApp sends a voice note or audio of up to 16 MB")])
async def test_a_file_over_whatsapps_limit_for_its_kind_is_refused_saying_so(stack: Stack, size, mime_type,
                                                                               said) -> None:
    resp = await stack.client.post("/_sim/send", json=upload(size, mime_type))
    assert resp.status == 413 and said in await resp.text()
    await stack.sim.settle()
    assert stack.receiver.messages() == []


async def test_the_page_knows_the_limits_before_it_reads_a_file(stack: Stack) -> None:
    config = await (await stack.client.get("/_sim/config")).json()
    assert config["media_limits"] == {"image": 5 * MB, "video": 16 * MB, "audio": 16 * MB, "document": 100 * MB}
    script = await (await stack.client.get("/_sim/static/chat.js")).text()
    assert "media_limits" in script and "file.size" in script


async def test_the_page_reads_the_kinds_names_and_refusal_from_the_simulator(stack: Stack) -> None:
    media = (await (await stack.client.get("/_sim/config")).json())["media"]
    assert media["names"]["audio"] == "a voice note or audio" and media["otherwise"] == "document"
    assert media["refusal"].format(name="a photo", most=5, what="this one", size="6") == (
        "WhatsApp sends a photo of up to 5 MB; this one is 6 MB. Send a smaller one.")
    script = await (await stack.client.get("/_sim/static/chat.js")).text()
    assert "a voice note or audio" not in script and "Send a smaller one" not in script
