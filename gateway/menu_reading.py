"""The main menu as one message meets it (``Menu``): the numbers services gave (their ``references``) and the words
they announced (their ``phrases``) found in what the person typed, the entries read once per message."""
from __future__ import annotations

import functools
import re
import string
import unicodedata
from typing import TYPE_CHECKING

from shared.india import plain, respelt, typed_number
from shared.runtime.spec import MenuEntry, Phrase

if TYPE_CHECKING:
    from gateway.menu import MenuBoard

_EDGES = string.whitespace + ".,;:!?।"
_MARKERS = re.compile(r"(?m)^\s*\d{1,2}[.)]\s")  # a list's "1." or "2)" at the start of a line
# a dash or slash with spaces beside it, between a number's parts: "GRV - 2026 - 000002", "BP / PUR / 2026"
_SPACED = re.compile(r"(?<=[^\W_])\s*([-/])\s*(?=[^\W_])")
_JOINING = frozenset({"and", "&", "ar", "aar", "o", "আর", "ও", "এবং", "or", "ba", "বা"})  # "GRV-1 and GRV-2"


class Menu:
    """The main menu as one message meets it: the entries are read from the store the first time the message needs
    them (a keyword never does) and kept until it is answered, however many ways its words are looked up (a number,
    a service's words, the menu shown after all)."""

    def __init__(self, board: MenuBoard):
        self._board = board
        self._entries: list[MenuEntry] | None = None
        self._scanned: tuple[str, list[tuple[MenuEntry, re.Match[str]]]] | None = None  # the text's numbers, found once
        self._claimed: tuple[str, list[tuple[MenuEntry, Phrase]]] | None = None  # the services' words it is, found once

    async def entries(self) -> list[MenuEntry]:
        if self._entries is None:
            self._entries = await self._board.entries()
        return self._entries

    async def get(self, service: str) -> MenuEntry | None:
        """A service's entry: among the entries when they were read already, otherwise its one document."""
        if self._entries is None:
            return await self._board.get(service)
        return next((entry for entry in self._entries if entry.service == service), None)

    async def owner_of(self, text: str, *, whole: bool) -> str | None:
        """The service whose ``references`` pattern matches ``text`` (anywhere in it, or the whole of it when
        ``whole``), or None. Only text with a digit is looked at: every reference carries a number."""
        found = await self.reference(text, whole=whole)
        return found[0] if found is not None else None

    async def reference(self, text: str, *, whole: bool) -> tuple[str, str] | None:
        """The service a number in ``text`` belongs to (see ``owner_of``) and the number as typed (its group
        ``number`` when the pattern has one and it took part in the match, the whole match otherwise), for the
        service to read in its own way."""
        if not whole:  # the first service's first number: the scan ``references`` makes too, made once
            first = next(iter(await self._matches(text)), None)
            return (first[0].service, _number(first[1])) if first is not None else None
        if not any(ch.isdigit() for ch in text):
            return None
        typed = _typed(text).strip(_EDGES)
        for entry in await self.entries():
            if entry.references and (found := _compiled(entry.references).fullmatch(typed)) is not None:
                return entry.service, _number(found)
        return None

    async def references(self, text: str) -> list[tuple[str, str]]:
        """Every number services gave that ``text`` holds, as ``reference`` finds one, in the order typed and each
        once (``GRV-2026-000001`` and ``grv 2026 1`` are one)."""
        found: dict[str, tuple[int, str, str]] = {}
        for entry, match in await self._matches(text):
            number = _number(match)
            found.setdefault(_same(number), (match.start(), entry.service, number))
        return [(service, number) for _, service, number in sorted(found.values())]

    async def numbers_only(self, text: str) -> bool:
        """Whether ``text`` is numbers services gave and nothing else but the words that join them ("and", "আর")."""
        typed = _typed(text)
        for _, match in await self._matches(text):
            typed = typed.replace(match.group(0), " ")
        typed = _MARKERS.sub(" ", typed)  # "1. GRV-…⏎2. GRV-…": a list as people write one
        return set(plain(typed).replace(",", " ").split()) <= _JOINING

    async def _matches(self, text: str) -> list[tuple[MenuEntry, re.Match[str]]]:
        """Every number services gave in ``text``: the services in the menu's order, each one's in the order typed.
        Scanned once for the message, however many ways it is asked (one number, several, nothing else)."""
        if not any(ch.isdigit() for ch in text):
            return []
        if self._scanned is None or self._scanned[0] != text:
            typed = _typed(text)
            self._scanned = text, [(entry, match) for entry in await self.entries() if entry.references
                                   for match in _compiled(entry.references).finditer(typed)]
        return self._scanned[1]

    async def asked_for(self, text: str, *, within: str | None = None) -> str | None:
        """The tap ``<service>:<action>`` of the first ``phrases`` entry that finds ``text`` (compared as keywords
        are, ``plain``, misspelt words respelt: ``respelt``), services in the menu's order; None when no service
        announced such words. ``within``: the service whose conversation the person is in, whose answer the words are
        unless another service announced them to be taken from there (``Phrase.across``), the whole message: "what
        about my complaint?" mid-booking."""
        if within is None:
            return next(iter(await self.claims(text)), None)
        said = respelt(plain(text))
        return next((tap for service, tap, pattern in await self._board.across()
                     if service != within and pattern.fullmatch(said)), None)

    async def claims(self, text: str) -> list[str]:
        """Each service's tap that its first ``phrases`` entry finding ``text`` asks for, services in the menu's
        order: two or more when the words are claimed by several ("send the letter again": building permission's
        letter or trade NOC's certificate). Scanned once for the message, however often it is asked."""
        return [f"{entry.service}:{phrase.action}" for entry, phrase in await self._phrases(text)]

    async def answered(self, text: str) -> tuple[MenuEntry, Phrase] | None:
        """The first service's phrase finding ``text`` (``asked_for``'s) when it answers the words before it takes
        the person anywhere (``Phrase.says``: "current nei", a power cut, is the electricity company's), with its
        service's entry; None otherwise."""
        first = next(iter(await self._phrases(text)), None)
        return first if first is not None and first[1].says else None

    async def _phrases(self, text: str) -> list[tuple[MenuEntry, Phrase]]:
        if self._claimed is None or self._claimed[0] != text:
            said = respelt(plain(text))
            self._claimed = text, [
                (entry, phrase) for entry in await self.entries()
                if (phrase := next((p for p in entry.phrases if phrase_pattern(p.pattern).search(said)), None))
                is not None]
        return self._claimed[1]

    async def taker_of_wordless(self) -> str | None:
        """The one service that takes a photo, voice note, document or place sent outside any conversation
        (``takes_wordless``); None when no service, or more than one, announced it: nobody can tell which is meant."""
        takers = [entry.service for entry in await self.entries() if entry.takes_wordless]
        return takers[0] if len(takers) == 1 else None

    async def language_words(self, text: str) -> str:
        """``text`` without the numbers services give people: their letters (BP, TNOC, GRV) say nothing of the
        language the person writes in. A reference's own words stay (``download`` before a number: the group
        ``number`` of its pattern, when it has one, is all that goes)."""
        if not any(ch.isdigit() for ch in text):
            return text
        typed = _typed(text)
        for entry in await self.entries():
            if entry.references:
                typed = _compiled(entry.references).sub(_number_out, typed)
        return typed


