"""The casework chat's messages as ``gateway.outbound`` models, cut to Meta's limits where the words come
from records (names, numbers) rather than from the catalog, so a long name shortens instead of failing."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gateway.outbound import Button, Buttons, ListMessage, OutboundMessage, Row, Section, Template, Text, limits


def fit(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def cut(text: str, limit: int) -> str:
    """Like ``fit`` but keeps the line breaks of a message body."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def text(body: str) -> OutboundMessage:
    return Text(text=cut(body, limits.TEXT_BODY))


def buttons(body: str, choices: Sequence[tuple[str, str]]) -> OutboundMessage:
    return Buttons(text=cut(body, limits.BUTTONS_BODY),
                   buttons=[Button(id=id, title=fit(title, limits.BUTTON_TITLE)) for id, title in choices])


def rows(body: str, button: str, section: str, choices: Sequence[tuple[str, str, str]]) -> OutboundMessage:
    """A list of ``(id, title, description)``; the caller keeps to ``limits.ROWS_MAX`` rows."""
    shaped = [Row(id=id, title=fit(title, limits.ROW_TITLE), description=fit(about, limits.ROW_DESCRIPTION) or None)
              for id, title, about in choices]
    return ListMessage(text=cut(body, limits.LIST_BODY), button=fit(button, limits.LIST_BUTTON),
                       sections=[Section(title=fit(section, limits.SECTION_TITLE), rows=shaped)])


def document(filename: str, caption: str) -> dict[str, Any]:
    """The placeholder body of a generated document; the sender uploads the file and adds its media id."""
    return {"type": "document", "document": {"filename": filename[: limits.FILENAME],
                                             "caption": cut(caption, limits.CAPTION)}}


def template(name: str, lang: str, parameters: Sequence[str]) -> OutboundMessage:
    """An approved template for when the 24-hour window is closed; parameters kept to one line each."""
    return Template(name=name, language="bn" if lang == "bn" else "en",
                    params=[fit(p, limits.TEMPLATE_PARAM) for p in parameters])
