"""Chat messages fitted to Meta's limits where their words come from data.

The ``gateway.outbound`` models refuse anything Meta would refuse. Names from a catalog or a directory, and
words a person typed, can be longer than a row or button title allows; the services shorten those with an
ellipsis rather than have the message refused, since a list the person cannot see is worse than a
shortened name (the full name is in the body or the next step). Every service builds its replies here.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from gateway.outbound import Button, Buttons, ListMessage, OutboundMessage, Section, Template, Text, limits
from gateway.outbound import Row as ListRow
from shared.templates import registered

ROWS_MAX = limits.ROWS_MAX
JOINS_NEXT = frozenset("\u09cd\u200c\u200d")  # the Bengali hasanta and the (non-)joiner bind the next letter
_TRAILING = " \n\t,;:-–—·/"  # what a shortened text does not end in before its ellipsis


def fit(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters."""
    return fit_block(" ".join(text.split()), limit)


def fit_block(text: str, limit: int) -> str:
    """Like ``fit`` but keeps the line breaks a message body is laid out in. Shortened after the last whole word
    when that keeps more than half of what fits ("Tinchuley Village…", not "Tinchuley Village Touri…"), otherwise
    after the last whole letter; never ending in a comma or a dash before the ellipsis."""
    if len(text) <= limit:
        return text
    cut = _whole_letters(text, limit - 1)
    space = max(text.rfind(gap, 0, cut + 1) for gap in " \n")
    kept = text[:space if space > cut // 2 else cut]
    return kept.rstrip(_TRAILING) + "…"


def _whole_letters(text: str, cut: int) -> int:
    """``cut`` moved back to the start of the letter it falls in: a Bengali conjunct or a letter with its
    vowel sign is never split, so a shortened word never ends in a bare hasanta (বাঘমুন্…) or loses its
    vowel sign (কা → ক)."""
    while cut > 0 and (unicodedata.category(text[cut])[0] == "M" or text[cut - 1] in JOINS_NEXT):
        cut -= 1
    return cut


@dataclass(frozen=True)
class Row:
    id: str
    title: str
    description: str = ""


def text(body: str) -> OutboundMessage:
    return Text(text=fit_block(body, limits.TEXT_BODY))


def text_parts(body: str) -> list[OutboundMessage]:
    """``body`` as text messages: one when it fits, else as many as it takes (``pieces``), for words that must be
    read whole: a report, an official's answer."""
    return [Text(text=part) for part in pieces(body, limits.TEXT_BODY)]


def pieces(body: str, limit: int) -> list[str]:
    """``body`` in pieces of at most ``limit`` characters, each broken at the end of a line (or else at a space)
    near the limit, else at the limit; none lost, none empty."""
    parts: list[str] = []
    rest = body.strip()
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit + 1)
        if cut < limit // 2:
            cut = rest.rfind(" ", 0, limit + 1)
        if cut < limit // 2:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].strip()
    return [part for part in (*parts, rest) if part]


def buttons_or_parts(body: str, choices: Sequence[tuple[str, str]], ask: str, *,
                     whole: str | None = None) -> list[OutboundMessage]:
    """Reply buttons under ``body`` when it fits their 1,024 characters; else ``whole`` (``body`` unless given)
    as text first, whole (``text_parts``), and the buttons after it under ``ask``: for a report, an official's
    answer or a case's history, which must be read to the end."""
    if len(body) <= limits.BUTTONS_BODY:
        return [buttons(body, choices)]
    return [*text_parts(body if whole is None else whole), buttons(ask, choices)]


def buttons(body: str, choices: Sequence[tuple[str, str]]) -> OutboundMessage:
    return Buttons(text=fit_block(body, limits.BUTTONS_BODY),
                   buttons=[Button(id=id, title=fit(title, limits.BUTTON_TITLE)) for id, title in choices])


def rows_list(body: str, button: str, section: str, rows: Sequence[Row | tuple[str, str, str]]) -> OutboundMessage:
    """A list message of ``rows`` (``Row`` or ``(id, title, description)``); the caller keeps to ``ROWS_MAX``."""
    shaped = [ListRow(id=r.id, title=fit(r.title, limits.ROW_TITLE),
                      description=fit(r.description, limits.ROW_DESCRIPTION) if r.description else None)
              for r in (row if isinstance(row, Row) else Row(*row) for row in rows)]
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


def document(filename: str, caption: str) -> dict[str, Any]:
    """The message a generated document goes out as: the sender uploads the file and puts in its media id,
    so there is no id yet and the body stays a plain placeholder."""
    return {"type": "document", "document": {"filename": filename[: limits.FILENAME],
                                             "caption": fit_block(caption, limits.CAPTION)}}


def image(caption: str) -> dict[str, Any]:
    """The message a photo goes out as: the sender uploads it and puts in its media id (``document_body``)."""
    return {"type": "image", "image": {"caption": fit_block(caption, limits.CAPTION)}}


def template(name: str, lang: str, parameters: Sequence[str]) -> OutboundMessage:
    """An approved template (``shared.templates`` lists them), used by the sender when the 24-hour window is
    closed. Meta refuses line breaks and runs of spaces in a parameter, so each is put on one line; an empty
    one, so a parameter with no words (a reason of spaces only) is shown as "-"; and a body longer than its
    1,024 characters once the parameters are in (132005), so the longest (an action-taken report, a reason)
    are shortened until the whole notice fits."""
    language = "bn" if lang == "bn" else "en"
    spec = registered(name, len(parameters))
    params = [fit(p, limits.TEMPLATE_PARAM) or "-" for p in parameters]
    room = limits.TEMPLATE_BODY - len(spec.filled(language, ("",) * len(params)))
    return Template(name=name, language=language, params=_within(params, room))


def _within(params: list[str], room: int) -> list[str]:
    """``params`` shortened, the longest first, until together they take at most ``room`` characters."""
    while (over := sum(map(len, params)) - room) > 0:
        longest = max(range(len(params)), key=lambda n: len(params[n]))
        if len(params[longest]) <= 1:
            break
        params[longest] = fit(params[longest], max(len(params[longest]) - over, 1))
    return params
