""""No" or "cancel" typed at a complaint's summary: asked first, never the draft thrown away on one word.

"No" to "Submit?" may mean "not yet" or "something is wrong in it" as well as "throw it away", so the person is
asked: discard it (``grievance:drop:<draft id>``, as the summary's own *Discard*), change something in it
(``grievance:change:<draft id>``), or go back to the summary (``grievance:summary:<draft id>``). At that question a
discarding word typed ("discard", "বাতিল", "batil") discards; "no", "yes" or "ok" shows the summary again with
nothing discarded nor lodged. Anywhere else in a draft, "cancel" drops it as before."""
from __future__ import annotations

from services.grievance.conversation import submit, summary
from services.grievance.conversation.turn import Turn


def typed(turn: Turn, word: str | None) -> bool:
    """False when ``word`` at this step is none of these: read as the step reads it."""
    step = turn.chat.step
    if step == "confirm" and turn.draft.get(summary.DISCARDING):  # the answer to "discard it, or change something?"
        if word == "cancel":
            submit.drop(turn)
        else:
            summary.confirm(turn, hint=turn.t("discard_kept"))
        return True
    if word == "cancel" or (word == "no" and step == "confirm"):
        if step in summary.SUMMARY:
            ask(turn)
        else:
            submit.drop(turn)
        return True
    return False


def ask(turn: Turn) -> None:
    turn.go("confirm", **{summary.DISCARDING: True})
    draft_id = str(turn.draft["id"])
    turn.buttons(turn.t("discard_ask"), [(f"grievance:drop:{draft_id}", turn.t("btn_drop")),
                                         (f"grievance:change:{draft_id}", turn.t("btn_change")),
                                         (f"grievance:summary:{draft_id}", turn.t("btn_to_summary"))])
