"""How long one's issued letters hold, asked ("amar licence er meyad kobe sesh", "আমার অনুমতিপত্রের মেয়াদ কতদিন",
"when does my permission expire"): each of the asker's issued cases with its last valid day, or the day it ran out
and where to renew it; a revoked one with the day it was revoked and why. None on this number: said so, and how to
apply. Only the asker's own are named. Each service names what a case is (``what``: a NOC's trade, a permission's
plot) in its texts ``validity_*``."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from shared.casework.visit import Visit
from shared.india import today_in_india

# how long something holds: "meyad", মেয়াদ, "expire", "valid", "runs out", "kobe shesh", কবে শেষ
UNTIL = (r"(?:\bme(?:y|j)?ad|মে(?:\u09df|\u09af\u09bc)াদ|\bexpir\w*|\bvalid\w*|\bruns?\s+out|\bkobe\s+s?hesh"
         r"|কবে\s*শেষ)")


async def owned_or_told(visit: Visit, none: str) -> list[Any]:
    """The asker's own cases on this number, newest first; where the number is hidden behind a username (the cases
    are asked by their number), or none is held (``none``: the text saying so, how to apply under it), that is said
    with the buttons for a number and the service's start, and the list is empty."""
    if visit.number_hidden:
        visit.ask(visit.t("number_hidden"), [visit.button("status", "btn_status"), visit.button("home", "btn_home")])
        return []
    owned = await visit.cases.of_mobile(visit.inbound.wa_id)
    if not owned:
        visit.ask("\n\n".join((visit.t(none), visit.t("apply_how"))),
                  [visit.button("status", "btn_status"), visit.button("home", "btn_home")])
    return owned


async def validity(visit: Visit, args: list[str], *, what: Callable[[Visit, Any], str],
                   issued_buttons: Sequence[tuple[str, str]] = ()) -> None:
    """``what``: the words naming a case beside its number; ``issued_buttons``: (action, text) of the service's own
    buttons offered above the others when one is issued (the NOC's *Renewal due*)."""
    if not (owned := await owned_or_told(visit, "validity_none")):
        return None
    issued = [case for case in owned if case.issue is not None and case.status == "approved"]
    revoked = [case for case in owned if case.status == "revoked" and case.history]
    if not issued and not revoked:
        return visit.ask(visit.t("validity_none_issued"), [visit.button("mine", "btn_mine"),
                                                           visit.button("home", "btn_home")])
    lines = [visit.t("validity_intro")]
    for case in sorted(issued, key=lambda c: c.issue.valid_until, reverse=True):
        key = "validity_expired" if case.shown_status(visit.today) == "expired" else "validity_valid"
        lines.append(visit.t(key, number=case.number, what=what(visit, case), valid_until=case.issue.valid_until,
                             gp=visit.local(case.gp.name_bn, case.gp.name_en)))
    for case in revoked:  # held no more: the day and why, not the term it would have run
        lines.append(visit.t("validity_revoked", number=case.number, what=what(visit, case),
                             on=today_in_india(case.history[-1].at), reason=case.reason))
    buttons = [visit.button("mine", "btn_mine"), visit.button("home", "btn_home")]
    if issued:
        buttons = [*(visit.button(action, key) for action, key in issued_buttons), *buttons]
    visit.ask("\n".join(lines), buttons)
