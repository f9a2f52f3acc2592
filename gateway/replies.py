"""The shell's messages, in the person's language, as typed Cloud API messages (``gateway.outbound``).

Kept apart from the decisions in ``shell`` so that what is said (texts.json) and how it is shaped
(Meta's message types, whose limits the models check when built) can be read and tested on their own.
"""
from __future__ import annotations

from collections.abc import Sequence

from gateway.outbound import Button, Buttons, ListMessage, OutboundMessage, Row, Section, Text
from shared.chat import Lang
from shared.runtime.spec import MenuEntry
from shared.texts import Catalog

MAX_ROWS = 10
PER_PAGE = MAX_ROWS - 1  # a paged menu keeps one row for "more"


def text(body: str) -> Text:
    return Text(text=body)


def language_question(texts: Catalog, guess: Lang, *, unread: bool = False) -> Buttons:
    """Both languages in the question; the guessed language's button comes first. ``unread``: the person's first
    message said something (a problem in words, a photo): it is told that no office got it and where to send it."""
    buttons = [Button(id="shell:lang:bn", title=texts("lang_bn", guess)),
               Button(id="shell:lang:en", title=texts("lang_en", guess))]
    if guess == "en":
        buttons.reverse()
    question = texts("lang_question", guess)
    return Buttons(text=f"{question}\n\n{texts('lang_unread', guess)}" if unread else question, buttons=buttons)


def main_menu(texts: Catalog, lang: Lang, intro: str, entries: Sequence[MenuEntry],
              page: int = 0) -> OutboundMessage:
    """A list of the announced services (paged past ten), or a plain text when none is running."""
    if not entries:
        return text(f"{texts(intro, lang)}\n\n{texts('menu_empty', lang)}")
    shown, following = _page(entries, page)
    rows = [Row(id=e.id, title=e.title[lang], description=e.description.get(lang) or None) for e in shown]
    if following is not None:
        rows.append(Row(id=f"shell:menu:{following}", title=texts("menu_more", lang),
                        description=texts("menu_more_hint", lang)))
    return ListMessage(text=f"{texts(intro, lang)}\n\n{texts('menu_choose', lang)}",
                       button=texts("menu_button", lang),
                       sections=[Section(title=texts("menu_section", lang), rows=rows)])


def _page(entries: Sequence[MenuEntry], page: int) -> tuple[Sequence[MenuEntry], int | None]:
    """The entries on ``page`` (the first page when it is past the end) and the page "more" opens: the next
    one, wrapping round to the first, so every service stays reachable without typing."""
    if len(entries) <= MAX_ROWS:
        return entries, None
    page = page if 0 <= page * PER_PAGE < len(entries) else 0
    shown = entries[page * PER_PAGE:(page + 1) * PER_PAGE]
    return shown, page + 1 if (page + 1) * PER_PAGE < len(entries) else 0
