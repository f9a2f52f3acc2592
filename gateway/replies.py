"""The shell's messages, in the person's language, as typed Cloud API messages (``gateway.outbound``).

Kept apart from the decisions in ``shell`` so that what is said (texts.json) and how it is shaped
(Meta's message types, whose limits the models check when built) can be read and tested on their own.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from gateway.outbound import Button, Buttons, ListMessage, OutboundMessage, Row, Section, Text
from gateway.scripts import Script
from shared.chat import Lang
from shared.india import local_digits
from shared.runtime.spec import MenuEntry, Phrase
from shared.texts import Catalog

MAX_ROWS = 10
ROW_TITLE = 24  # WhatsApp's longest row title
PER_PAGE = MAX_ROWS - 1  # a paged menu keeps one row for "more"
LEFT_NAMED = 40  # numbers past a list's rows named in its text, well inside its 4096 characters
SCRIPT_LINES: dict[Script, str] = {"deva": "script_deva", "arab": "script_arab"}  # the lines in Hindi, in Urdu


def text(body: str) -> Text:
    return Text(text=body)


def language_question(texts: Catalog, guess: Lang, *, unread: bool = False, kept: MenuEntry | None = None,
                      asks: bool = False, script: Script | None = None, change: bool = False,
                      tap_first: bool = False, answered: bool = False) -> Buttons:
    """Both languages in the question; the guessed language's button comes first. ``unread``: the person's first
    message said something (a problem in words, a photo): it is told that no office got it and where to send it,
    or, its words ``kept`` for that service, that one tap after the language sends them there; ``asks``: the words
    named that service's choice, and the language chosen takes the person there. ``script``: the
    message was written in one the service does not read: the question says it answers in Bengali and English
    only (``in_script``); ``change``: asked by someone who chose one already ("language"): no welcome; ``tap_first``:
    asked again of a first-timer who typed a name or a number for it: tap a language first, what they typed went
    nowhere; ``answered``: the words are the gateway's to answer (``gateway.kinds.from_words``: "holding tax koto"),
    in the language chosen."""
    buttons = [Button(id="shell:lang:bn", title=texts("lang_bn", guess)),
               Button(id="shell:lang:en", title=texts("lang_en", guess))]
    if guess == "en":
        buttons.reverse()
    question = texts("lang_other_script" if script else "lang_change" if change else "lang_question", guess)
    if tap_first:
        question = texts("lang_tap_first", guess)
    said = texts("lang_unread", guess)
    if answered:
        said = texts("lang_answered", guess)
    elif kept is not None:
        said = texts("lang_asked" if asks else "lang_unread_kept", guess, title_bn=kept.title["bn"],
                     title_en=kept.title["en"])
    return Buttons(text=in_script(texts, script, f"{question}\n\n{said}" if unread or answered else question, guess),
                   buttons=buttons)


def in_script(texts: Catalog, script: Script | None, said: str, lang: Lang) -> str:
    """``said`` under a line in the main language of the ``script`` the person wrote in, saying the service answers
    in Bengali and English (Hindi for Devanagari, Urdu for Arabic script); no line where we have none (Ol Chiki:
    none we could vouch for in Santali), or when the person wrote in Bengali or Latin letters."""
    key = SCRIPT_LINES.get(script) if script is not None else None
    return f"{texts(key, lang)}\n\n{said}" if key is not None else said


def main_menu(texts: Catalog, lang: Lang, intro: str, entries: Sequence[MenuEntry], page: int = 0, *,
              kept: MenuEntry | None = None, left: MenuEntry | None = None, script: Script | None = None,
              said: Mapping[str, str] | None = None) -> OutboundMessage:
    """A list of the announced services (paged past ten), or a plain text when none is running. ``kept``: the
    service the person's words, which no service took, can be sent to, offered first; ``left``: the service whose
    conversation the person left for the menu, where what they were doing is kept (``shared.runtime.resume``);
    ``script``: the one the person wrote in, which the service does not read (``in_script``); ``said``: what the
    intro's text names ("the list has {count} rows")."""
    if not entries:
        return text(in_script(texts, script, f"{texts(intro, lang)}\n\n{texts('menu_empty', lang)}", lang))
    shown, following = _page(entries, page, room=PER_PAGE if kept is None else PER_PAGE - 1)
    rows = [Row(id=e.id, title=e.title[lang], description=e.description.get(lang) or None) for e in shown]
    if following is not None:
        rows.append(Row(id=f"shell:menu:{following}", title=texts("menu_more", lang),
                        description=texts("menu_more_hint", lang)))
    sections = [Section(title=texts("menu_section", lang), rows=rows)]
    intro_text = texts(intro, lang, **(said or {}))
    if left is not None:
        intro_text += "\n" + texts("menu_left", lang, title=left.title[lang])
    if kept is not None:
        title = kept.title[lang]
        intro_text += "\n" + texts("menu_kept", lang, title=title)
        send = Row(id="shell:unread", title=texts("kept_send", lang), description=texts("kept_send_hint", lang,
                                                                                         title=title))
        sections.insert(0, Section(title=texts("kept_section", lang), rows=[send]))
    return ListMessage(text=in_script(texts, script, f"{intro_text}\n\n{texts('menu_choose', lang)}", lang),
                       button=texts("menu_button", lang), sections=sections)


