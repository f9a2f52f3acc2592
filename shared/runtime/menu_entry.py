"""A service's row on the main menu (``MenuEntry``) and the words that ask for one of its choices (``Phrase``),
announced to the gateway and checked when declared: a row WhatsApp would refuse, or a pattern too long to read on
every message, stops the service at start, not the person at the menu."""
from __future__ import annotations

import functools

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from shared.texts import LANGS

ROW_TITLE_MAX = 24
ROW_DESCRIPTION_MAX = 72
REFERENCES_MAX = 400  # a building permission's: its prefix and district code in either script, its serial in groups
PHRASE_MAX = 1500  # a problem said, and the words that say there is none, are one pattern (grievance's English one)
PHRASES_MAX = 24  # each is searched on every message typed at the main menu: a few more, never without bound
WORDS = "words"  # a ``Phrase``'s action that hands the words on as sent, unasked
ACTION = re.compile(r"[a-z][a-z0-9_]{0,31}(?::[a-z0-9_]{1,32})?")  # a tap's action, and an argument it may carry
SAYS_MAX = 900  # a ``Phrase``'s answer, with room to spare in a message with buttons (1,024 characters)
OFFER_MAX = 20  # the title of the button that offers its tap: WhatsApp's longest button title


@dataclass(frozen=True)
class Phrase:
    """Words that ask for one of a service's choices: typed outside any conversation, a message ``pattern``
    finds (a regular expression, case ignored, against the message as keywords are compared: NFKC, case folded,
    one space between words) reaches the service as the tap of ``<service>:<action>``. A tap and not the words,
    because a step the person left the service at (half a complaint's description) must not take them as its
    answer; the tap carries the words as its text. The action ``WORDS`` is no tap: the message reaches the service
    as the person's words sent unasked (``Inbound.unasked``), as the menu's *Send my message* hands kept words, for
    words that are themselves what the service takes (a problem said, "jol nei": a complaint begun with them).

    ``says`` (each language) answers the words instead of taking the person anywhere: words that most often ask for
    what another office does, near one of the service's choices ("current nei", a power cut at home: the electricity
    company's, not a street light's). The answer comes with two buttons, the tap (titled ``offer``) and the menu;
    the action may then carry its argument, as a tap does (``cat:lights``).

    ``across``: the words are strong enough to be taken from inside another service's conversation, where free text
    is otherwise that service's answer: a question about the person's own records here ("what happened to my
    complaint?", "my bookings"), which no step of another service asks. There the pattern must match the whole
    message (``fullmatch``), never words a step may take as its answer ("I want to complain": a guest's complaint
    about their stay, at tourism's own step for it), and the phrase is a tap: it neither hands the words on nor
    answers them."""

    action: str
    pattern: str
    says: Mapping[str, str] = field(default_factory=dict)
    offer: Mapping[str, str] = field(default_factory=dict)
    across: bool = False


