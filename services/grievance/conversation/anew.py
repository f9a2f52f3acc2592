""""New complaint" asked for (typed, "obhijog korbo", or an earlier message's button tapped) while a complaint is
being put together that holds something the person gave (its subject, place, words, a photo): a fresh draft would
drop it without a word. They are told what it holds and asked to carry on with it (``grievance:resume``: the
question of the step they are at) or start again, dropping it (``grievance:anew:<draft id>``, out of date once that
draft is gone). With nothing given yet, a new complaint simply begins."""
from __future__ import annotations

from services.grievance.conversation import left, lodge
from services.grievance.conversation.turn import Turn


def new(turn: Turn) -> None:
    details = left.drafted(turn)
    if details is None:
        return lodge.start(turn)
    begun = f":\n*{details}*" if details else "."
    turn.buttons(turn.t("anew_ask", details=begun), [("grievance:resume", turn.t("btn_carry_on")),
                                                     (f"grievance:anew:{turn.draft['id']}", turn.t("btn_start_again"))])


def start_again(turn: Turn, draft_id: str) -> bool:
    """False for the button of a draft no longer being put together (lodged, dropped, or begun again already)."""
    if left.drafted(turn) is None or turn.draft.get("id") != draft_id:
        return False
    lodge.start(turn, hint=turn.t("dropped"))
    return True
