"""What the gateway remembers about a person, in its own store (collection ``profiles``, ``_id`` = wa_id).

A person is kept under their number. Someone who hides it behind a WhatsApp username writes with their
business-scoped id alone (``user_id``): if a message of theirs once came with both, that number is still the
key (``person``); if none ever did, the id itself is.

Kept in the store rather than in memory so that every gateway copy, and a restarted one, sees the same
language choice, opt-out and session. Changes are optimistic (version-checked) and retried on conflict,
since two copies may handle two messages of the same person at once.

Words a person sent that no service took (``unread``) are kept for 30 minutes beside the rest, so that one tap
sends them to the service that takes what people send unasked instead of their typing them again. They are never
logged; they go when sent, and at the person's first message after the 30 minutes.

A list the shell showed that is not the main menu (which service words are for, the numbers one message held) is
remembered by its rows (``listed``) until the main menu is shown again, so that "1" typed under it picks its row, as
the number of one of the menu's rows picks that row; for 30 minutes, as the words it carries are kept.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from shared.chat import Lang
from shared.store import Conflict, DuplicateKey, Index, Store
from shared.store.moves import move_record

COLLECTION = "profiles"
BY_USER_ID = Index(COLLECTION, ("user_id",))
# What goes with a person to their new number: their language, their STOP, the service they were talking to (whose
# conversation the services move too), and when they last wrote, which the retention sweep counts from
FOLLOW = ("lang", "opted_out", "session", "last_inbound_at", "settled")
SESSION_IDLE = timedelta(minutes=30)
# Words no service took, kept this long for the person to send on with one tap, and no more than this much of them
UNREAD_KEPT = timedelta(minutes=30)
UNREAD_CHARS = 2000
LISTED_KEPT = UNREAD_KEPT
# Times kept only to the minute: a person tapping through a conversation does not rewrite their profile at
# every tap. Both uses err on the safe side: the session ends up to a minute early, the 24-hour window is
# counted from up to a minute before the last message.
TOUCH_EVERY = timedelta(minutes=1)
_ATTEMPTS = 8


@dataclass(frozen=True)
class Profile:
    wa_id: str
    lang: Lang | None = None
    opted_out: bool = False
    last_inbound_at: datetime | None = None
    session_service: str | None = None
    session_at: datetime | None = None
    # the last message it took was a tap of its own menu (``Inbound.opens_menu``), or it said its answer to a later one
    # was its menu (``wa.session.home``)
    session_home: bool = False
    user_id: str | None = None  # the business-scoped id Meta sent beside the number
    unread: str | None = None  # words no service took, kept at ``unread_at`` (``kept_words``)
    unread_at: datetime | None = None
    unread_asks: str | None = None  # the service's choice those words name (``unread_words``), when they name one
    # when a first-timer who typed a name or a number for the language was asked it again (``asked_again``)
    lang_asked_again: datetime | None = None
    # each service's last word on whether something of the person's is in progress there (``wa.session.settled``):
    # {service: {"settled": bool, "at": the time it was said}}
    settled: dict[str, dict[str, Any]] = field(default_factory=dict)
    listed: tuple[str, ...] = ()  # the rows of the shell's last list when it was not the main menu (``listed``)
    listed_at: datetime | None = None

    def wrote_lately(self, now: datetime) -> bool:
        """``last_inbound_at`` is recent enough to be left as it is."""
        return _recent(self.last_inbound_at, now)

    def in_session_with(self, service: str, now: datetime) -> bool:
        """The session is with ``service`` and was set recently enough to be left as it is."""
        return self.session_service == service and _recent(self.session_at, now)

    def speaking_with(self, now: datetime, idle: timedelta = SESSION_IDLE) -> str | None:
        """The service free text goes to: the last one routed to, unless idle for ``idle`` or longer."""
        if self.session_service and self.session_at and now - self.session_at < idle:
            return self.session_service
        return None

    def settled_with(self, service: str) -> bool:
        """``service`` said nothing of the person's is in progress there, and has not said otherwise since."""
        return (self.settled.get(service) or {}).get("settled") is True

    def settled_said(self, service: str, settled: bool, at: datetime) -> dict[str, dict[str, Any]] | None:
        """The ``settled`` field value once ``service`` said ``settled`` at ``at``; None when it said something
        later already (the two came in the other order), which stands."""
        said = _time((self.settled.get(service) or {}).get("at"))
        if said is not None and said >= at:
            return None
        return {**self.settled, service: {"settled": settled, "at": at.isoformat()}}

    def kept_words(self, now: datetime) -> str | None:
        """The words no service took, while they are kept (``UNREAD_KEPT``)."""
        if self.unread and self.unread_at and now - self.unread_at < UNREAD_KEPT:
            return self.unread
        return None

    def listed_rows(self, now: datetime) -> tuple[str, ...]:
        """The rows of the shell's last list, when it was not the main menu and was shown under ``LISTED_KEPT`` ago;
        none otherwise."""
        if self.listed and self.listed_at and now - self.listed_at < LISTED_KEPT:
            return self.listed
        return ()

    def asked_again(self, now: datetime, within: timedelta) -> bool:
        """The language question was asked again, a name or a number typed for it, less than ``within`` ago."""
        return self.lang_asked_again is not None and now - self.lang_asked_again < within

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Profile:
        session, unread = doc.get("session") or {}, doc.get("unread") or {}
        listed = doc.get("listed") if isinstance(doc.get("listed"), dict) else {}
        return cls(
            wa_id=doc["_id"],
            lang=doc.get("lang"),
            opted_out=bool(doc.get("opted_out")),
            last_inbound_at=_time(doc.get("last_inbound_at")),
            session_service=session.get("service"),
            session_at=_time(session.get("at")),
            session_home=session.get("home") is True,
            user_id=doc.get("user_id"),
            unread=unread.get("text"),
            unread_at=_time(unread.get("at")),
            unread_asks=unread.get("asks"),
            lang_asked_again=_time(doc.get("lang_asked_again")),
            settled=doc.get("settled") if isinstance(doc.get("settled"), dict) else {},
            listed=tuple(str(row) for row in listed.get("rows") or ()),
            listed_at=_time(listed.get("at")),
        )


