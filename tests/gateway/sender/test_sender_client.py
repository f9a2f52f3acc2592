"""The Cloud API client against the simulator over real HTTP: request shapes out, Meta's answers in."""
from __future__ import annotations

import socket
from dataclasses import replace

import aiohttp
import pytest
from sender_kit import ACCESS_TOKEN, PDF, PHONE_NUMBER_ID

from gateway.sender.client import ApiError, ApiUnreachable, CloudApi, error_from
from simulator.app import Simulator

TO = "919800000002"
HELLO = {"type": "text", "text": {"body": "hello"}}


@pytest.fixture
def api(api_url: str, session: aiohttp.ClientSession) -> CloudApi:
    return CloudApi(api_url, ACCESS_TOKEN, PHONE_NUMBER_ID, session, timeout=5)


async def test_send_posts_the_body_and_returns_the_wamid(api: CloudApi, cloud: Simulator) -> None:
    wamid = await api.send(TO, HELLO)
    [sent] = cloud.sent()
    assert sent["id"] == wamid and sent["to"] == TO
    assert sent["body"] == {"messaging_product": "whatsapp", "recipient_type": "individual", "to": TO, **HELLO}


async def test_upload_is_multipart_and_returns_the_media_id(api: CloudApi, cloud: Simulator) -> None:
    media_id = await api.upload_media(PDF, "application/pdf", "slip.pdf")
    media = cloud.media.get(media_id)
    assert media is not None and (media.data, media.mime_type, media.filename) == (PDF, "application/pdf", "slip.pdf")


@pytest.mark.parametrize("typing", [True, False])
async def test_mark_read(api: CloudApi, cloud: Simulator, typing: bool) -> None:
    await api.mark_read("wamid.IN", typing=typing)
    [read] = cloud.records.reads
    assert read["message_id"] == "wamid.IN" and read["status"] == "read"
    assert read.get("typing_indicator") == ({"type": "text"} if typing else None)


async def test_meta_errors_become_typed_api_errors(api: CloudApi, cloud: Simulator) -> None:
    cloud.fail(131056)
    with pytest.raises(ApiError) as caught:
        await api.send(TO, HELLO)
    assert (caught.value.code, caught.value.http_status) == (131056, 400)
    assert "same phone number" in caught.value.details


async def test_a_wrong_token_is_an_auth_error(api_url: str, session: aiohttp.ClientSession) -> None:
    with pytest.raises(ApiError) as caught:
        await CloudApi(api_url, "wrong", PHONE_NUMBER_ID, session).send(TO, HELLO)
    assert (caught.value.code, caught.value.http_status) == (190, 401)


async def test_a_bare_server_error_has_only_its_status(api: CloudApi, cloud: Simulator) -> None:
    cloud.fail(502)
    with pytest.raises(ApiError) as caught:
        await api.send(TO, HELLO)
    assert caught.value.code is None and caught.value.http_status == 502


async def test_no_answer_is_unreachable(session: aiohttp.ClientSession) -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    api = CloudApi(f"http://127.0.0.1:{port}/v23.0", "t", "1", session, timeout=2)
    with pytest.raises(ApiUnreachable) as refused:
        await api.send(TO, HELLO)
    assert refused.value.unsent  # no connection: the message cannot have reached Meta


async def test_an_answer_that_does_not_come_may_follow_a_message_meta_took(api_url: str, cloud: Simulator,
                                                                          session: aiohttp.ClientSession) -> None:
    cloud.config = replace(cloud.config, api_latency=1.0)
    api = CloudApi(api_url, ACCESS_TOKEN, PHONE_NUMBER_ID, session, timeout=0.2)
    with pytest.raises(ApiUnreachable) as timed_out:
        await api.send(TO, HELLO)
    assert not timed_out.value.unsent  # the request went out: only Meta's status can tell whether it has it


def test_error_from_reads_meta_error_json() -> None:
    body = {"error": {"message": "(#130429) Rate limit hit", "type": "OAuthException", "code": 130429,
                      "error_data": {"messaging_product": "whatsapp", "details": "too many messages"},
                      "error_subcode": 2494055, "fbtrace_id": "Az8"}}
    err = error_from(400, body)
    assert (err.code, err.subcode, err.http_status, err.details) == (130429, 2494055, 400, "too many messages")
    assert err.message == "(#130429) Rate limit hit"
