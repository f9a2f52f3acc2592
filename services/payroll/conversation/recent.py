"""A PIN typed right a moment ago: a second document asked for within ``FOR`` of it is handed out without asking
the PIN again, as a bank's app keeps a session open for a few minutes.

Only a PIN checked at its question opens the window (not a new PIN just chosen: the first document after it is
asked with the PIN, which also proves it was remembered), and its five minutes are counted from that PIN, never
stretched by the documents handed out after it. It holds only for the same employee, in the same chat, under the
same number: the chat's record says who checked it, at which number and when, never the PIN nor its hash, only a
digest of the PIN's salt, so a PIN chosen anew or reset by the office ends it. A number that changed hands ends it
too: the chat moves to the new number (``wa.person.number_changed``) and the number it was checked at is no longer
the chat's. A lock (wrong tries) overrides it. Going to the main menu ends it ("menu", "hi", "মেনু" in the middle of
the payroll chat: the gateway tells payroll, ``wa.session.left.payroll``), so a phone handed on after the main menu
gives nobody a document without the PIN; a PIN typed after that menu (its word come late) keeps its five minutes.
The caption of each document says until when, and that the main menu ends it.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from services.payroll.conversation.turn import Turn
from services.payroll.domain import local_digits
from services.payroll.domain.period import INDIA
from services.payroll.repository.chats import PIN_OK

FOR = timedelta(minutes=5)


def _of_pin(turn: Turn) -> str:
    return hashlib.sha256(turn.access.salt.encode()).hexdigest()[:16]


def remember(turn: Turn) -> None:
    """The PIN was just typed right here."""
    turn.draft[PIN_OK] = {"employee": turn.employee.id, "wa": turn.chat.wa_id, "at": turn.now.isoformat(),
                          "pin": _of_pin(turn)}


def ends(turn: Turn) -> datetime | None:
    """When the PIN typed right in this chat, by this employee, at this number, stops sufficing; None when it does
    not (none typed, typed ``FOR`` ago or more, another PIN since, or payroll locked since)."""
    ok = turn.draft.get(PIN_OK)
    if not isinstance(ok, dict) or not turn.access.has_pin or turn.access.locked(turn.now):
        return None
    if (ok.get("employee"), ok.get("wa"), ok.get("pin")) != (turn.employee.id, turn.chat.wa_id, _of_pin(turn)):
        return None
    try:
        at = datetime.fromisoformat(str(ok.get("at")))
    except ValueError:
        return None
    return at + FOR if at <= turn.now < at + FOR else None


def verified(turn: Turn) -> bool:
    return ends(turn) is not None


def ended_at_menu(draft: dict[str, Any], at: datetime) -> bool:
    """The person went to the main menu at ``at``: a PIN typed right before it no longer suffices (one typed since
    stands). False when there was none to end."""
    ok = draft.get(PIN_OK)
    if not isinstance(ok, dict):
        return False
    try:
        if datetime.fromisoformat(str(ok.get("at"))) >= at:
            return False
    except (TypeError, ValueError):
        pass  # unreadable: ended all the same
    del draft[PIN_OK]
    return True


def said(turn: Turn) -> str:
    """The line telling until when the PIN is not asked again; "" when it is."""
    end = ends(turn)
    if end is None:
        return ""
    return turn.t("pin_kept", until=local_digits(f"{end.astimezone(INDIA):%H:%M}", turn.lang))