def listed(rows: list[str], at: datetime) -> dict[str, Any] | None:
    """The ``listed`` field value for :meth:`Profiles.change`: the rows' ids of a list the shell showed that is not
    the main menu; None (no rows) forgets them."""
    return {"rows": rows, "at": at.isoformat()} if rows else None


def session(service: str | None, at: datetime, *, home: bool = False) -> dict[str, Any] | None:
    """The ``session`` field value for :meth:`Profiles.change`; None ends the session. ``home``: the person is at
    the service's own menu, where "back" is the main menu."""
    if not service:
        return None
    return {"service": service, "at": at.isoformat(), **({"home": True} if home else {})}


def unread_words(text: str | None, at: datetime, *, asks: str | None = None) -> dict[str, Any] | None:
    """The ``unread`` field value for :meth:`Profiles.change`: the first ``UNREAD_CHARS`` of the words; None
    forgets them. ``asks``: the tap ``<service>:<action>`` the words name (a first-timer's, in a script the service
    does not read: "कमरा बुक करना है"), taken once the language is chosen; such words are never sent on unasked."""
    if not text:
        return None
    return {"text": text[:UNREAD_CHARS], "at": at.isoformat(), **({"asks": asks} if asks else {})}


class Profiles:
    def __init__(self, store: Store):
        self._col = store.collection(COLLECTION)

    async def person(self, user_id: str) -> str:
        """The key of someone whose message came with their business-scoped id alone (a message with a number
        is kept under it): the number the id once came with, else the id."""
        known = await self._col.find({"user_id": user_id}, limit=1)
        return str(known[0]["_id"]) if known else user_id

    async def get(self, wa_id: str) -> Profile:
        doc = await self._col.get(wa_id)
        return Profile.from_doc(doc) if doc else Profile(wa_id=wa_id)

    async def change(self, wa_id: str, **changes: Any) -> Profile:
        """Set top-level fields (``lang``, ``opted_out``, ``last_inbound_at``, ``session``, ``unread``, ``settled``),
        creating the profile."""
        fields = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in changes.items()}
        for _ in range(_ATTEMPTS):
            doc = await self._col.get(wa_id)
            try:
                if doc is None:
                    doc = await self._col.insert({"_id": wa_id, "lang": None, "opted_out": False, **fields})
                else:
                    doc = await self._col.update(wa_id, fields, expected_version=doc["_v"])
                return Profile.from_doc(doc)
            except (Conflict, DuplicateKey):
                continue
        raise Conflict(f"profile {wa_id} kept changing under {_ATTEMPTS} attempts")

    async def known_by(self, number: str, user_id: str) -> tuple[tuple[str, str] | None, Profile]:
        """A message came with both the person's number and their business-scoped id, which is not the id noted
        beside the number. Returns what the services are to move as after a change of number (``(old, new)``),
        if anything, and the profile of whoever writes from the number now.

        Another id noted there means another WhatsApp account writes from the number: Meta gives a person a new
        id only with a new number, and says so. The telephone company gave the number to someone else (an Indian
        operator may, 90 days after it was disconnected). What was kept under the number goes to the id of the
        account that held it, where its holder still finds it should they write by that id, and the new holder
        starts as a stranger: nobody is shown another person's bookings, complaints or applications. Their id
        is noted beside the number, unless something is kept under it alone: that moves to the number at their
        next message, once the services have moved the old holder's records.

        Otherwise the id is noted beside the number, and a profile kept under the id alone (they wrote before
        without sharing their number) moves to the number, as do the services' records."""
        held = await self._col.get(number)
        holder = held.get("user_id") if held else None
        if isinstance(holder, str) and holder and holder != user_id:
            await move_record(self._col, number, holder, FOLLOW)
            alone = await self._col.get(user_id) is not None
            return (number, holder), Profile(wa_id=number) if alone else await self.change(number, user_id=user_id)
        moved = await move_record(self._col, user_id, number, FOLLOW)
        return ((user_id, number) if moved else None), await self.change(number, user_id=user_id)

    async def moved(self, old: str, new: str) -> None:
        """The person moved to number ``new``: their language, their STOP and the service they were talking to go
        with them; the old number keeps nothing, so whoever has it next is asked afresh. If they wrote from ``new``
        already (Meta's notice came after their message, or they were taken there for a stranger and are found to
        be the number's own holder), what they set there stays and what it lacks comes from ``old``: a language
        chosen long ago is not asked again, a STOP is not lost."""
        kept, there = await self._col.get(old), await self._col.get(new)
        if kept is None or there is None or old == new:
            await move_record(self._col, old, new, FOLLOW)
            return
        lacking = {key: kept[key] for key in FOLLOW if kept.get(key) and not there.get(key)}
        if lacking:
            await self.change(new, **lacking)
        await self._col.delete(old)


def _recent(at: datetime | None, now: datetime) -> bool:
    return at is not None and now - TOUCH_EVERY < at <= now


def _time(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None
