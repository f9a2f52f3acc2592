""""change", "edit", "change place", "change subject" or "বদলান" typed at the view of a lodged complaint: it cannot be
changed any more, and the person is told what can be done instead, with those buttons: send the correction to the
office (*Talk to an official*), reopen it while it may be reopened (resolved, or rejected, within the 15 days), or
make a new complaint where it no longer may (resolved long ago, rejected, or closed: accepted and rated, when no
official answers it). *New complaint* there, tapped or typed, and at such a complaint's view, proposes the old one's
subject and place, as words typed at it do (``again``), and asks the description. Typed at the question whether
to send words typed at the view to the office (``remark``), it is answered the same, the words not sent, as the person
is told first."""
from __future__ import annotations

from services.grievance.conversation import again, anew, left, lodge, places
from services.grievance.conversation.mine import own
from services.grievance.conversation.turn import Turn
from services.grievance.domain.offices import office

WORDS = ("change", "place", "unattach", "subject")  # as ``words.meaning`` reads them: a draft's words to change it


async def at_question(turn: Turn, number: str) -> None:
    """At the question about words kept (``remark``): they are not sent, and what can be done is said."""
    turn.go("ticket", remark=None)
    await asked(turn, number, hint=turn.t("remark_dropped"))


async def asked(turn: Turn, number: str, *, hint: str | None = None) -> None:
    ticket = await own(turn, number)
    if ticket is None:
        return
    n, late = ticket.number, not ticket.may_reopen(turn.now)
    human, mine, new = ((f"grievance:human:{n}", turn.t("btn_human")), ("grievance:mine", turn.t("btn_mine")),
                        (f"grievance:newfrom:{n}", turn.t("btn_new")))
    reopen = (f"grievance:reopen:{n}", turn.t("btn_reopen"))
    if ticket.status == "closed":
        key, choices = "edit_closed", [new, mine]
    elif ticket.status == "resolved":
        key, choices = ("edit_resolved_late", [new, human, mine]) if late else ("edit_resolved", [reopen, human, mine])
    elif ticket.status == "rejected":
        key, choices = ("edit_rejected_late", [new, human, mine]) if late else ("edit_rejected", [new, reopen, human])
    else:
        key, choices = "edit_open", [human, mine]
    turn.go("ticket", number=n)
    turn.buttons(turn.t(key, number=n, office=office(ticket, turn.directory, turn.lang)), choices, hint)


async def new_from(turn: Turn, number: str) -> None:
    """*New complaint* at complaint ``number``'s view or at the answer about it: the old one's subject and place
    proposed where it can no longer be reopened, was rejected or is closed (the problem back), as long as no other
    complaint is being put together; at one still handled, a new complaint is begun as anywhere else."""
    ticket = await own(turn, number)
    if ticket is None:
        return
    if left.drafted(turn) is not None or not (ticket.status == "closed" or again.lapsed(turn, ticket)):
        return anew.new(turn)
    lodge.new_draft(turn)
    if not again.same_as(turn, ticket):
        return places.categories(turn)
    lodge.ask_description(turn, hint=turn.t("edit_new_same", number=ticket.number))
