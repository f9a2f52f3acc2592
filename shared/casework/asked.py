"""Whether the number's question was the desk's last word to the person ("Type your NOC certificate number"), so
that "ok", "accha" or "হ্যাঁ" typed at it gets a warm word and the question again instead of the service's menu.

Noted in the service's chats beside ``seen`` (``asked``: when), trusted for ``seen.SEEN_FOR``, and let go as soon
as the desk answers anything else; a redelivered message gives the same answer from the runtime's inbox.
"""
from __future__ import annotations

from datetime import datetime

from shared.casework import seen
from shared.casework.visit import Visit
from shared.runtime.chats import COLLECTION


async def pending(visit: Visit) -> bool:
    """The number was the last thing asked here, within ``SEEN_FOR``."""
    doc = await visit.ctx.store.collection(COLLECTION).get(visit.inbound.wa_id)
    try:
        at = datetime.fromisoformat((doc or {})["asked"])
    except (KeyError, TypeError, ValueError):
        return False
    return visit.ctx.now() - at < seen.SEEN_FOR


async def noted(visit: Visit, *, before: bool) -> None:
    """What this message's answer was: the number's question (``visit.number_asked``) noted, anything else lets
    the note go (``before``: one was there)."""
    if visit.number_asked:
        await seen.note(visit, {"asked": visit.ctx.now().isoformat()})
    elif before:
        await seen.note(visit, {"asked": None})
