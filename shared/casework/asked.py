"""Where the desk's last word left the person: at the number's question ("Type your NOC certificate number"), so that
"ok", "accha" or "হ্যাঁ" typed at it gets a warm word and the question again instead of the service's menu; at a
case of their own it showed, so that words it does not read keep that case's buttons; or at how to apply or renew,
so that what follows ("koto taka lagbe", "what papers are needed") is of applying, and keeps that answer's buttons;
or just after the document of a case of theirs was sent, so that "abar pathan" or "khulche na" sends it again; or at
a list, so that a row's number typed ("2", "২") is that row tapped; or at another's case (its status only), so that
its letter asked for next ("chithi ta dao") is said to go only to the number given in it.

Noted in the service's chats beside ``seen`` (``asked``: when; ``shown``: which case, when; ``how``: which answer,
when; ``sent``: whose document, when; ``listed``: the rows' ids, when; ``other``: another's case whose status only
was shown, when), trusted for
``seen.SEEN_FOR``, and let go as soon as the desk answers anything else; a redelivered message gives the same answer
from the runtime's inbox.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from shared.casework import seen
from shared.casework.visit import Visit
from shared.runtime.chats import COLLECTION


@dataclass(frozen=True)
class Step:
    """Where the desk's last word left the person: at the number's question, at a case of their own it showed
    (its number), or at how to apply or renew (the action that answered it: ``apply``, ``renewal_needs``), or just
    after the document of their case ``sent`` (its number), or at a list (the ids of its rows, ``listed``), within
    ``SEEN_FOR``; none, at the service's start."""

    number_asked: bool = False
    case: str | None = None
    how: str | None = None
    sent: str | None = None
    listed: tuple[str, ...] = ()
    other: str | None = None


async def step(visit: Visit) -> Step:
    doc = await visit.ctx.store.collection(COLLECTION).get(visit.inbound.wa_id) or {}
    shown = doc.get("shown") if isinstance(doc.get("shown"), dict) else {}
    how = doc.get("how") if isinstance(doc.get("how"), dict) else {}
    sent = doc.get("sent") if isinstance(doc.get("sent"), dict) else {}
    listed = doc.get("listed") if isinstance(doc.get("listed"), dict) else {}
    other = doc.get("other") if isinstance(doc.get("other"), dict) else {}
    rows = listed.get("rows") if isinstance(listed.get("rows"), list) else []
    return Step(number_asked=_fresh(visit, doc.get("asked")),
                case=shown.get("number") if _fresh(visit, shown.get("at")) else None,
                how=how.get("what") if _fresh(visit, how.get("at")) else None,
                sent=sent.get("number") if _fresh(visit, sent.get("at")) else None,
                listed=tuple(str(row) for row in rows) if _fresh(visit, listed.get("at")) else (),
                other=other.get("number") if _fresh(visit, other.get("at")) else None)


async def pending(visit: Visit) -> bool:
    """The number was the last thing asked here, within ``SEEN_FOR``."""
    return (await step(visit)).number_asked


async def noted(visit: Visit, *, before: Step) -> None:
    """What this message's answer was: the number's question (``visit.number_asked``), one's own case shown
    (``visit.case_shown``), how to apply or renew (``visit.how_shown``), one's document (``visit.document_sent``) or
    a list (``visit.listed``) noted, anything else lets the note go (``before``: one was there)."""
    fields: dict[str, Any] = {}
    if visit.number_asked:
        fields["asked"] = visit.ctx.now().isoformat()
    elif before.number_asked:
        fields["asked"] = None
    if visit.case_shown:
        fields["shown"] = {"number": visit.case_shown, "at": visit.ctx.now().isoformat()}
    elif before.case:
        fields["shown"] = None
    if visit.how_shown:
        fields["how"] = {"what": visit.how_shown, "at": visit.ctx.now().isoformat()}
    elif before.how:
        fields["how"] = None
    if visit.document_sent:
        fields["sent"] = {"number": visit.document_sent, "at": visit.ctx.now().isoformat()}
    elif before.sent:
        fields["sent"] = None
    if visit.listed:
        fields["listed"] = {"rows": visit.listed, "at": visit.ctx.now().isoformat()}
    elif before.listed:
        fields["listed"] = None
    if visit.other_shown:
        fields["other"] = {"number": visit.other_shown, "at": visit.ctx.now().isoformat()}
    elif before.other:
        fields["other"] = None
    if fields:
        await seen.note(visit, fields)


def _fresh(visit: Visit, at: Any) -> bool:
    try:
        return visit.ctx.now() - datetime.fromisoformat(at) < seen.SEEN_FOR
    except (TypeError, ValueError):
        return False
