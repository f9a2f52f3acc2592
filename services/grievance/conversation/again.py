"""A new complaint from an old one that can no longer be reopened (rejected, or resolved more than 15 days ago) or
is closed, begun at its view (``remark``: the words typed there as its description; ``lodged_change``: *New
complaint* there or at 'cannot be changed'): the old one's subject and place are proposed where the problem came
back, and shown in the summary to submit or change; words typed at a closed one give the subject themselves, or it
is asked."""
from __future__ import annotations

from services.grievance.conversation import cloud, lodge, places
from services.grievance.conversation.turn import Turn
from services.grievance.domain import DESCRIPTION_MAX, Ticket
from shared.districts import DISTRICTS


def lapsed(turn: Turn, ticket: Ticket) -> bool:
    """Rejected, or resolved more than the days for reopening ago: the problem back is a new complaint."""
    return ticket.status == "rejected" or (ticket.status == "resolved" and not ticket.may_reopen(turn.now))


def begun(turn: Turn, ticket: Ticket, said: str) -> bool:
    """A new complaint begun with the words kept at the question about ``ticket``."""
    turn.go("ticket", remark=None)
    lodge.new_draft(turn)
    hint = turn.t("remark_new")
    if ticket.status != "closed" and same_as(turn, ticket):
        hint = turn.t("remark_new_same", number=ticket.number)
    if len(said) > DESCRIPTION_MAX:  # given back whole, to copy and shorten: a description holds no more
        lodge.ask_description(turn, hint=turn.t("remark_new_long", length=len(said), most=DESCRIPTION_MAX))
        for message in cloud.text_parts(said):
            turn.say(message)
        return True
    lodge.described(turn, said, hint=hint)
    return True


def same_as(turn: Turn, ticket: Ticket) -> bool:
    """The old complaint's subject and place on the new draft, where they can still be chosen: False when neither."""
    proposed = False
    if ticket.category in {c.key for c in turn.categories.chosen_by_people()}:
        turn.go(turn.chat.step, category=ticket.category)
        proposed = True
    if (gp := turn.directory.gp(ticket.gp)) is not None:
        places.set_gp(turn, gp)
        return True
    if not ticket.gp and ticket.level == "district" and ticket.district in DISTRICTS:  # a district not listed
        places.set_district(turn, ticket.district)
        return True
    return proposed
