"""Reply buttons and list messages: the menus a person taps instead of typing.

A tap comes back to the gateway as ``button_reply`` / ``list_reply`` carrying the id, which in this project
is ``<service>:<action>[:args]`` so routing needs no state.
"""
from __future__ import annotations

from typing import Any

from gateway.outbound.base import OutboundMessage, Part


class Button(Part):
    id: str
    title: str


class Buttons(OutboundMessage):
    """Up to three reply buttons under a body text (at most 1024 characters)."""

    text: str
    buttons: list[Button]
    header: str | None = None
    footer: str | None = None

    def body(self) -> dict[str, Any]:
        action = {"buttons": [{"type": "reply", "reply": {"id": b.id, "title": b.title}} for b in self.buttons]}
        return _interactive("button", self.text, action, self.header, self.footer)


class Row(Part):
    id: str
    title: str
    description: str | None = None


class Section(Part):
    """A titled group of rows; the title may be left out only when the list has one section."""

    title: str | None = None
    rows: list[Row]


class ListMessage(OutboundMessage):
    """A list behind a button: up to 10 rows in all, over up to 10 sections."""

    text: str
    button: str
    sections: list[Section]
    header: str | None = None
    footer: str | None = None

    def body(self) -> dict[str, Any]:
        sections = [{**({"title": s.title} if s.title is not None else {}), "rows": [_row(r) for r in s.rows]}
                    for s in self.sections]
        return _interactive("list", self.text, {"button": self.button, "sections": sections},
                            self.header, self.footer)


def _row(row: Row) -> dict[str, Any]:
    found: dict[str, Any] = {"id": row.id, "title": row.title}
    if row.description:
        found["description"] = row.description
    return found


def _interactive(kind: str, text: str, action: dict[str, Any], header: str | None,
                 footer: str | None) -> dict[str, Any]:
    box: dict[str, Any] = {"type": kind}
    if header is not None:
        box["header"] = {"type": "text", "text": header}
    box["body"] = {"text": text}
    if footer is not None:
        box["footer"] = {"text": footer}
    box["action"] = action
    return {"type": "interactive", "interactive": box}
