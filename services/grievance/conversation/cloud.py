"""The grievance chat's messages as ``gateway.outbound`` models, fitted to Meta's limits where words come
from data (place names, a person's own description): those are shortened with an ellipsis rather than
refused, since a list the person cannot see is worse than a shortened name."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gateway.outbound import Button, Buttons, ListMessage, OutboundMessage, Section, Template, Text, limits
from gateway.outbound import Row as ListRow

ROWS_MAX = limits.ROWS_MAX


def fit(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fit_block(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Row:
    id: str
    title: str
    description: str = ""


def text(body: str) -> OutboundMessage:
    return Text(text=fit_block(body, limits.TEXT_BODY))


def buttons(body: str, choices: Sequence[tuple[str, str]]) -> OutboundMessage:
    return Buttons(text=fit_block(body, limits.BUTTONS_BODY),
                   buttons=[Button(id=id, title=fit(title, limits.BUTTON_TITLE)) for id, title in choices])


def rows_list(body: str, button: str, section: str, rows: Sequence[Row]) -> OutboundMessage:
    shaped = [ListRow(id=r.id, title=fit(r.title, limits.ROW_TITLE),
                      description=fit(r.description, limits.ROW_DESCRIPTION) if r.description else None)
              for r in rows]
    return ListMessage(text=fit_block(body, limits.LIST_BODY), button=fit(button, limits.LIST_BUTTON),
                       sections=[Section(title=fit(section, limits.SECTION_TITLE), rows=shaped)])


def page_of(rows: Sequence[Row], page: int, more: Row) -> list[Row]:
    """The rows of ``page`` plus a "more" row (its id gets the next page, wrapping round) when they do not fit."""
    if len(rows) <= ROWS_MAX:
        return list(rows)
    per = ROWS_MAX - 1
    page = page if 0 <= page * per < len(rows) else 0
    following = page + 1 if (page + 1) * per < len(rows) else 0
    return [*rows[page * per:(page + 1) * per], Row(f"{more.id}:{following}", more.title, more.description)]


def template(name: str, lang: str, parameters: Sequence[str]) -> OutboundMessage:
    """An approved template, used by the sender when the 24-hour window is closed."""
    return Template(name=name, language="bn" if lang == "bn" else "en",
                    params=[fit(p, limits.TEMPLATE_PARAM) for p in parameters])
