"""Leaving a complaint being put together that holds something the person gave (its subject, place, words, a
photo), where a fresh draft or the complaints' start would drop it without a word. "New complaint" asked for (typed,
"obhijog korbo", or an earlier message's button tapped): they are told what it holds and asked to carry on with it
(``grievance:resume``: the question of the step they are at) or start again, dropping it (``grievance:anew:<draft
id>``, out of date once that draft is gone). "Back" at its first question (``leave``): the same, with discarding it
(``grievance:drop:<draft id>``) for starting again. With nothing given yet, a new complaint simply begins, and
"back" goes to the start."""
from __future__ import annotations

from services.grievance.conversation import left, lodge
from services.grievance.conversation.turn import Turn


def new(turn: Turn, text: str = "") -> None:
    """A new complaint asked for, with ``text`` the words that asked (``lodge.start``), unless one holding something is
    being put together: carry on with it, or start again?"""
    if not _asked(turn, "anew_ask", "anew", "btn_start_again"):
        lodge.start(turn, text=text)


def leave(turn: Turn) -> bool:
    """"back" at the draft's first question: False when it holds nothing, and the start may simply be shown."""
    return _asked(turn, "leave_ask", "drop", "btn_drop")


def _asked(turn: Turn, question: str, action: str, button: str) -> bool:
    details = left.drafted(turn)
    if details is None:
        return False
    begun = f":\n*{details}*" if details else "."
    turn.buttons(turn.t(question, details=begun), [("grievance:resume", turn.t("btn_carry_on")),
                                                   (f"grievance:{action}:{turn.draft['id']}", turn.t(button))])
    return True


def start_again(turn: Turn, draft_id: str) -> bool:
    """False for the button of a draft no longer being put together (lodged, dropped, or begun again already)."""
    if left.drafted(turn) is None or turn.draft.get("id") != draft_id:
        return False
    lodge.start(turn, hint=turn.t("dropped"))
    return True
