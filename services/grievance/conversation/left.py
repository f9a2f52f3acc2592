"""What a person left in progress here when they went to the main menu, in a few words, for the offer to carry
on (``shared.runtime.resume``): a complaint being put together that has something in it (its subject, its place,
its words, a photo), files sent just after lodging one that wait to be told where they go, or files kept with words
sent from the main menu, at the question of which complaint they are about (``unasked``). Nothing for one just
begun, nor for a step that only shows something (a complaint's status)."""
from __future__ import annotations

from services.grievance.conversation import just_lodged, places, unasked
from services.grievance.conversation.cloud import fit
from services.grievance.conversation.turn import Turn

LODGING = ("category", "district", "block", "gp", "located", "describe", "confirm", "change", "remove")
GIVEN = ("category", "district", "found", "description", "media")
WORDS = 40  # of the description, shown as its beginning


def in_progress(turn: Turn) -> str | None:
    if (files := just_lodged.not_added(turn, "left_files")) is not None:  # the question of where they go
        return files
    if (kept := unasked.not_kept(turn, "left_unasked_files")) is not None:
        return kept
    details = drafted(turn)
    if details is None:
        return None
    return turn.t("left_complaint", details=details) if details else turn.t("left_complaint_begun")


def drafted(turn: Turn) -> str | None:
    """What the complaint being put together holds, in a few words ("" when nothing sayable); None when none is,
    or it holds nothing the person gave."""
    draft = turn.draft
    lodging = turn.chat.step in LODGING and draft.get("purpose") == "lodge" and "id" in draft
    if not lodging or not any(draft.get(field) for field in GIVEN):
        return None
    category = turn.categories.get(draft.get("category"))
    parts = [category.name(turn.lang)] if category is not None else []
    if (place := _place(turn)) is not None:
        parts.append(place)
    if draft.get("description"):
        parts.append(f"“{fit(str(draft['description']), WORDS)}”")
    if draft.get("media"):
        parts.append(turn.t("left_media", count=len(draft["media"])))
    return ", ".join(parts)


def _place(turn: Turn) -> str | None:
    """The gram panchayat, or the district placed as a whole or chosen on the way to its panchayat."""
    draft, directory = turn.draft, turn.directory
    if (gp := directory.gp(draft.get("gp"))) is not None:
        return gp.name(turn.lang)
    if (whole := places.whole_district(turn)) is not None:
        return places.district_line(turn, whole)
    district = directory.district(draft.get("district"))
    return district.name(turn.lang) if district is not None else None
