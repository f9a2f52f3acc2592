"""Text, documents, templates and read receipts.

``Template`` is what a business-initiated message falls back to outside the 24-hour window; its quick-reply
payloads come back as a ``button`` message carrying the payload, so they follow the same reply-id scheme.
"""
from __future__ import annotations

from typing import Any

from pydantic import Field

from gateway.outbound.base import OutboundMessage


class Text(OutboundMessage):
    text: str
    preview_url: bool = False

    def body(self) -> dict[str, Any]:
        text: dict[str, Any] = {"body": self.text}
        if self.preview_url:
            text["preview_url"] = True
        return {"type": "text", "text": text}


class Document(OutboundMessage):
    """A file by uploaded media id (what the sender does with generated PDFs) or by public link."""

    media_id: str | None = None
    link: str | None = None
    filename: str | None = None
    caption: str | None = None

    def body(self) -> dict[str, Any]:
        doc: dict[str, Any] = {}
        if self.media_id is not None:
            doc["id"] = self.media_id
        if self.link is not None:
            doc["link"] = self.link
        if self.filename is not None:
            doc["filename"] = self.filename
        if self.caption is not None:
            doc["caption"] = self.caption
        return {"type": "document", "document": doc}


class Template(OutboundMessage):
    """An approved template: positional body parameters ({{1}}, {{2}}, …) and quick-reply payloads in
    button order."""

    name: str
    language: str = "bn"
    params: list[str] = Field(default_factory=list)
    quick_replies: list[str] = Field(default_factory=list)

    def body(self) -> dict[str, Any]:
        components: list[dict[str, Any]] = []
        if self.params:
            components.append({"type": "body", "parameters": [{"type": "text", "text": p} for p in self.params]})
        for index, payload in enumerate(self.quick_replies):
            components.append({"type": "button", "sub_type": "quick_reply", "index": str(index),
                               "parameters": [{"type": "payload", "payload": payload}]})
        template: dict[str, Any] = {"name": self.name, "language": {"code": self.language}}
        if components:
            template["components"] = components
        return {"type": "template", "template": template}


class ReadReceipt(OutboundMessage):
    """Blue ticks on the person's message; ``typing`` also shows the typing dots until the reply (or 25 s)."""

    message_id: str
    typing: bool = False

    def body(self) -> dict[str, Any]:
        receipt: dict[str, Any] = {"status": "read", "message_id": self.message_id}
        if self.typing:
            receipt["typing_indicator"] = {"type": "text"}
        return receipt

    @staticmethod
    def marked_by(body: dict[str, Any]) -> str | None:
        """The wamid a message body marks read, when it is a read receipt's body rather than a new message."""
        if body.get("status") == "read" and body.get("message_id"):
            return str(body["message_id"])
        return None
