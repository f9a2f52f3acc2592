"""Lodging a complaint: category → place → description (with photos and voice notes) → confirmation. The place
is a gram panchayat of the directory, or a district it does not list, whose district office then owns it.

Nothing is stored as a ticket until the person taps Submit; until then the draft lives in their chat, so a
description that is too long or too short is answered with the limit and whatever was already given
(category, place, attachments) stays. Submitting is idempotent: the draft's id is the ticket's ``origin``.
"""
from __future__ import annotations

from datetime import timedelta

from services.grievance import events
from services.grievance.conversation import mine, places, receipts, subject
from services.grievance.conversation.after import SPOKEN
from services.grievance.conversation.turn import Turn
from services.grievance.domain import (
    DESCRIPTION_MAX,
    MEDIA_MAX,
    Area,
    Attachment,
    Refused,
    Ticket,
    checked_description,
    office_deadline,
    says_something,
)
from services.grievance.people import person_id
from shared.chat import Location, Media
from shared.districts import district_name
from shared.envelope import derive_id

STARTED = {"image": "started_photo", "video": "started_video", "audio": "started_voice", "voice": "started_voice",
           "document": "started_document"}
DRAFT_FIELDS = ("id", "category", "district", "block", "gp", "found", "description", "media", "latitude",
                "longitude", "page", "guessed")
SUMMARY = ("confirm", "change")  # the summary, and what to change in it: Submit is tapped or typed at both


def new_draft(turn: Turn) -> None:
    turn.go("category", purpose="lodge", **dict.fromkeys(DRAFT_FIELDS))
    turn.go("category", id=derive_id(turn.ctx.envelope.id, "draft"))


def start(turn: Turn, *, hint: str | None = None) -> None:
    new_draft(turn)
    places.categories(turn, hint=hint)


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


def in_district(turn: Turn, key: str) -> None:
    """A district of West Bengal the directory does not list, typed by name: there is no block or panchayat to
    choose, the complaint goes to that district's office."""
    places.set_district(turn, key)
    proceed(turn)


def ask_description(turn: Turn, *, hint: str | None = None) -> None:
    turn.go("describe")
    turn.text(turn.t("ask_description", most=DESCRIPTION_MAX), hint)


def described(turn: Turn, text: str, *, hint: str | None = None) -> None:
    """The description, or more of it once given (a second message adds to the first). The minimum is
    the whole description's: a short addition to a long enough description is fine, one of only emoji or
    invisible marks is asked for again in words."""
    so_far = str(turn.draft.get("description") or "")
    hint = subject.taken(turn, text, hint)  # a description given before the subject may name it
    adding = bool(so_far) and turn.chat.step in SUMMARY and bool(text.strip())
    joined = f"{so_far}\n{text.strip()}" if adding else text
    try:
        if len(text.strip()) > DESCRIPTION_MAX:
            raise Refused("description_long", length=len(text.strip()), most=DESCRIPTION_MAX)
        if adding and not says_something(text):
            raise Refused("description_words")
        if adding and len(joined.strip()) > DESCRIPTION_MAX:
            raise Refused("description_full", length=len(joined.strip()), most=DESCRIPTION_MAX)
        turn.go(turn.chat.step, description=checked_description(joined))
    except Refused as refused:  # what was said of a photo whose caption this is stays above the refusal
        said = turn.t(refused.key, **refused.values)
        hint = f"{hint}\n{said}" if hint else said
        return confirm(turn, hint=hint) if so_far else ask_description(turn, hint=hint)
    onward(turn, hint=hint)


def begun_with_words(turn: Turn, text: str) -> None:
    """Words sent unasked (``unasked``), or a description typed at the complaints' start: a new complaint they
    describe, its subject taken from them when they name one; words too short or too long to be a description
    begin it too, and the description is asked with the limit."""
    new_draft(turn)
    described(turn, text, hint=turn.t("started_words"))


def started_with(turn: Turn, media: Media) -> None:
    """A photo, video, voice note or document sent with no complaint being lodged nor open on screen (sent first,
    at the main menu, most often): a new complaint holding it, its caption the description, and what it is about
    asked, as a shared location begins one. Not turned away: the person would have to send it again."""
    new_draft(turn)
    attach(turn, media, hint=turn.t(STARTED.get(media.kind, "started_document")))


def attach(turn: Turn, media: Media, *, hint: str | None = None) -> None:
    """``hint`` says what became of it, when not only that one more attachment was received."""
    attached = list(turn.draft.get("media") or [])
    if len(attached) >= MEDIA_MAX:
        return onward(turn, hint=turn.t("media_full", most=MEDIA_MAX))
    new = media.id not in {m["id"] for m in attached}
    if new:
        attached.append(Attachment.of(media).model_dump(exclude_none=True))
    turn.go(turn.chat.step, media=attached)
    hint = hint or turn.t("media_added", count=len(attached))
    if new and _caption_describes(turn, media.caption):
        return described(turn, str(media.caption), hint=hint)
    if new and media.kind in SPOKEN and not turn.draft.get("description"):  # who cannot write says it
        turn.go(turn.chat.step, description=turn.t("described_in_voice"))
    onward(turn, hint=hint)  # a photo sent before the subject or the place leaves them still to be asked


