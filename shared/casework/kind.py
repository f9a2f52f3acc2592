"""What a service declares to get the casework chat, store access and back office for its records.

A ``Kind`` is plain data and functions: the record model, how its numbers are written, the letter it
issues and the events it tells other departments. Nothing here knows about permits or trades.
"""
from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel

from shared.casework.case import Case, StatusChange
from shared.casework.letters import spellings
from shared.documents import Document
from shared.documents.records import PublicPlot
from shared.india import typed_number
from shared.store import Store

C = TypeVar("C", bound=Case)
Event = tuple[str, BaseModel]


@dataclass(frozen=True)
class NumberFormat:
    """How a case number is written, and how to read it back from what a person typed.

    ``pattern`` matches the number loosely (any case, ``/``, ``-``, ``.`` or spaces between the parts,
    the serial with or without its leading zeros); ``canonical`` writes the match in the one stored form.
    ``prefix`` recognises an attempt at such a number, so a malformed one is answered with the format.
    Digits of any script (``২০২৬`` from a Bengali keyboard) are read as the same numbers, and dashes and slashes
    of any form (an en dash, a non-breaking hyphen from a copied slip) as the plain ones, before matching, so
    every part of the number, not only the serial, comes out in the stored form.
    """

    example: str
    lead: str  # the prefix as the office writes it, a regular expression (``BP``, ``T?\s*NOC``)
    body: str  # the number after its prefix (``PUR/2026/123``), a regular expression of the groups ``canonical`` reads
    canonical: Callable[[re.Match[str]], str]
    prefix: re.Pattern[str]
    # the prefix as it is spelt in Bengali letters (বিপি for BP), read as its Latin letters: the office's prefixes
    # are few and known, where a district code in Bengali letters (পুর) could be any of several written alike, and
    # is read by ``readings`` for the records to decide
    spelt: tuple[tuple[re.Pattern[str], str], ...] = ()
    # the number with its part in English letters (a district code, of ``letters`` of them) typed in Bengali ones
    # (বিপি/পুর/২০২৬/১০১), a regular expression like ``body`` whose first group is that part; read by ``readings``
    bengali_body: str | None = None
    letters: int = 0
    # the number without its prefix, where it is read more strictly than ``body`` (a trade NOC's year in four
    # figures: ``25/190`` alone could be a date); ``body`` when None
    bare_body: str | None = None
    # made of ``lead`` and ``body``: the number with its prefix in Latin letters, and without it (``bare``, read by
    # ``answered`` only, in the service's own chat, where elsewhere it could be any figures)
    pattern: re.Pattern[str] = field(init=False)
    bare: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", re.compile(self._led_by(self.lead), re.IGNORECASE))
        object.__setattr__(self, "bare", re.compile(self.bare_body or self.body, re.IGNORECASE))

    def _led_by(self, lead: str, body: str | None = None) -> str:
        return rf"(?<![0-9A-Z])(?:{lead})\s*[/\-. ]?\s*{body or self.body}(?![0-9A-Z])"

    @property
    def _leads(self) -> str:
        return "|".join((self.lead, *(spelling.pattern for spelling, _ in self.spelt)))

    @property
    def written(self) -> str:
        """The number as people type it, its prefix in Latin letters or spelt in Bengali ones (``বিপি/PUR/2026/101``),
        its code in either (``BP/পুর/2026/101``), a regular expression matched without regard to case against
        ``typed_number``'s text: what this service reads (``typed``, ``readings``), for another's chat or the gateway
        to hand on to it."""
        return self._led_by(self._leads, f"(?:{self.body}|{self.bengali_body})" if self.bengali_body else None)

    def readings(self, text: str) -> tuple[str, ...]:
        """The numbers that a number typed with its English letters in Bengali ones could be, each in the stored
        form (``letters.spellings``): one where the letters are named (পিইউআর, PUR), perhaps several where they are
        spelt as they sound (পুর: PUR or POR); none where no such number was typed."""
        if self.bengali_body is None:
            return ()
        typed = self.typed(text)
        match = (re.search(self._led_by(self.lead, self.bengali_body), typed, re.IGNORECASE)
                 or re.fullmatch(self.bengali_body, typed.strip().rstrip(".।")))
        if match is None:
            return ()
        head, tail = typed[match.start():match.start(1)], typed[match.end(1):match.end()]
        found = (self.answered(f"{head}{code}{tail}") for code in spellings(match[1], self.letters))
        return tuple(dict.fromkeys(number for number in found if number is not None))

    @property
    def spelt_prefix(self) -> str:
        """The prefix alone spelt in Bengali letters (বিপি), a regular expression: another chat's word for it."""
        return "|".join(spelling.pattern for spelling, _ in self.spelt) or "(?!)"

    @property
    def references(self) -> str:
        """What the gateway hands this service as a whole message, even in another service's conversation
        (``MenuEntry.references``): a number as ``written``, or ``download <number>`` as an approval notice says to
        type it; the number itself is the group ``number``."""
        return rf"(?:(?:download|ডাউনলোড)\s+)?(?P<number>{self.written})"

    def typed(self, text: str) -> str:
        """What a person typed as the number is read: ``typed_number``'s digits and dashes, and the prefix spelt in
        Bengali letters as its Latin ones."""
        typed = typed_number(text or "")
        for spelling, letters in self.spelt:
            typed = spelling.sub(letters, typed)
        return typed

    def find(self, text: str) -> str | None:
        match = self.pattern.search(self.typed(text))
        return self.canonical(match) if match else None

    def every(self, text: str) -> tuple[str, ...]:
        """Every number found in what a person typed (``find``'s), in the order typed, each once."""
        return tuple(dict.fromkeys(self.canonical(match) for match in self.pattern.finditer(self.typed(text))))

    def answered(self, text: str) -> str | None:
        """The number in what a person typed to this service: one found in it (``find``), or the number
        without its prefix when that is all they typed, as a slip or a notice's words may give it."""
        if (found := self.find(text)) is not None:
            return found
        match = self.bare.fullmatch(self.typed(text).strip().rstrip(".।"))
        return self.canonical(match) if match else None

    def attempted(self, text: str) -> bool:
        """Looks like someone tried to type a number (its prefix, or a run of digits) but it does not parse."""
        return bool(self.prefix.search(self.typed(text)) or re.search(r"\d{3,}", text or ""))

    def check(self, value: str) -> str:
        """The canonical number, or ``ValueError`` naming the format (for model validators)."""
        found = self.find(value)
        if found is None or self.pattern.fullmatch(typed_number(value).strip()) is None:
            raise ValueError(f"not a number of the form {self.example}")
        return found


