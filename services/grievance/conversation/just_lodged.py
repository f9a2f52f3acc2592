"""A photo, video, voice note or document sent soon after lodging a complaint, with no complaint open on screen:
most often meant for the complaint just lodged (taken after tapping Submit), sometimes the start of another. The
person is asked which; the files wait in the chat meanwhile, with any more sent before the answer, so neither
answer loses one. Several photos sent one after another (an album) are asked about once: those that come within
``BURST`` of the question wait with the first without another question, and the answer says what went where ("3
photos"). A tap on the question later still does what it says while the files wait; once they have gone one way,
the other button is out of date. Leaving the question (back, the main menu's Start again, "my complaints") adds them
nowhere, and the person is told so and how to add them; the main menu's Complaints row offers to carry on with it.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from services.grievance.conversation import attachments, lodge
from services.grievance.conversation.after import KINDS, SPOKEN
from services.grievance.conversation.mine import own, view
from services.grievance.conversation.turn import Turn
from services.grievance.domain import MEDIA_MAX, Attachment, Refused, Ticket
from services.grievance.domain.pointing import only_points
from shared.chat import Media

JUST_LODGED = timedelta(minutes=30)
BURST = timedelta(minutes=2)  # a file after the question within it is of the same sending: not asked again


async def asked(turn: Turn, media: Media) -> bool:
    """``media`` held and the person asked which complaint it is for, but not again while the question just asked
    is on screen (``BURST``); False when none of theirs still being handled was lodged within ``JUST_LODGED`` and no
    such question waits (a new complaint begins with it)."""
    held = waiting(turn)
    if held:
        number = str(turn.draft["number"])
    elif (latest := await lately(turn)) is not None:
        number = latest.number
    else:
        return False
    hint = None
    if len(held) >= MEDIA_MAX:
        hint = turn.t("media_full", most=MEDIA_MAX)
    elif media.id not in {m["id"] for m in held}:
        held.append(media.model_dump(exclude_none=True))
        if _just_asked(turn):  # one more of the files the question on screen is about: it waits with them
            turn.go("which", held=held)
            return True
    turn.go("which", number=number, held=held)
    ask(turn, hint=hint)
    return True


async def lately(turn: Turn) -> Ticket | None:
    """The person's latest complaint, lodged within ``JUST_LODGED`` and still being handled."""
    latest = await turn.repos.tickets.for_person(turn.inbound.wa_id, limit=1)
    if not latest or not latest[0].is_open or turn.now - latest[0].lodged_at > JUST_LODGED:
        return None
    return latest[0]


def _just_asked(turn: Turn) -> bool:
    """Files were waiting already, and the question about them was asked less than ``BURST`` ago."""
    asked_at = turn.draft.get("asked_at") if waiting(turn) else None
    return asked_at is not None and turn.now - datetime.fromisoformat(asked_at) < BURST


def waiting(turn: Turn) -> list[dict[str, Any]]:
    """The files waiting for the answer: none once the person has gone on to another step."""
    return list(turn.draft.get("held") or []) if turn.chat.step == "which" else []


def not_added(turn: Turn, key: str = "files_not_added") -> str | None:
    """What to tell a person who leaves the question (back, Start again, another part of the complaints) while files
    wait: they were added nowhere, and how to add them; with ``key="left_files"``, the question in a few words for
    the offer to carry on (``left``). None when none wait."""
    held = waiting(turn)
    if not held:
        return None
    files = described([Media.model_validate(m) for m in held], turn)
    return turn.t(key, files=files, number=str(turn.draft["number"]))


def let_go(turn: Turn) -> str | None:
    """The files waiting are let go, as the person left the question: what to tell them (``not_added``)."""
    note = not_added(turn)
    turn.go(turn.chat.step, held=None, asked_at=None)
    return note


def ask(turn: Turn, *, hint: str | None = None) -> None:
    number = str(turn.draft["number"])
    turn.go(turn.chat.step, asked_at=turn.now.isoformat())
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
    try:
        done = await added(turn, number, held)
    except Refused as refused:
        ask(turn, hint=turn.t(refused.key, **refused.values))
        return True
    turn.go("which", held=None, asked_at=None)
    await view(turn, number, hint=done)
    return True


async def added(turn: Turn, number: str, held: list[dict[str, Any]]) -> str:
    """The files ``held`` added to complaint ``number`` (each once, the message redelivered): what to say of them.
    ``Refused`` when the complaint takes no more (closed meanwhile, or full)."""
    files = [Attachment.of(Media.model_validate(m)) for m in held]

    def rule(ticket: Ticket) -> Ticket:
        for attachment in files:
            if attachment.id not in {a.id for a in ticket.media}:
                ticket = ticket.attach(attachment)
        return ticket

    changed = await turn.repos.tickets.change(number, rule, key=turn.ctx.envelope.id)
    count = len(changed[1].media) if changed else 0
    shown = described([Media.model_validate(m) for m in held], turn)
    return turn.t("files_added", number=number, files=shown, count=count)


async def answered(turn: Turn, word: str) -> bool:
    """A yes or a no typed at the question ("Shall I add it … or start a new complaint?"): *Add to it* or *New
    complaint*; False when no files wait for the answer."""
    if word == "yes":
        return await add_to(turn, str(turn.draft.get("number", "")))
    return new_with(turn)


def new_with(turn: Turn) -> bool:
    """A new complaint holding the files, begun as one sent first begins (``attachments.started_with``): what was
    written under them is its description, a voice note says it for one who cannot write. Words that only point at a
    file ("see this", "এই দেখুন", "dekhun") stay with it alone (``pointing``): the description is still asked."""
    media = [Media.model_validate(m) for m in waiting(turn)]
    if not media:
        return False
    turn.go("which", held=None, number=None, asked_at=None)
    lodge.new_draft(turn)
    turn.go(turn.chat.step, media=[Attachment.of(m).model_dump(exclude_none=True) for m in media])
    hint = turn.t(attachments.STARTED.get(media[0].kind, "started_document")) if len(media) == 1 \
        else turn.t("files_started", files=described(media, turn))
    words = "\n".join(m.caption.strip() for m in media if m.caption and not only_points(m.caption))
    if words:
        lodge.described(turn, words, hint=hint)
        return True
    if any(m.kind in SPOKEN for m in media):
        turn.go(turn.chat.step, description=turn.t("described_in_voice"))
    lodge.onward(turn, hint=hint)
    return True


def described(media: list[Media], turn: Turn) -> str:
    """What the files are, counted by kind in the order they came: "3 photos and a voice note"."""
    counts: dict[str, int] = {}
    for m in media:
        kind = KINDS.get(m.kind, "document")
        counts[kind] = counts.get(kind, 0) + 1
    parts = [turn.t(f"files_{kind}_one") if n == 1 else turn.t(f"files_{kind}_many", count=n)
             for kind, n in counts.items()]
    return parts[0] if len(parts) == 1 else turn.t("files_and", some=", ".join(parts[:-1]), last=parts[-1])