def row_ids(message: ListMessage) -> list[str]:
    """The ids of a list's rows, in the order they are numbered."""
    return [row.id for section in message.sections for row in section.rows]


def numbers(texts: Catalog, lang: Lang, found: Sequence[tuple[str, str]],
            entries: Sequence[MenuEntry]) -> ListMessage:
    """The numbers services gave that one message held, ``(service, number)``, each a row whose tap is its View;
    past the ten rows a list holds, the others are named, to be sent again."""
    titles = {entry.service: entry.title[lang] for entry in entries}
    rows = [Row(id=f"{service}:view:{number}", title=" ".join(number.split())[:ROW_TITLE],
                description=titles.get(service)) for service, number in found[:MAX_ROWS]]
    count = local_digits(str(len(found)), lang)
    if len(found) <= MAX_ROWS:
        said = texts("numbers", lang, count=count)
    else:
        left = [" ".join(number.split()) for _, number in found[MAX_ROWS:]]
        named = ", ".join(left[:LEFT_NAMED]) + (", …" if len(left) > LEFT_NAMED else "")
        said = texts("numbers_left", lang, count=count, shown=local_digits(str(MAX_ROWS), lang), left=named)
    return ListMessage(text=said, button=texts("numbers_button", lang), sections=[Section(rows=rows)])


CLAIMED = "claimed"  # a row of the list asking which service words are for: ``shell:claimed:<service>:<action>``


def claimed(texts: Catalog, lang: Lang, taps: Sequence[str], entries: Sequence[MenuEntry]) -> ListMessage:
    """Words several services announced, typed at the menu: which service is meant, a row each, its tap the one the
    words ask for there (``<service>:<action>``) behind the shell's ``claimed``, which hands it on with the words."""
    titles = {entry.service: entry for entry in entries}
    rows = [Row(id=f"shell:{CLAIMED}:{tap}", title=titles[tap.split(":", 1)[0]].title[lang],
                description=titles[tap.split(":", 1)[0]].description.get(lang) or None) for tap in taps[:MAX_ROWS]]
    return ListMessage(text=texts("claimed", lang), button=texts("claimed_button", lang), sections=[Section(rows=rows)])


def answered(texts: Catalog, lang: Lang, entry: MenuEntry, phrase: Phrase, *, guessed: bool = False) -> Buttons:
    """A service's answer to words meaning something it does not do (``Phrase.says``), its choice near it a button
    (``<service>:<action>``) beside the main menu's; ``guessed``: the language was taken from these words, and how to
    change it is said."""
    said = phrase.says[lang] + (f"\n\n{texts('intro_lang_kept', lang)}" if guessed else "")
    return Buttons(text=said, buttons=[Button(id=f"{entry.service}:{phrase.action}", title=phrase.offer[lang]),
                                       Button(id="shell:menu", title=texts("btn_menu", lang))])


def first_rows(entries: Sequence[MenuEntry], *, kept: bool) -> list[str]:
    """The ids of the main menu's rows as its first page shows them, top to bottom (``main_menu``): what a number
    typed at the menu picks, 1 the top row."""
    shown, following = _page(entries, 0, room=PER_PAGE if not kept else PER_PAGE - 1)
    return ((["shell:unread"] if kept else []) + [entry.id for entry in shown]
            + ([f"shell:menu:{following}"] if following is not None else []))


def _page(entries: Sequence[MenuEntry], page: int, *, room: int = PER_PAGE) -> tuple[Sequence[MenuEntry], int | None]:
    """The entries on ``page`` (the first page when it is past the end), ``room`` at most when they do not all fit
    beside the rows that are no service, and the page "more" opens: the next one, wrapping round to the first, so
    every service stays reachable without typing."""
    if len(entries) <= room + 1:
        return entries, None
    page = page if 0 <= page * room < len(entries) else 0
    shown = entries[page * room:(page + 1) * room]
    return shown, page + 1 if (page + 1) * room < len(entries) else 0
