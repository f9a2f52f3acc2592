"""Asking for a person — "I want to talk to an officer", "অফিসারের সঙ্গে কথা বলতে চাই", "agent" — instead of a
service: here an official answers through a complaint, so the words lead to one. With one complaint still being
handled, or one open on screen, its office is asked straight away (one on screen that is closed says so, as its
view does: no office answers it, a new complaint may be made); with more, the person chooses which (its view
has *Talk to an official*); with none, a new complaint begins, said to be read by an official. While a complaint
is being drafted nothing is dropped: they are told an official reads it once submitted, and the step is asked again;
so are files sent just after lodging, still waiting to be told which complaint they are for.

The words are read by ``shared.reach``: the grievance menu entry's phrases, so they reach here from the main menu,
and every other service's chat offers them here.
"""
from __future__ import annotations

from services.grievance.conversation import after, just_lodged, lodge, mine, places, steps
from services.grievance.conversation.cloud import ROWS_MAX
from services.grievance.conversation.turn import Turn
from services.grievance.conversation.typed import DRAFTING
from shared import elsewhere


def drafting(turn: Turn) -> bool:
    """A complaint is being drafted and holds something of the person's: a subject, a place, words or a file."""
    draft = turn.draft
    return draft.get("purpose") == "lodge" and turn.chat.step in DRAFTING and any(
        draft.get(field) for field in ("category", "district", "gp", "found", "description", "media", "latitude"))


async def reach(turn: Turn) -> None:
    # an official's phone number asked for: none is given here; a call: none is made; said above the way an official
    # is reached
    first = elsewhere.not_given(turn.inbound.text or "", turn.lang)

    def said(key: str | None, **values: str) -> str | None:
        return "\n".join(line for line in (first, turn.t(key, **values) if key else None) if line) or None

    if drafting(turn):
        return await steps.ask(turn, hint=said("official_drafting"))
    if just_lodged.waiting(turn):  # files sent just after lodging wait to be told where they go: asked first
        return just_lodged.ask(turn, hint=said("official_files_waiting"))
    if turn.chat.step == "ticket" and (number := turn.draft.get("number")):  # the complaint they are looking at
        return await after.ask_official(turn, str(number), hint=said(None))
    found = await turn.repos.tickets.for_person(turn.inbound.wa_id, limit=ROWS_MAX)
    handled = [ticket for ticket in found if ticket.status != "closed"]  # whose office still answers
    if len(handled) == 1:
        number = handled[0].number
        return await after.ask_official(turn, number, hint=said("official_about", number=number))
    if handled:
        return await mine.listing(turn, hint=said("official_which"))
    lodge.new_draft(turn)
    places.categories(turn, hint=said("official_new"))
