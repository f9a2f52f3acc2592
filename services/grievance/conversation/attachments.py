"""Photos, videos, voice notes and documents sent with a complaint being put together: kept in the draft (at most
``MEDIA_MAX``), the words written under one read as the description, a voice note standing for one where none is
written; one sent first, with no complaint being put together, begins one. Until Submit they can be taken off the
draft again (``unattach``), one of them or all, so a wrong photo does not reach the office.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from services.grievance.conversation import lodge
from services.grievance.conversation.after import SPOKEN
from services.grievance.conversation.cloud import Row
from services.grievance.conversation.summary import SUMMARY, change
from services.grievance.conversation.turn import Turn
from services.grievance.domain import MEDIA_MAX, Attachment, latin_digits, says_something
from services.grievance.domain.pointing import only_points
from shared.chat import Media
from shared.india import EDGES

ALL = "all"  # the row of the list that takes every photo and file off
NAMED = {"image": "image", "video": "video", "audio": "voice", "voice": "voice", "document": "document"}
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
        before = turn.chat.step not in ("describe", *SUMMARY)  # the summary, shown next from there, shows the words
        return lodge.described(turn, str(media.caption), hint=hint, add=before,
                               kept=turn.t("caption_kept") if before else None)
    if new and media.kind in SPOKEN and not turn.draft.get("description"):  # who cannot write says it
        turn.go(turn.chat.step, description=turn.t("described_in_voice"))
    lodge.onward(turn, hint=hint)  # a photo sent before the subject or the place leaves them still to be asked


def _caption_describes(turn: Turn, caption: str | None) -> bool:
    """Words written under a photo are the description when none is given yet, and more of it at the
    summary, as words typed there are, or while the subject or the place is still asked: what the person wrote
    about the photo reaches the office. Where the description is asked (to write it anew, from *Change*), the
    caption is it. Words that only point at it ("see this", "এই দেখুন", "dekhun") are neither: they stay with the
    photo alone (``pointing``)."""
    if not caption or not caption.strip() or only_points(caption):
        return False
    return not turn.draft.get("description") or (turn.chat.step != "describe" and says_something(caption))


def unattach(turn: Turn, draft_id: str, which: str | None = None) -> bool:
    """*Remove photos/files*: the one attached is taken off; of two or more, which is asked (``ask_which``), and
    ``which`` is the row tapped there: the photo or file with that media id, or ``all``. None taken off reaches the
    office; a voice note that was the description takes that with it, and the description is asked. False for an
    older draft's tap, with nothing attached, or for one already taken off."""
    attached = list(turn.draft.get("media") or [])
    if turn.draft.get("id") != draft_id or turn.chat.step not in SUMMARY or not attached:
        return False
    if which is None and len(attached) > 1:
        ask_which(turn)
        return True
    kept = [] if which in (None, ALL) else [m for m in attached if m["id"] != which]
    if len(kept) == len(attached):
        return False
    if which in (None, ALL):
        hint = turn.t("media_removed_one" if len(attached) == 1 else "media_removed", count=len(attached))
    else:
        hint = turn.t("media_removed_named", file=names(turn, attached)[[m["id"] for m in attached].index(which)])
    voiced = {turn.texts("described_in_voice", lang) for lang in ("bn", "en")}
    spoken = any(m["kind"] in SPOKEN for m in kept)
    description = turn.draft.get("description")
    turn.go("confirm", media=kept, description=None if description in voiced and not spoken else description)
    lodge.proceed(turn, hint=hint)
    return True


def ask_which(turn: Turn, *, hint: str | None = None) -> None:
    """The photos and files attached, to tap the one to take off, then *Remove all* and *Back to summary*; with
    one or none, what to change in the summary."""
    attached = list(turn.draft.get("media") or [])
    if len(attached) < 2:
        return change(turn, hint=hint)
    turn.go("remove")
    draft_id = str(turn.draft["id"])
    rows = [Row(f"grievance:unattach:{draft_id}:{m['id']}", name, m.get("caption") or "")
            for m, name in zip(attached, names(turn, attached))]
    rows += [Row(f"grievance:unattach:{draft_id}:{ALL}", turn.t("row_remove_all"),
                 turn.t("row_remove_all_line", count=len(attached))),
             Row(f"grievance:summary:{draft_id}", turn.t("btn_to_summary"))]
    turn.rows(turn.t("unattach_ask", count=len(attached)), rows, hint)


def numbered(turn: Turn, text: str) -> bool:
    """A number typed at the list ("2", "২"): that photo or file taken off. False for words or a number not listed."""
    attached, typed = list(turn.draft.get("media") or []), latin_digits(text).strip(EDGES)
    if not typed.isdigit() or not 1 <= int(typed) <= len(attached):
        return False
    return unattach(turn, str(turn.draft.get("id", "")), attached[int(typed) - 1]["id"])


def names(turn: Turn, attached: list[dict[str, Any]]) -> list[str]:
    """How each is told apart: its kind numbered (Photo 1, Photo 2, Voice note 1), a document by its file name."""
    counted: Counter[str] = Counter()
    shown = []
    for m in attached:
        kind = NAMED.get(m["kind"], "document")
        counted[kind] += 1
        shown.append(m.get("filename") if kind == "document" and m.get("filename") else
                     turn.t(f"media_{kind}_n", n=counted[kind]))
    return shown
