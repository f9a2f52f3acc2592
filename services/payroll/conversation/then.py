"""The slip just sent, as the month the next words may speak from: after October's, "tar ager mas er ta" ("and the one
of the month before that") is September's, "the next one" November's (``then_month``), asked for as any month is (its
PIN unless typed right minutes ago, ``recent``; a month before the first slip held or after the latest answered as
such months are).

It holds only while the slip is recent in the chat: for ``FOR`` after it was sent, to the same employee at the same
number, until a statement is sent or the person goes to the main menu. After that, or before any slip, "ager mas" is
the month before today again. The chat keeps only the month and when, never a figure.

While a slip waits for its PIN (or for a new PIN to be chosen), "the one before" speaks of that slip's month, the
one last spoken of, whether or not another was sent before it: the month before it is then asked for instead, its
PIN still first (``pin.entered``).
"""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from services.payroll.conversation.turn import PIN_STEPS, Turn
from services.payroll.domain.period import moved
from services.payroll.domain.then_month import step
from services.payroll.repository.chats import SLIP_SENT

FOR = timedelta(minutes=15)


def sent(turn: Turn, month: str) -> None:
    turn.note_sent(SLIP_SENT, month=month)


def forget(draft: dict[str, Any]) -> bool:
    """No slip is "that" any more (a statement sent, the main menu); False when none was."""
    return draft.pop(SLIP_SENT, None) is not None


def _last(turn: Turn) -> str | None:
    """The month of the slip sent here within ``FOR``, to this employee at this number; None otherwise."""
    last = turn.sent_within(SLIP_SENT, FOR)
    return str(last.get("month")) if last else None


def month(turn: Turn, text: str) -> str | None:
    """The month ``text`` speaks of from the slip waiting for its PIN, else the slip just sent ("the one before": the
    month before it); None when it speaks of none that way, or no slip waits nor was just sent."""
    if (by := step(text)) is None or (last := _waiting(turn) or _last(turn)) is None:
        return None
    return moved(last, by)


def _waiting(turn: Turn) -> str | None:
    """The month of the slip asked for and waiting for the PIN; None when none waits."""
    want = turn.draft.get("want")
    if turn.chat.step not in PIN_STEPS or not isinstance(want, dict) or want.get("kind") != "slip":
        return None
    return str(want.get("month") or "") or None
