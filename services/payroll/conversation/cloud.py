"""The payroll chat's messages as ``gateway.outbound`` models, which refuse anything Meta would refuse.
Names come from data (an employee's, an office's) and may be long: they are shortened, not refused."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gateway.outbound import Button, Buttons, ListMessage, OutboundMessage, Section, Template, Text, limits
from gateway.outbound import Row as ListRow

ROWS_MAX = limits.ROWS_MAX


def fit(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _block(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def text(body: str) -> OutboundMessage:
    return Text(text=_block(body, limits.TEXT_BODY))


def buttons(body: str, choices: Sequence[tuple[str, str]]) -> OutboundMessage:
    return Buttons(text=_block(body, limits.BUTTONS_BODY),
                   buttons=[Button(id=id, title=fit(title, limits.BUTTON_TITLE)) for id, title in choices])


def rows_list(body: str, button: str, section: str, rows: Sequence[tuple[str, str, str]]) -> OutboundMessage:
    """``rows``: (id, title, description)."""
    shaped = [ListRow(id=id, title=fit(title, limits.ROW_TITLE),
                      description=fit(about, limits.ROW_DESCRIPTION) if about else None) for id, title, about in rows]
    return ListMessage(text=_block(body, limits.LIST_BODY), button=fit(button, limits.LIST_BUTTON),
                       sections=[Section(title=fit(section, limits.SECTION_TITLE), rows=shaped)])


def document(filename: str, caption: str) -> dict[str, Any]:
    """The sender uploads the attached file and puts its media id in; until then the body has none."""
    return {"type": "document", "document": {"filename": filename[: limits.FILENAME],
                                             "caption": _block(caption, limits.CAPTION)}}


def template(name: str, lang: str, parameters: Sequence[str]) -> OutboundMessage:
    return Template(name=name, language="bn" if lang == "bn" else "en",
                    params=[fit(p, limits.TEMPLATE_PARAM) for p in parameters])
