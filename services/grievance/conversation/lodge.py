"""Lodging a complaint: category → place → description (with photos and voice notes, ``attachments``) → the
summary (``summary``), and Submit (``submit``). The place is a gram panchayat of the directory, or a district it
does not list, whose district office then owns it.

Nothing is stored as a ticket until the person taps Submit; until then the draft lives in their chat, so a
description that is too long or too short is answered with the limit and whatever was already given
(category, place, attachments) stays.
"""
from __future__ import annotations

from typing import Any

from services.grievance.conversation import places, subject, trimmed
from services.grievance.conversation.summary import SUMMARY, confirm
from services.grievance.conversation.turn import Turn
from services.grievance.domain import DESCRIPTION_MAX, Area, Attachment, Refused, checked_description, says_something
from shared.chat import Location, Media
from shared.envelope import derive_id

SPOT_MAX = 300  # characters of where the spot is, held before any description (a landmark, not the problem told)
DRAFT_FIELDS = ("id", "category", "district", "block", "gp", "found", "description", "media", "latitude",
                "longitude", "page", "guessed", "fresh", "fresh_kept", "afresh_from", "trimmed", "spot")


def new_draft(turn: Turn) -> None:
    turn.go("category", purpose="lodge", **dict.fromkeys(DRAFT_FIELDS))
    turn.go("category", id=derive_id(turn.ctx.envelope.id, "draft"))


def start(turn: Turn, *, hint: str | None = None, text: str = "") -> None:
    """A new complaint; asked for with its subject alone named (``text``: "water complaint", "জলের সমস্যা"), begun
    with that subject, said taken from the words (the words no description), its place asked next."""
    new_draft(turn)
    if text and subject.named_alone(turn, text):
        hint = subject.taken(turn, text, hint)
    proceed(turn, hint=hint)


def category(turn: Turn, key: str) -> None:
    found = turn.categories.get(key)
    if found is None or key not in {c.key for c in turn.categories.chosen_by_people()}:
        return places.categories(turn, hint=turn.t("stale"))
    if "id" not in turn.draft or turn.draft.get("purpose") != "lodge":
        new_draft(turn)
    turn.go("district", category=key, guessed=None)
    proceed(turn)


def told(turn: Turn, text: str) -> bool:
    """Words typed where the subject is asked that name one ("no water in the tube well", "nala jam"): the subject,
    and the description too when they are enough of one. False when they name none or several."""
    hint = subject.taken(turn, text, None)
    if hint is None:
        return False
    try:
        checked_description(text)
    except Refused:
        proceed(turn, hint=hint)
        return True
    described(turn, text, hint=hint)
    return True


def proceed(turn: Turn, *, hint: str | None = None) -> None:
    """Ask for what the complaint still lacks — subject, place, description — so whatever order the person
    gives them in (a location or a panchayat before the subject), they reach the summary and Submit."""
    draft = turn.draft
    if turn.categories.get(draft.get("category")) is None:
        return places.categories(turn, hint=hint)
    if not draft.get("gp") and places.whole_district(turn) is None:
        found = turn.directory.gp(draft.get("found"))
        return places.confirm_located(turn, found, hint=hint) if found else places.districts(turn, hint=hint)
    if not draft.get("description"):
        return ask_description(turn, hint=hint)
    confirm(turn, hint=hint)


def located(turn: Turn, pin: Location) -> None:
    """A shared location: the nearest panchayat office, to confirm (or pick from the list when none is near)."""
    gp = turn.directory.nearest(pin.latitude, pin.longitude)
    turn.go(turn.chat.step, latitude=pin.latitude, longitude=pin.longitude, found=gp.code if gp else None)
    known = "category" in turn.draft
    if gp is None:
        return places.districts(turn, hint=turn.t("location_far")) if known else places.categories(
            turn, hint=turn.t("location_far_subject_first"))
    if not known:
        return places.categories(turn, hint=turn.t("location_noted", place=places.described(turn, gp)))
    places.confirm_located(turn, gp)


def placed(turn: Turn, gp: Area) -> None:
    """A gram panchayat chosen (tapped, typed or confirmed from a location) for the complaint."""
    places.set_gp(turn, gp)
    proceed(turn)


def in_district(turn: Turn, key: str, *, said: str = "") -> None:
    """A district of West Bengal the directory does not list, typed by name: there is no block or panchayat to
    choose, the complaint goes to that district's office. Named in a sentence (``said``: "গ্রাম শিমুলিয়া, হুগলি জেলা"),
    the sentence is kept in the description, as a landmark is (held for it before there is one), so the office,
    which has no panchayat to go by, reads the village it may name; not one too long to be only the place."""
    places.set_district(turn, key)
    said = said.strip()
    if 0 < len(said) <= SPOT_MAX and turn.draft.get("description"):
        return described(turn, said, add=True)  # under it, as a landmark typed at the list is; then the summary
    if 0 < len(said) <= SPOT_MAX:
        hold_spot(turn, said)
    proceed(turn)