def _caption_describes(turn: Turn, caption: str | None) -> bool:
    """Words written under a photo are the description when none is given yet, and more of it at the
    summary, as words typed there are: what the person wrote about the photo reaches the office."""
    if not caption or not caption.strip():
        return False
    return not turn.draft.get("description") or (turn.chat.step in SUMMARY and says_something(caption))


def onward(turn: Turn, *, hint: str | None = None) -> None:
    """What the complaint still lacks, as ``proceed``; but with a block or a panchayat list being answered,
    that list again, so a photo sent there does not send the person back to the districts."""
    draft, step = turn.draft, turn.chat.step
    if step == "block" and (district := turn.directory.district(draft.get("district"))) is not None:
        return places.blocks(turn, district, hint=hint)
    if step == "gp" and (block := turn.directory.block(draft.get("block"))) is not None:
        return places.gps(turn, block, hint=hint)
    proceed(turn, hint=hint)


def confirm(turn: Turn, *, hint: str | None = None) -> None:
    """The summary and Submit, one tap away: Submit, Change place and Discard; with photos or files attached,
    Submit, *Change* (``change``: the place, or the photos/files taken off) and Discard, three buttons being all
    a message holds."""
    turn.go("confirm")
    body = receipts.draft_summary(turn)
    draft_id = str(turn.draft["id"])
    second = (f"grievance:change:{draft_id}", turn.t("btn_change")) if turn.draft.get("media") else (
        "grievance:dists", turn.t("btn_change_place"))
    turn.buttons(body, [(f"grievance:submit:{draft_id}", turn.t("btn_submit")), second,
                        (f"grievance:drop:{draft_id}", turn.t("btn_drop"))], hint)


def change(turn: Turn, *, hint: str | None = None) -> None:
    """What to change in the complaint summed up: its place, or the photos/files taken off (its subject when none
    is attached; typed, "change subject", at any time), or back to the summary."""
    turn.go("change")
    draft_id, attached = str(turn.draft["id"]), len(turn.draft.get("media") or [])
    second = (f"grievance:unattach:{draft_id}", turn.t("btn_unattach")) if attached else (
        "grievance:cats", turn.t("btn_change_subject"))
    turn.buttons(turn.t("change_ask" if attached else "change_ask_plain", media=attached),
                 [("grievance:dists", turn.t("btn_change_place")), second,
                  (f"grievance:summary:{draft_id}", turn.t("btn_to_summary"))], hint)


def unattach(turn: Turn, draft_id: str) -> bool:
    """Every photo and file taken off the draft, none to reach the office; a voice note that was the description
    takes that with it, and the description is asked. False for an older draft's tap, or with nothing attached."""
    removed = len(turn.draft.get("media") or [])
    if turn.draft.get("id") != draft_id or turn.chat.step not in SUMMARY or not removed:
        return False
    voiced = {turn.texts("described_in_voice", lang) for lang in ("bn", "en")}
    description = None if turn.draft.get("description") in voiced else turn.draft.get("description")
    turn.go("confirm", media=[], description=description)
    proceed(turn, hint=turn.t("media_removed_one" if removed == 1 else "media_removed", count=removed))
    return True


async def submit(turn: Turn, draft_id: str) -> bool:
    """False when the tap is not this draft's (an old confirmation); the caller says it is out of date."""
    if turn.draft.get("id") != draft_id or turn.chat.step not in SUMMARY:
        made = await turn.repos.tickets.by_origin(draft_id)
        if made is not None and made.wa_id == turn.inbound.wa_id:
            receipts.lodged(turn, made)
            return True
        return False
    draft, now = turn.draft, turn.now
    cat = turn.categories.get(draft.get("category"))
    elsewhere = places.whole_district(turn)
    if cat is None or not (draft.get("gp") or elsewhere) or not draft.get("description"):
        proceed(turn)  # the summary was shown before all was given: ask for what is missing
        return True
    level = "district" if elsewhere else "block" if cat.office == "block" else "gp"
    ticket = Ticket(
        number=await turn.repos.tickets.next_number(now), origin=draft_id, wa_id=turn.inbound.wa_id,
        person=person_id(turn.inbound.wa_id), lang=turn.lang,  # type: ignore[arg-type]
        category=cat.key, district=draft["district"], district_name=district_name(elsewhere, "en") if elsewhere else "",
        block=draft.get("block"), gp=draft.get("gp"), level=level, description=draft["description"],
        media=draft.get("media") or [], latitude=draft.get("latitude"), longitude=draft.get("longitude"),
        lodged_at=now, due=turn.today + timedelta(days=cat.sla_days), level_due=office_deadline(now, cat.sla_days),
        sla_days=cat.sla_days)
    ticket = ticket.moved("lodged", by="person", now=now)
    stored = await turn.repos.tickets.add(ticket)
    turn.ctx.publish(events.LODGED, events.lodged(stored))  # again on a retry: same derived id, dropped downstream
    turn.go("home", **dict.fromkeys(DRAFT_FIELDS), purpose=None)
    receipts.lodged(turn, stored)
    return True


def drop(turn: Turn) -> None:
    turn.go("home", **dict.fromkeys(DRAFT_FIELDS), purpose=None)
    mine.home(turn, hint=turn.t("dropped"))
