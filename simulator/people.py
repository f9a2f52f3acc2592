"""What a simulated person does on their phone: type, tap a choice, share a place or a file.

Each action shows the bubble at once (one grey tick) and then posts the signed webhook; the gateway's 200
turns it into two ticks, a refusal into a failed bubble. ``prepare`` + ``deliver`` are separate so the chat
page can answer immediately and deliver in the background; tests ``await`` the whole action instead.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any, Literal

from simulator import webhooks
from simulator.core import SimulatorState
from simulator.media import kind_of

ReplyKind = Literal["button", "list", "template"]


@dataclass(frozen=True)
class Sent:
    """A person's message and what the gateway answered (None: it could not be reached)."""

    id: str
    status: int | None
    message: dict[str, Any]

    @property
    def delivered(self) -> bool:
        return self.status == 200


class People:
    def __init__(self, state: SimulatorState):
        self._state = state
        self._names: dict[str, str] = {p.wa_id: p.name for p in state.config.personas}

    def prepare(self, message: dict[str, Any], name: str | None = None) -> dict[str, Any]:
        wa_id = str(message["from"])
        if name:
            self._names[wa_id] = name
        self._state.chats.add(wa_id, "person", str(message["id"]), message, "sent")
        return message

    async def deliver(self, message: dict[str, Any]) -> Sent:
        wa_id = str(message["from"])
        status = await self._state.post(messages=[message], names={wa_id: self._names.get(wa_id, "WhatsApp User")})
        self._state.chats.set_status(str(message["id"]), "delivered" if status == 200 else "failed")
        return Sent(str(message["id"]), status, message)

    async def say(self, wa_id: str, text: str, *, name: str | None = None, reply_to: str | None = None) -> Sent:
        return await self.deliver(self.prepare(webhooks.text(wa_id, text, reply_to=reply_to), name))

    async def tap(self, wa_id: str, reply_id: str, title: str, *, kind: ReplyKind = "button",
                  description: str | None = None, reply_to: str | None = None, name: str | None = None) -> Sent:
        return await self.deliver(self.prepare(choice(wa_id, reply_id, title, kind=kind, description=description,
                                                      reply_to=reply_to), name))

    def file(self, wa_id: str, data: bytes, mime_type: str, *, filename: str | None = None,
             caption: str | None = None, reply_to: str | None = None, as_document: bool = False) -> dict[str, Any]:
        """Upload a file as the person's phone would and build the message that carries it (``as_document``: a
        document message, a photo's type and name with it, as a phone sends a photo attached as a document)."""
        media = self._state.media.put(data, mime_type, filename)
        kind = kind_of(mime_type, as_document=as_document)
        return webhooks.media(wa_id, kind, media.id, mime_type, caption=caption,
                              filename=filename if kind == "document" else None, sha256=_b64_sha(media.sha256),
                              reply_to=reply_to)


def choice(wa_id: str, reply_id: str, title: str, *, kind: ReplyKind = "button", description: str | None = None,
           reply_to: str | None = None) -> dict[str, Any]:
    """The webhook message for a tapped reply button, list row, or template quick-reply button."""
    if kind == "list":
        return webhooks.list_reply(wa_id, reply_id, title, description, reply_to=reply_to)
    if kind == "template":
        return webhooks.template_button(wa_id, reply_id, title, reply_to=reply_to)
    return webhooks.button_reply(wa_id, reply_id, title, reply_to=reply_to)


def _b64_sha(hex_digest: str) -> str:
    """Meta reports a received file's sha256 in base64."""
    return base64.b64encode(bytes.fromhex(hex_digest)).decode()