def _typed(text: str) -> str:
    """What a person typed where a number is looked for (``typed_number``), the spaces around a dash or slash between
    two of its parts left out: "GRV - 2026 - 000002" and "grv-2026 - 2" are read as "GRV-2026-000002" is."""
    return _SPACED.sub(r"\1", typed_number(text))


@functools.lru_cache(maxsize=64)
def _compiled(references: str) -> re.Pattern[str]:
    return re.compile(references, re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def phrase_pattern(pattern: str) -> re.Pattern[str]:
    """A service's phrase as the typed words it is compared with are written (NFKC), compiled once."""
    return _compiled(unicodedata.normalize("NFKC", pattern))


def _number(match: re.Match[str]) -> str:
    """The number as typed: the pattern's group ``number`` when it has one that took part, else the whole match."""
    return ((match.group("number") if "number" in match.re.groupindex else None) or match.group(0)).strip()


def _same(number: str) -> str:
    """A number as compared with another: case, separators and the leading zeros of its parts left out."""
    return re.sub(r"[\W_]+", "", re.sub(r"\b0+(?=\d)", "", number)).upper()


def _number_out(match: re.Match[str]) -> str:
    if "number" not in match.re.groupindex:
        return " "
    start, end = match.span("number")
    whole = match.start()
    return f"{match.string[whole:start]} {match.string[end:match.end()]}"
