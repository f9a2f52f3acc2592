"""One entry of ``value.messages`` for each kind of message a person can send, shaped as Meta sends it.

Every builder takes the sender's ``wa_id`` first and accepts ``id`` / ``timestamp`` (fresh ones by default)
and ``reply_to`` (the business message it answers, which Meta reports as ``context``).
"""
from __future__ import annotations

import base64
import json
import time
import uuid
from collections.abc import Mapping
from typing import Any

BUSINESS_NUMBER = "15550001111"


def wamid() -> str:
    """A fresh WhatsApp message id in Meta's form (``wamid.`` and base64)."""
    return "wamid." + base64.b64encode(b"\x15\x02\x00\x11\x18\x12" + uuid.uuid4().bytes).decode()


def now() -> str:
    return str(int(time.time()))


def message(wa_id: str, type: str, *, id: str | None = None, timestamp: str | None = None,
            reply_to: str | None = None, business_number: str = BUSINESS_NUMBER, user_id: str | None = None,
            **content: Any) -> dict[str, Any]:
    """From ``wa_id``: a number, or the business-scoped id of someone who hides theirs behind a username (sent
    alone, as ``from_user_id``); ``user_id`` adds that id beside a number, as Meta does since 2026."""
    sender = {"from": wa_id} if wa_id.isdigit() else {"from_user_id": wa_id}
    if user_id is not None:
        sender["from_user_id"] = user_id
    found: dict[str, Any] = {**sender, "id": id or wamid(), "timestamp": timestamp or now(), "type": type}
    if reply_to is not None:
        found["context"] = {"from": business_number, "id": reply_to}
    found.update(content)
    return found


def text(wa_id: str, body: str, **kw: Any) -> dict[str, Any]:
    return message(wa_id, "text", text={"body": body}, **kw)


def button_reply(wa_id: str, reply_id: str, title: str, **kw: Any) -> dict[str, Any]:
    return message(wa_id, "interactive", interactive={
        "type": "button_reply", "button_reply": {"id": reply_id, "title": title}}, **kw)


def list_reply(wa_id: str, reply_id: str, title: str, description: str | None = None, **kw: Any) -> dict[str, Any]:
    choice = {"id": reply_id, "title": title, **({"description": description} if description else {})}
    return message(wa_id, "interactive", interactive={"type": "list_reply", "list_reply": choice}, **kw)


def flow_reply(wa_id: str, response: Mapping[str, Any] | str, **kw: Any) -> dict[str, Any]:
    """A finished WhatsApp Flow (``nfm_reply``); Meta sends the answers as a JSON string."""
    answers = response if isinstance(response, str) else json.dumps(response, ensure_ascii=False)
    return message(wa_id, "interactive", interactive={
        "type": "nfm_reply", "nfm_reply": {"name": "flow", "body": "Sent", "response_json": answers}}, **kw)


def template_button(wa_id: str, payload: str, text: str, **kw: Any) -> dict[str, Any]:
    """A tapped quick-reply button of a template message: type ``button``, not ``interactive``."""
    return message(wa_id, "button", button={"payload": payload, "text": text}, **kw)


def location(wa_id: str, latitude: float, longitude: float, name: str | None = None,
             address: str | None = None, **kw: Any) -> dict[str, Any]:
    pin: dict[str, Any] = {"latitude": latitude, "longitude": longitude}
    if name:
        pin["name"] = name
    if address:
        pin["address"] = address
    return message(wa_id, "location", location=pin, **kw)


def media(wa_id: str, kind: str, media_id: str, mime_type: str, *, caption: str | None = None,
          filename: str | None = None, sha256: str = "", **kw: Any) -> dict[str, Any]:
    """An image, document, audio, video or sticker the person sent; fetch it with ``GET /{media_id}``."""
    ref: dict[str, Any] = {"id": media_id, "mime_type": mime_type, "sha256": sha256}
    if caption is not None:
        ref["caption"] = caption
    if filename is not None:
        ref["filename"] = filename
    found = message(wa_id, kind, **kw)
    found[kind] = ref
    return found


def voice(wa_id: str, media_id: str, mime_type: str = "audio/ogg; codecs=opus", **kw: Any) -> dict[str, Any]:
    """A voice note: on the Cloud API an ``audio`` message whose object says ``"voice": true``."""
    found = media(wa_id, "audio", media_id, mime_type, **kw)
    found["audio"]["voice"] = True
    return found


def contact_card(name: str, phone: str) -> dict[str, Any]:
    digits = phone.lstrip("+")
    return {"name": {"formatted_name": name, "first_name": name.split()[0]},
            "phones": [{"phone": f"+{digits}", "wa_id": digits, "type": "MOBILE"}]}


def contacts(wa_id: str, cards: list[dict[str, Any]], **kw: Any) -> dict[str, Any]:
    return message(wa_id, "contacts", contacts=cards, **kw)


def reaction(wa_id: str, message_id: str, emoji: str, **kw: Any) -> dict[str, Any]:
    return message(wa_id, "reaction", reaction={"message_id": message_id, "emoji": emoji}, **kw)


def unsupported(wa_id: str, **kw: Any) -> dict[str, Any]:
    """What Meta sends for a message type the Cloud API cannot pass on (a poll, a view-once photo…)."""
    return message(wa_id, "unsupported", errors=[{
        "code": 131051, "title": "Message type unknown", "message": "Message type unknown",
        "error_data": {"details": "Message type is currently not supported."}}], **kw)
