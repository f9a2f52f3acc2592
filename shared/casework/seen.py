"""The case a person last looked at in a casework chat (its View), so that "send the certificate" typed just after
it ("certificate ta pathan") sends that one instead of asking which of theirs is meant.

Kept in the service's chats beside the person's language (``seen``: its number and when), only for the holder's
own case, and trusted for ``SEEN_FOR``; when it is read the case must still be theirs (the document goes to the
registered mobile only). Written again, it is the same: a redelivered View changes nothing a later message reads.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from shared.casework.visit import Visit
from shared.runtime.chats import COLLECTION
from shared.store import Conflict, DuplicateKey

SEEN_FOR = timedelta(minutes=30)  # as long as the gateway keeps a conversation going without a word
_ATTEMPTS = 3


async def saw(visit: Visit, number: str) -> None:
    """The holder looked at their case ``number``. A race with their own next message is lost quietly: this is a
    guess at what they mean next, never what they asked for."""
    await note(visit, {"seen": {"number": number, "at": visit.ctx.now().isoformat()}})


async def note(visit: Visit, fields: dict[str, Any]) -> None:
    """``fields`` written in the person's chat here, made if it is none yet; a race lost is let go (a note, never
    what was asked for)."""
    chats, wa_id = visit.ctx.store.collection(COLLECTION), visit.inbound.wa_id
    for _ in range(_ATTEMPTS):
        doc = await chats.get(wa_id)
        try:
            if doc is None:
                await chats.insert({"_id": wa_id, "step": "home", "draft": {}, **fields,
                                    "at": visit.ctx.now().isoformat()})
            else:
                await chats.update(wa_id, fields, expected_version=doc["_v"])
            return
        except (Conflict, DuplicateKey):
            continue


async def meant(visit: Visit) -> str | None:
    """The number of the case the person looked at within ``SEEN_FOR``, while it is still theirs; else None."""
    doc = await visit.ctx.store.collection(COLLECTION).get(visit.inbound.wa_id)
    seen = (doc or {}).get("seen") or {}
    try:
        at = datetime.fromisoformat(seen["at"])
    except (KeyError, TypeError, ValueError):
        return None
    if visit.ctx.now() - at >= SEEN_FOR:
        return None
    case = await visit.cases.get(seen.get("number") or "")
    return case.number if case is not None and visit.owns(case) else None
