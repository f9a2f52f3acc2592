"""Photos, videos, voice notes and documents sent with a complaint being put together: kept in the draft (at most
``MEDIA_MAX``), the words written under one read as the description, a voice note standing for one where none is
written; one sent first, with no complaint being put together, begins one. Until Submit they can be taken off the
draft again (``unattach``), so a wrong photo does not reach the office.
"""
from __future__ import annotations

from services.grievance.conversation import lodge
from services.grievance.conversation.after import SPOKEN
from services.grievance.conversation.summary import SUMMARY
from services.grievance.conversation.turn import Turn
from services.grievance.domain import MEDIA_MAX, Attachment, says_something
from shared.chat import Media

STARTED = {"image": "started_photo", "video": "started_video", "audio": "started_voice", "voice": "started_voice",
           "document": "started_document"}


def started_with(turn: Turn, media: Media) -> None:
    """A photo, video, voice note or document sent with no complaint being lodged nor open on screen (sent first,
    at the main menu, most often): a new complaint holding it, its caption the description, and what it is about
    asked, as a shared location begins one. Not turned away: the person would have to send it again."""
    lodge.new_draft(turn)
    attach(turn, media, hint=turn.t(STARTED.get(media.kind, "started_document")))


def attach(turn: Turn, media: Media, *, hint: str | None = None) -> None:
    """``hint`` says what became of it, when not only that one more attachment was received."""
    attached = list(turn.draft.get("media") or [])
    if len(attached) >= MEDIA_MAX:
        return lodge.onward(turn, hint=turn.t("media_full", most=MEDIA_MAX))
    new = media.id not in {m["id"] for m in attached}
    if new:
        attached.append(Attachment.of(media).model_dump(exclude_none=True))
    turn.go(turn.chat.step, media=attached)
    hint = hint or turn.t("media_added", count=len(attached))
    if new and _caption_describes(turn, media.caption):
        return lodge.described(turn, str(media.caption), hint=hint)
    if new and media.kind in SPOKEN and not turn.draft.get("description"):  # who cannot write says it
        turn.go(turn.chat.step, description=turn.t("described_in_voice"))
    lodge.onward(turn, hint=hint)  # a photo sent before the subject or the place leaves them still to be asked


def _caption_describes(turn: Turn, caption: str | None) -> bool:
    """Words written under a photo are the description when none is given yet, and more of it at the
    summary, as words typed there are: what the person wrote about the photo reaches the office."""
    if not caption or not caption.strip():
        return False
    return not turn.draft.get("description") or (turn.chat.step in SUMMARY and says_something(caption))


def unattach(turn: Turn, draft_id: str) -> bool:
    """Every photo and file taken off the draft, none to reach the office; a voice note that was the description
    takes that with it, and the description is asked. False for an older draft's tap, or with nothing attached."""
    removed = len(turn.draft.get("media") or [])
    if turn.draft.get("id") != draft_id or turn.chat.step not in SUMMARY or not removed:
        return False
    voiced = {turn.texts("described_in_voice", lang) for lang in ("bn", "en")}
    description = None if turn.draft.get("description") in voiced else turn.draft.get("description")
    turn.go("confirm", media=[], description=description)
    lodge.proceed(turn, hint=turn.t("media_removed_one" if removed == 1 else "media_removed", count=removed))
    return True
