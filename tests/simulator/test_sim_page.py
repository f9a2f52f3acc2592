"""The chat page and the routes it uses: send as a person, see bubbles and ticks, switch persona."""
from __future__ import annotations

import asyncio
import base64

from sim_kit import PERSON, Stack, text_request

from gateway.outbound import Button, Buttons, ReadReceipt, to_request


async def test_the_chat_page_is_served_with_its_ui(stack: Stack) -> None:
    resp = await stack.client.get("/")
    assert resp.status == 200
    assert resp.content_type == "text/html"
    html = await resp.text()
    for part in ('id="chat"', 'id="text"', 'id="send-button"', 'id="list-sheet"', 'id="persona-sheet"',
                 "/_sim/static/render.js", "/_sim/static/chat.js", "/_sim/static/chat.css"):
        assert part in html
    assert "http://" not in html and "https://" not in html  # nothing from the internet
    for asset, kind in (("render.js", "javascript"), ("chat.js", "javascript"), ("chat.css", "text/css")):
        resp = await stack.client.get(f"/_sim/static/{asset}")
        assert resp.status == 200 and kind in resp.content_type
    script = await (await stack.client.get("/_sim/static/chat.js")).text()
    assert "/_sim/send" in script and "/_sim/messages" in script


async def test_config_lists_personas(stack: Stack) -> None:
    config = await (await stack.client.get("/_sim/config")).json()
    assert config["business_name"] == "Smart Panchayat"
    assert len(config["personas"]) >= 3
    assert all(p["wa_id"].isdigit() and p["name"] for p in config["personas"])


async def test_sending_from_the_page_posts_the_webhook_and_shows_ticks(stack: Stack) -> None:
    resp = await stack.client.post("/_sim/send", json={"wa_id": PERSON, "name": "Rina Das", "text": "hi"})
    assert resp.status == 202
    wamid = (await resp.json())["id"]
    await stack.sim.settle()
    [message] = stack.receiver.messages()
    assert (message["id"], message["text"]["body"]) == (wamid, "hi")
    chat = await (await stack.client.get(f"/_sim/messages?wa_id={PERSON}&after=0")).json()
    [bubble] = chat["messages"]
    assert (bubble["id"], bubble["by"], bubble["status"]) == (wamid, "person", "delivered")

    await stack.send(to_request(None, ReadReceipt(message_id=wamid, typing=True).body()))
    later = await (await stack.client.get(f"/_sim/messages?wa_id={PERSON}&after={chat['rev']}")).json()
    assert [m["status"] for m in later["messages"]] == ["read"]
    assert 0 < later["typing"] <= 25


async def test_a_tapped_button_and_a_shared_file_become_meta_messages(stack: Stack) -> None:
    reply = {"id": "tourism:cancel:B-1", "title": "Cancel", "type": "button"}
    await stack.client.post("/_sim/send", json={"wa_id": PERSON, "reply": reply, "context": "wamid.Q"})
    pdf = base64.b64encode(b"%PDF-1.4 plan").decode()
    await stack.client.post("/_sim/send", json={"wa_id": PERSON, "file": {
        "data_b64": pdf, "mime_type": "application/pdf", "filename": "plan.pdf", "caption": "site plan"}})
    await stack.client.post("/_sim/send", json={"wa_id": PERSON, "location": {"latitude": 23.6, "longitude": 87.7}})
    await stack.sim.settle()
    tapped, shared, place = sorted(stack.receiver.messages(), key=lambda m: ("interactive", "document",
                                                                              "location").index(m["type"]))
    assert tapped["interactive"]["button_reply"] == {"id": "tourism:cancel:B-1", "title": "Cancel"}
    assert tapped["context"]["id"] == "wamid.Q"
    assert shared["document"]["filename"] == "plan.pdf" and shared["document"]["caption"] == "site plan"
    download = await stack.client.get(f"/_sim/media/{shared['document']['id']}")
    assert await download.read() == b"%PDF-1.4 plan"
    assert place["location"] == {"latitude": 23.6, "longitude": 87.7}


async def test_the_page_sees_what_the_business_sent(stack: Stack) -> None:
    body = Buttons(text="Cancel the booking?", buttons=[Button(id="tourism:cancel:B-1", title="Yes")]).body()
    _, answer = await stack.send(to_request(PERSON, body))
    chat = await (await stack.client.get(f"/_sim/messages?wa_id={PERSON}&after=0")).json()
    [bubble] = chat["messages"]
    assert bubble["by"] == "business" and bubble["id"] == answer["messages"][0]["id"]
    assert bubble["content"]["interactive"]["action"]["buttons"][0]["reply"]["title"] == "Yes"
    assert "to" not in bubble["content"]


async def test_a_long_poll_returns_as_soon_as_something_arrives(stack: Stack) -> None:
    poll = asyncio.ensure_future(stack.client.get(f"/_sim/messages?wa_id={PERSON}&after=0&wait=20"))
    await asyncio.sleep(0.05)
    assert not poll.done()
    await stack.send(text_request(body="arrived"))
    chat = await (await poll).json()
    assert chat["messages"][0]["content"]["text"]["body"] == "arrived"


async def test_bad_page_requests_are_refused_with_the_reason(stack: Stack) -> None:
    cases = [
        ({"wa_id": "abc", "text": "hi"}, "wa_id"),
        ({"wa_id": PERSON}, "exactly one"),
        ({"wa_id": PERSON, "text": "hi", "reply": {"id": "a", "title": "b"}}, "exactly one"),
        ({"wa_id": PERSON, "file": {"data_b64": "%%%", "mime_type": "image/png"}}, "base64"),
    ]
    for body, reason in cases:
        resp = await stack.client.post("/_sim/send", json=body)
        assert resp.status == 400
        assert reason in await resp.text()
    assert (await stack.client.get("/_sim/messages?wa_id=x")).status == 400
    for wait in ("nan", "NaN", "inf", "-inf", "-1", "soon"):
        resp = await asyncio.wait_for(stack.client.get(f"/_sim/messages?wa_id={PERSON}&wait={wait}"), 5)
        assert resp.status == 400 and "wait" in await resp.text(), wait
    resp = await stack.client.get(f"/_sim/messages?wa_id={PERSON}&wait=0")
    assert resp.status == 200
    assert stack.receiver.posts == []
