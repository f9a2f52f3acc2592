"""The document just sent, asked for again: "abar pathan", "আবার পাঠান", "send again", "aro ekbar din", or said not to
have come or not to open, "pai ni", "file khulche na", "খুলছে না" (read as the permit and NOC chats read them,
``shared.casework.said``). Within ``FOR`` of a slip or a statement sent here, to the same employee at the same
number, and until anything else is answered (a thanks or an "ok" aside), such words ask for that document again: its
PIN first, as for any document (none while the PIN typed minutes ago keeps, ``recent``), and its caption then says it
is a PDF to open with a PDF reader. Never another's: the note names the employee and the number it was sent to; a
month or a year named with the words is that one's asked for (``taps.named``); "koto din lagbe abar" is a question, and
"beton pai ni" one's pay asked after (``credit``). The chat keeps only which document and when, never a figure.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from services.payroll.conversation.turn import Turn
from services.payroll.repository.chats import DOCUMENT_SENT
from shared.casework.said import NOT_GOT, QUESTION, SEND_AGAIN
from shared.thanks import courtesy

FOR = timedelta(minutes=30)


def sent(turn: Turn, want: dict[str, Any]) -> None:
    """``want`` (a slip's month, with its deductions or earnings if they were listed, the last months' slips, or a
    statement's year) was just sent."""
    kept = {key: value for key, value in want.items()
            if key in ("kind", "month", "year", "count", "deductions", "earnings") and value}
    turn.note_sent(DOCUMENT_SENT, want=kept)


def forget(draft: dict[str, Any]) -> bool:
    """No document is the one just sent any more (the main menu); False when none was."""
    return draft.pop(DOCUMENT_SENT, None) is not None


def let_go(turn: Turn, before: object) -> None:
    """After this message's answer: the note ``before`` it goes, unless the answer sent a document (a new note) or
    was to a thanks or an "ok"."""
    if before is not None and turn.draft.get(DOCUMENT_SENT) is before and courtesy(turn.inbound.text or "") is None:
        turn.draft.pop(DOCUMENT_SENT, None)


def asked(turn: Turn, text: str) -> dict[str, Any] | None:
    """The document just sent, to hand out again (``again``: said to be a PDF), when ``text`` asks for it again or
    says it did not come or open; None otherwise."""
    if QUESTION.search(text) or not (SEND_AGAIN.search(text) or NOT_GOT.search(text)):
        return None
    want = (turn.sent_within(DOCUMENT_SENT, FOR) or {}).get("want")
    if not isinstance(want, dict) or not want.get("kind"):
        return None
    return {**want, "again": True}