@dataclass(frozen=True)
class Events:
    """Builders of the events other departments read; each returns ``(routing key, payload model)``."""

    status_changed: Callable[[Any, StatusChange, str], Event]  # (case, change, previous status)
    issued: Callable[[Any], Event]
    downloaded: Callable[[Any], Event]


class Records(Protocol):
    """What a kind's ``vet`` may read of the other records, as the caller of the office may: a case outside the
    caller's area is None, exactly as a number never used."""

    async def get(self, number: str) -> Any | None: ...

    async def naming(self, field: str, value: str) -> list[Any]:
        """The cases whose ``field`` is ``value`` (the kind declares an index on it), whatever their area, with
        the rows of the batch being imported before the one vetted."""
        ...


Vet = Callable[[Any, Any | None, Records], Awaitable[str | None]]  # (case, as stored before an update, records)
Claim = Callable[[Any, Any | None, Store], Awaitable[str | None]]  # (a case once stored, as it was before an
# update or None when new; the service's store)


@dataclass(frozen=True)
class Kind(Generic[C]):
    service: str  # the service's name: reply ids ``<service>:<action>``, routing keys, the back-office path
    path: str  # the back office's collection path, e.g. ``applications`` → /api/<service>/applications
    title: str  # the back office's name in its OpenAPI description
    roles: tuple[str, ...]  # who may use the back office; ``gp_official`` tokens must name their gp
    document_kind: str  # ``shared.documents.records.KINDS`` key of the document it issues
    model: type[C]
    collection: str
    number: NumberFormat
    letter: Callable[[C, str], Document]  # (case, public base URL) → the document to render
    validity: Callable[[C, date], date]  # (case, first valid day) → its last valid day
    events: Events
    filename: Callable[[C], str]
    # what is wrong with a case the office creates, changes or imports, given the other records (a renewal must
    # renew a certificate the caller sees, of the same holder, and only once); None when nothing is
    vet: Vet | None = None
    # a new case, or one an update changed, once stored, takes what only one case may hold (a renewal, the
    # certificate it renews), which ``vet`` checked before it was stored and another stored at once may have
    # taken meanwhile; the problem when another holds it, and the office takes the new case out again or puts
    # the changed one back as it was; None when it is the case's
    claim: Claim | None = None
    # the plot its public page names, as the letter does (a permission's); None for a kind whose page names no place
    plot: Callable[[C], PublicPlot] | None = None
