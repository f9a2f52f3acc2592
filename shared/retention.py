"""How long the records that only guard against repeats, and what is kept about a person while they talk, are
kept, and the sweep that removes the rest.

The inbox (``_inbox``: what each handled envelope produced), the gateway's ``seen`` WhatsApp ids and the
sender's ``sent`` claims exist so a repeat is recognised. A repeat comes within the broker's retries
(minutes), a replay from the dead-letter queue (days, by a person), or the Cloud API's webhook retries
(up to 7 days). Kept longer than the longest of these, they can go; kept forever, the stores grow with
every message ever handled.

A person's half-finished conversation (``chats``: their step, what they typed, their language), the gateway's
``profiles`` (language, session, username id) and a START that only undid a STOP are working data: kept while
they serve the person, then swept by the time the person was last heard from, which each write already carries.
An official record (a booking, a complaint, an application, a certificate, a pay slip, an employee, a
verification) has its own lawful keep and is never swept here. Each process sweeps its own store hourly, a batch
at a time, on an index.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from shared.logging import get_logger
from shared.store import Collection, Conflict, Doc, Index, Store

log = get_logger(__name__)
SWEEP_EVERY = 3600.0
BATCH = 500


@dataclass(frozen=True)
class Keep:
    """Documents of ``collection`` whose ISO-8601 UTC ``field`` is older than ``days`` may be removed; with ``only``,
    just those whose fields also equal these values (None: the field is not there); with ``forget``, only those
    fields go (set to None) and the document stays."""

    collection: str
    field: str
    days: float
    only: tuple[tuple[str, Any], ...] = ()
    forget: tuple[str, ...] = ()

    @property
    def index(self) -> Index:
        return Index(self.collection, (self.field,))


INBOX = Keep("_inbox", "at", 30)  # every service: a dead letter replayed within a month is still recognised
SEEN = Keep("seen", "at", 8)  # gateway: the Cloud API retries a webhook for up to 7 days
SENT = Keep("sent", "claimed_at", 30)  # sender: as long as the inbox, so a replayed outbound is never resent
# Tourism and grievance: a conversation idle a month is over, and what the person typed into it (dates, guests,
# a complaint's words) goes with it; they meet the service's start when they come back. As long as the inbox, so
# a dead letter replayed within the month still finds the step it moved, and well within the 90 days a disconnected
# number rests before an operator may give it to someone else, who must not find the last owner's words. The
# language the chat kept goes too: notices (a reminder, a status) are then written in the language their booking
# or complaint was made in.
CHATS = Keep("chats", "at", 30)
# Permit, NOC and payroll: their chats hold the language, no more than a step and the number of the case last looked
# at (never what was typed), and that language is what the notices that come unasked are written in: a NOC's renewal
# reminder a year on, each month's pay slip to an employee who never writes. Kept a year and a month after the person
# last chose their language at the menu or wrote to the service.
LANGUAGES = Keep("chats", "at", 400)
# Gateway: the person's language, the service they were talking to and the username id their number is known by,
# until a year and a month after their last message, so that someone who writes once a year (the Puja booking, a
# NOC renewal) is still answered in their language. Notices are written in the services' chats' language or their
# record's, never this one, and the STOP that stops them is the sender's, which is never swept (``STARTS``): a
# swept profile sends nobody a notice they refused; the person is only asked their language again.
PROFILES = Keep("profiles", "last_inbound_at", 400)
# Gateway: words a person sent that no service took, kept beside their profile for one tap to send them on
# (``gateway.profiles.UNREAD_KEPT``, 30 minutes), forgotten within the hour after, whether or not they write again.
UNREAD = Keep("profiles", "unread.at", 1 / 24, forget=("unread",))
# Gateway: the profile of someone who never wrote, made when a service spoke first (a pay slip's notice): gone as
# long after that notice as a writer's after their last message.
NOTIFIED = Keep("profiles", "session.at", 400, only=(("last_inbound_at", None),))
# Sender: a START only undoes a STOP, so it goes once no STOP older than it can still arrive (as long as the inbox).
# A STOP is kept: it must hold for as long as any notice could still go to the number, and pay slips have no end.
STARTS = Keep("optout", "at", 30, only=(("opted_out", False),))
# Sender: where a number's messages went when it changed hands (``gateway.sender.moves``), for a message made before
# the change and sent after it: as long as the sent log, the longest the sender recognises a message it may still
# hold. Counted from the number's last move.
MOVED = Keep("moved", "at", 30)


async def purge(store: Store, keep: Keep, now: datetime, *, batch: int = BATCH) -> int:
    """Remove what ``keep`` no longer needs; returns how many documents went."""
    cutoff = (now - timedelta(days=keep.days)).isoformat()
    docs = store.collection(keep.collection)
    removed = 0
    while True:
        old = await docs.find({**dict(keep.only), keep.field: {"$lt": cutoff}}, limit=batch)
        for doc in old:  # only as read: a person who wrote meanwhile keeps what they just wrote
            removed += await _forgotten(docs, doc, keep.forget) if keep.forget \
                else await docs.delete(doc["_id"], expected_version=doc["_v"])
        if len(old) < batch:
            return removed


async def _forgotten(docs: Collection, doc: Doc, fields: tuple[str, ...]) -> int:
    try:
        await docs.update(doc["_id"], dict.fromkeys(fields), expected_version=doc["_v"])
    except Conflict:
        return 0  # changed meanwhile: read again at the next sweep
    return 1


async def sweep_forever(store: Store, rules: Sequence[Keep], clock: Callable[[], datetime], *,
                        every: float = SWEEP_EVERY) -> None:
    """Sweep every ``every`` seconds (the first after one interval, so a start stays quick); a failed
    sweep is logged and tried again next time."""
    while True:
        await asyncio.sleep(every)
        for keep in rules:
            try:
                removed = await purge(store, keep, clock())
            except Exception:  # noqa: BLE001 - one failed sweep must not stop the next
                log.exception("retention.sweep_failed", collection=keep.collection)
                continue
            if removed:
                log.info("retention.purged", collection=keep.collection, removed=removed)