def ask_description(turn: Turn, *, hint: str | None = None) -> None:
    """Asked again with one held ("back" at the summary): shown, as what is typed now takes its place, and
    *Keep it* goes back to the summary with it."""
    turn.go("describe")
    if held := str(turn.draft.get("description") or ""):
        return turn.buttons(turn.t("ask_description_held", said=held, most=DESCRIPTION_MAX),
                            [(f"grievance:summary:{turn.draft['id']}", turn.t("btn_keep_description"))], hint)
    turn.text(turn.t("ask_description", most=DESCRIPTION_MAX), hint)


def described(turn: Turn, text: str, *, hint: str | None = None, add: bool = False, kept: str | None = None) -> None:
    """The description, or more of it once given (a second message adds to the first; ``add``: at a step before
    the summary too, as a photo's caption at the place is, ``kept`` said below ``hint`` once the words are kept).
    The minimum is the whole description's: a short addition to a long enough description is fine, one of only
    emoji or invisible marks is asked for again in words."""
    so_far, spot = str(turn.draft.get("description") or ""), str(turn.draft.get("spot") or "")
    hint = subject.taken(turn, text, hint)  # a description given before the subject may name it
    adding = bool(so_far) and (add or turn.chat.step in SUMMARY) and bool(text.strip())
    joined = f"{so_far}\n{text.strip()}" if adding else text
    # where the spot is, said at the place before any description, goes under it
    with_spot = bool(spot) and not so_far and says_something(text)
    if with_spot:
        joined = f"{text.strip()}\n{spot}"
    try:
        if len(joined.strip() if with_spot else text.strip()) > DESCRIPTION_MAX and not adding:  # its first part
            return trimmed.offer(turn, text, hint, spot=spot if with_spot else "")  # offered, the spot under it
        if adding and not says_something(text):
            raise Refused("description_words")
        if adding and len(joined.strip()) > DESCRIPTION_MAX and not add and trimmed.added(turn, so_far, text, hint):
            return  # at the summary, the part of the words added that fits offered (a caption's: too long, said)
        if adding and len(text.strip()) > DESCRIPTION_MAX:  # not a word of it fits
            raise Refused("description_long", length=len(text.strip()), most=DESCRIPTION_MAX)
        if adding and len(joined.strip()) > DESCRIPTION_MAX:  # the description is full: not a word fits
            raise Refused("description_full", length=len(joined.strip()), most=DESCRIPTION_MAX)
        turn.go(turn.chat.step, description=checked_description(joined), trimmed=None,
                **({"spot": None} if with_spot else {}))
    except Refused as refused:  # what was said of a photo whose caption this is stays above the refusal
        said = turn.t(refused.key, **refused.values)
        hint = f"{hint}\n{said}" if hint else said
        if so_far and turn.chat.step not in SUMMARY:  # a caption at the place: the place still asked
            return onward(turn, hint=hint)
        return confirm(turn, hint=hint) if so_far else ask_description(turn, hint=hint)
    onward(turn, hint=f"{hint}\n{kept}" if hint and kept else hint or kept)


def spot_held(turn: Turn, text: str) -> bool:
    """Where the spot is ("near the school", "স্কুলের পাশে"), said at the place's list before any description: held,
    to be added under the description once it is given, and the list asked again; False for words too long to be
    only that (``SPOT_MAX``)."""
    said = text.strip()
    if len(said) > SPOT_MAX:
        return False
    hold_spot(turn, said)
    onward(turn, hint=turn.t("landmark_held", said=said))
    return True


def hold_spot(turn: Turn, said: str) -> None:
    """Where the spot is, held to go under the description once it is given (``described``)."""
    turn.go(turn.chat.step, spot=said)


def begun_with_words(turn: Turn, text: str, media: list[dict[str, Any]] | None = None, *,
                     hint: str | None = None) -> None:
    """Words sent unasked (``unasked``), or a description typed at the complaints' start: a new complaint they
    describe, its subject taken from them when they name one; words too short or too long to be a description
    begin it too, and the description is asked with the limit. ``media``: files sent with them, attached; ``hint``
    in place of the line saying the message begins a complaint."""
    new_draft(turn)
    if media:
        turn.go(turn.chat.step, media=[Attachment.of(Media.model_validate(m)).model_dump(exclude_none=True)
                                       for m in media])
    described(turn, text, hint=hint or turn.t("started_words"))


def onward(turn: Turn, *, hint: str | None = None) -> None:
    """What the complaint still lacks, as ``proceed``; but with a block or a panchayat list being answered,
    that list again, so a photo sent there does not send the person back to the districts."""
    draft, step = turn.draft, turn.chat.step
    if step == "block" and (district := turn.directory.district(draft.get("district"))) is not None:
        return places.blocks(turn, district, hint=hint)
    if step == "gp" and (block := turn.directory.block(draft.get("block"))) is not None:
        return places.gps(turn, block, hint=hint)
    proceed(turn, hint=hint)