@dataclass(frozen=True)
class MenuEntry:
    """One row of the gateway's main menu; limits are WhatsApp's list-row limits, checked here so a
    too-long title fails when the service is defined rather than when Meta rejects the menu.

    ``references`` is a regular expression for the numbers the service gives people (a ticket, a booking,
    an application), matched without regard to case against what they type, Bengali digits read as Latin and
    dashes and slashes of any form as the plain ones (``shared.india.typed_number``):
    typed at any time, outside any conversation or as a whole message inside another service's, such a
    number reaches this service (the gateway reads it; see ``gateway.menu_reading.Menu.reference``) as the tap of
    its View,
    ``<service>:view:<the number as typed>`` (the group ``number`` of the pattern, if it has one), the words typed
    its text: the service reads the number its own way, and a step it was left at does not take it as an answer.

    ``phrases`` are what people type at the main menu to ask for something this service does ("my complaints",
    "cancel my booking"), most particular first: each service's first ``Phrase`` that finds the message counts, after
    the keywords (menu, help, a greeting) and the numbers of ``references``; found by one service's words, the message
    goes there; by several services' ("send the letter again": building permission's or trade NOC's), the menu asks
    which, a tap each (the first in the menu's order wins where one of them is ``WORDS``). Inside another service's
    conversation only the phrases announced ``across`` count, each the whole message.

    ``takes_wordless``: the service takes what people send without words (a photo, a video, a voice note, a
    document, a shared location; not a sticker or a contact card) outside any conversation. Such a message reaches
    it as sent, a first message too, when it is the one service that says so; with none or two, the main menu says
    where to send it.

    ``resumes``: the service keeps what a person was doing in its conversation when they go to the main menu, to
    carry on from its row (``shared.runtime.resume``), and the menu says so; False for one that keeps no
    conversation (each message answered on its own: the casework chats), where there is nothing to carry on.

    ``hears_left``: the service is told when the main menu ends a person's session with it (``SESSION_LEFT``): the
    gateway publishes that event only to a service that consumes it (payroll: its PIN is asked again after the menu).
    ``ServiceSpec`` checks it against its bindings. An announcement without it, from an earlier version, counts as
    hearing it."""

    service: str
    title: Mapping[str, str]
    description: Mapping[str, str]
    order: int = 100
    references: str = ""
    phrases: tuple[Phrase, ...] = ()
    takes_wordless: bool = False
    resumes: bool = True
    hears_left: bool = False

    def __post_init__(self) -> None:
        _pattern(self.service, "references", self.references)
        if len(self.phrases) > PHRASES_MAX:
            raise ValueError(f"menu entry {self.service}: over {PHRASES_MAX} phrases")
        for phrase in self.phrases:
            if not ACTION.fullmatch(phrase.action):
                raise ValueError(f"menu entry {self.service}: phrase action {phrase.action[:40]!r} is no action name")
            if not phrase.pattern:
                raise ValueError(f"menu entry {self.service}: phrase for {phrase.action} has no pattern")
            _pattern(self.service, f"phrase for {phrase.action}", phrase.pattern, PHRASE_MAX)
            _anchored(self.service, phrase)
            if phrase.says or phrase.offer:
                _answer(self.service, phrase)
            if phrase.across and (phrase.action == WORDS or phrase.says):
                raise ValueError(f"menu entry {self.service}: phrase for {phrase.action} taken across is no tap")
        for lang in LANGS:
            title, description = self.title.get(lang, ""), self.description.get(lang, "")
            if not title.strip():
                raise ValueError(f"menu entry {self.service}: title in {lang} is missing")
            if len(title) > ROW_TITLE_MAX:
                raise ValueError(f"menu entry {self.service}: title in {lang} is over {ROW_TITLE_MAX} characters")
            if len(description) > ROW_DESCRIPTION_MAX:
                raise ValueError(
                    f"menu entry {self.service}: description in {lang} is over {ROW_DESCRIPTION_MAX} characters")

    @property
    def id(self) -> str:
        return f"{self.service}:menu"

    def as_payload(self) -> dict[str, Any]:
        return {"id": self.id, "service": self.service, "title": dict(self.title),
                "description": dict(self.description), "order": self.order, "references": self.references,
                "phrases": [{"action": p.action, "pattern": p.pattern,
                             **({"says": dict(p.says), "offer": dict(p.offer)} if p.says else {}),
                             **({"across": True} if p.across else {})}
                            for p in self.phrases],
                "takes_wordless": self.takes_wordless, "resumes": self.resumes, "hears_left": self.hears_left}

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> MenuEntry:
        """``phrases``, ``takes_wordless`` and ``resumes`` may be missing: a service of an earlier version announces
        none of them (and kept its conversation: ``resumes``)."""
        phrases = tuple(Phrase(action=str(p["action"]), pattern=str(p["pattern"]), says=dict(p.get("says") or {}),
                               offer=dict(p.get("offer") or {}), across=p.get("across") is True)
                       for p in payload.get("phrases") or ())
        return cls(service=payload["service"], title=payload["title"], description=payload["description"],
                   order=int(payload.get("order", 100)), references=str(payload.get("references") or ""),
                   phrases=phrases, takes_wordless=payload.get("takes_wordless") is True,
                   resumes=payload.get("resumes") is not False, hears_left=payload.get("hears_left") is not False)


def _pattern(service: str, what: str, pattern: str, most: int = REFERENCES_MAX) -> None:
    if len(pattern) > most:
        raise ValueError(f"menu entry {service}: {what} pattern is over {most} characters")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"menu entry {service}: {what} is not a regular expression: {exc}") from None


def alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives at its top level (``a|b(?:c|d)|[|]`` is ``a``, ``b(?:c|d)`` and ``[|]``)."""
    found, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1  # the escaped character is no group, class or bar
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 if pattern[i + 1:i + 2] == "^" else 0
            i += 1 if pattern[i + 1:i + 2] == "]" else 0  # "[]…]", "[^]…]": that "]" is a member
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            found.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*found, pattern[start:]]


def _anchored(service: str, phrase: Phrase) -> None:
    """A phrase is searched anywhere in a message of up to 4,096 characters: an alternative that begins by looking
    ahead over the rest of the message (``(?=.*…)``, ``(?!.*…)``, inside a group or not) is tried at every position,
    quadratic in the message's length (seconds of the gateway's CPU for one long message), unless anchored with
    ``^``."""
    if (alternative := _unanchored(phrase.pattern)) is not None:
        raise ValueError(f"menu entry {service}: phrase for {phrase.action} looks ahead over the whole message "
                         f"without ^ before it: {alternative[:60]!r}")


@functools.lru_cache(maxsize=512)
def _unanchored(pattern: str) -> str | None:
    """The first alternative of ``pattern`` that looks ahead over the message without ^, or None. Once per pattern:
    the gateway builds its menu's entries from the store for each message that reads them."""
    for alternative in alternatives(pattern):
        head = alternative
        while head.startswith("(?:"):
            head = head[3:]
        if head.startswith(("(?=.*", "(?!.*")):
            return alternative
    return None


def _answer(service: str, phrase: Phrase) -> None:
    for lang in LANGS:
        says, offer = phrase.says.get(lang, ""), phrase.offer.get(lang, "")
        if not says.strip() or not offer.strip():
            raise ValueError(f"menu entry {service}: phrase for {phrase.action} answers without its text in {lang}")
        if len(says) > SAYS_MAX or len(offer) > OFFER_MAX:
            raise ValueError(f"menu entry {service}: phrase for {phrase.action} answers over {SAYS_MAX} characters "
                             f"or offers over {OFFER_MAX}")
