"""What an employee left in progress here when they went to the main menu, in a few words, for the offer to carry
on (``shared.runtime.resume``), and carrying it on: a slip or statement whose PIN was asked, or a new PIN being
chosen for one asked before it, or typed once and awaiting its confirmation. Never a PIN, nor its hash, in the
words. Nothing for the first-use question with nothing asked (it is the payroll start itself), nor while locked.

A half-chosen PIN is carried on only as safely as it began: its confirmation still has to match the salted hash
of the first typing, and whoever holds the phone could choose a PIN from scratch as easily, so asking for it
again gives nobody more. Once the employee has a PIN, though (set meanwhile from another chat of theirs), a
confirmation would replace it without it ever being typed: that is offered to nobody, the row opens the menu.
"""
from __future__ import annotations

from typing import Any

from services.payroll.conversation import cloud, deliver, home, pin
from services.payroll.conversation.turn import Turn


def _confirmable(turn: Turn) -> bool:
    """A new PIN typed once, still to be confirmed, and nothing it would replace."""
    draft = turn.draft
    return turn.chat.step == "confirm_pin" and bool(draft.get("salt") and draft.get("hashed")) \
        and not turn.access.has_pin


def _wanted(turn: Turn) -> dict[str, Any] | None:
    want = turn.draft.get("want")
    return dict(want) if isinstance(want, dict) and want.get("kind") else None


def in_progress(turn: Turn) -> str | None:
    step, want = turn.chat.step, _wanted(turn)
    what = deliver.describe(turn, want) if want else None
    if step == "pin" and want and turn.access.has_pin and not turn.access.locked(turn.now):
        return turn.t("left_pin", what=what[:1].upper() + what[1:])
    if _confirmable(turn):
        doing = turn.t("left_new_pin_typed")
    elif step == "new_pin" and want and not turn.access.has_pin:
        doing = turn.t("left_new_pin")
    else:
        return None
    return turn.t("left_then", doing=doing, what=what) if what else doing


async def carry_on(turn: Turn) -> None:
    """Carry on: the question the employee was at, with what they asked for kept; anything no longer in progress
    (an old offer tapped late, a PIN set meanwhile) opens the payroll start."""
    step, want = turn.chat.step, _wanted(turn)
    if step == "pin" and want and turn.access.has_pin:  # checked again: a slip withdrawn, a lock (``pin.ask``)
        if (problem := await deliver.missing(turn, want)) is not None:
            return await home.home(turn, hint=problem)
        return await pin.ask(turn, want)
    if _confirmable(turn):
        return turn.say(cloud.text(turn.with_nav(turn.t("confirm_pin"))))
    await home.home(turn, want=want if step == "new_pin" else None)
