"""A photo, video, voice note or document sent soon after lodging a complaint, with no complaint open on screen:
most often meant for the complaint just lodged (taken after tapping Submit), sometimes the start of another. The
person is asked which; the files wait in the chat meanwhile, with any more sent before the answer, so neither
answer loses one. A tap on the question later still does what it says while the files wait; once they have gone
one way, the other button is out of date.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from services.grievance.conversation import lodge
from services.grievance.conversation.after import SPOKEN
from services.grievance.conversation.mine import own, view
from services.grievance.conversation.turn import Turn
from services.grievance.domain import MEDIA_MAX, Attachment, Refused, Ticket
from shared.chat import Media

JUST_LODGED = timedelta(minutes=30)


async def asked(turn: Turn, media: Media) -> bool:
    """``media`` held and the person asked which complaint it is for; False when none of theirs still being
    handled was lodged within ``JUST_LODGED`` and no such question waits (a new complaint begins with it)."""
    held = waiting(turn)
    if held:
        number = str(turn.draft["number"])
    else:
        latest = await turn.repos.tickets.for_person(turn.inbound.wa_id, limit=1)
        if not latest or not latest[0].is_open or turn.now - latest[0].lodged_at > JUST_LODGED:
            return False
        number = latest[0].number
    hint = None
    if len(held) >= MEDIA_MAX:
        hint = turn.t("media_full", most=MEDIA_MAX)
    elif media.id not in {m["id"] for m in held}:
        held.append(media.model_dump(exclude_none=True))
    turn.go("which", number=number, held=held)
    ask(turn, hint=hint)
    return True


def waiting(turn: Turn) -> list[dict[str, Any]]:
    """The files waiting for the answer: none once the person has gone on to another step."""
    return list(turn.draft.get("held") or []) if turn.chat.step == "which" else []


def ask(turn: Turn, *, hint: str | None = None) -> None:
    number = str(turn.draft["number"])
    turn.buttons(turn.t("which_complaint", number=number, count=len(waiting(turn))),
                 [(f"grievance:addto:{number}", turn.t("btn_add_to")), ("grievance:newwith", turn.t("btn_new_with"))],
                 hint)


async def add_to(turn: Turn, number: str) -> bool:
    """The files added to the complaint just lodged, as a photo sent while looking at it is (``after.attach``);
    refused (it was closed meanwhile, or is full), the question again, the files still waiting."""
    held = waiting(turn)
    if not held or number != turn.draft.get("number"):
        return False
    if await own(turn, number) is None:
        return True
    added = [Attachment.of(Media.model_validate(m)) for m in held]

    def rule(ticket: Ticket) -> Ticket:
        for attachment in added:
            if attachment.id not in {a.id for a in ticket.media}:
                ticket = ticket.attach(attachment)
        return ticket

    try:
        changed = await turn.repos.tickets.change(number, rule, key=turn.ctx.envelope.id)
    except Refused as refused:
        ask(turn, hint=turn.t(refused.key, **refused.values))
        return True
    turn.go("which", held=None)
    count = len(changed[1].media) if changed else 0
    await view(turn, number, hint=turn.t("attached_to_ticket", number=number, count=count))
    return True


def new_with(turn: Turn) -> bool:
    """A new complaint holding the files, begun as one sent first begins (``lodge.started_with``): what was
    written under them is its description, a voice note says it for one who cannot write."""
    media = [Media.model_validate(m) for m in waiting(turn)]
    if not media:
        return False
    turn.go("which", held=None, number=None)
    lodge.new_draft(turn)
    turn.go(turn.chat.step, media=[Attachment.of(m).model_dump(exclude_none=True) for m in media])
    hint = turn.t(lodge.STARTED.get(media[0].kind, "started_document"))
    words = "\n".join(m.caption.strip() for m in media if m.caption and m.caption.strip())
    if words:
        lodge.described(turn, words, hint=hint)
        return True
    if any(m.kind in SPOKEN for m in media):
        turn.go(turn.chat.step, description=turn.t("described_in_voice"))
    lodge.onward(turn, hint=hint)
    return True
