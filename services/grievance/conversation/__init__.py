"""The grievance chat: a tap goes to its action (``taps``), typed words to the current step (``typed``), a
shared location (``lodge``) or a photo, video, voice note or document (``attachments``) to the complaint being put
together, or to the one open on screen (``after``); with neither, it begins a new complaint, as it does sent first,
at the main menu (the gateway hands such messages here: ``takes_wordless``), but soon after one was lodged the person
is asked which (``just_lodged``). So do words the person sent at the main menu that no service
took, which the gateway kept and hands here when they tap to send them (``unasked``): their description; a file
sent while they are asked about is kept with them.

Reading order: ``turn``, ``steps`` (the map), ``taps`` and ``typed`` (the ways in), then the steps: ``places``,
``lodge``, ``attachments``, ``summary`` and ``submit`` (a new complaint), ``mine`` and ``after`` (following one),
``report``. Back at the main menu's row in the middle of a complaint, the person is asked to carry on or start again
(``left``); those two buttons typed, or their numbers, are taken as tapped. Files that waited to be told where they
go, or kept with words sent from the main menu, left for another part of the complaints, are said to be added
nowhere. A document's verification code typed gets
the link to its page, the complaint kept (``shared.runtime.verifying``); where words are read (a description, a
message to an official, the complaints' start), only the code typed alone.
"""
from __future__ import annotations

from services.grievance.conversation import (
    after,
    attachments,
    cloud,
    fresh,
    just_lodged,
    left,
    lodge,
    mine,
    numbered,
    places,
    remark,
    report,
    steps,
    unasked,
)
from services.grievance.conversation.taps import tap
from services.grievance.conversation.turn import Turn
from services.grievance.conversation.typed import typed
from shared.runtime import resume, verifying

PREFIX = "grievance:"
LODGING = left.LODGING
# the steps whose question is a choice: there a code among words is a code; everywhere else words are read
CHOICES = ("category", "district", "block", "gp", "located", "change", "remove", "tickets", "rate", "which")


async def converse(turn: Turn) -> None:
    unadded = just_lodged.not_added(turn)  # files waiting to be told where they go, and the complaint asked about
    unkept = unasked.not_kept(turn)  # files kept with words sent from the main menu, at the question about them
    await _answer(turn)
    if unadded is not None and turn.chat.step != "which" and turn.draft.get("held"):  # left them, for elsewhere
        turn.go(turn.chat.step, held=None, asked_at=None)
        turn.say(cloud.text(unadded))
    if unkept is not None and turn.chat.step != unasked.STEP and turn.draft.get("files"):  # left the question
        turn.go(turn.chat.step, remark=None, files=None)
        turn.say(cloud.text(unkept))
    # nothing half done (a complaint looked at): the main menu says none is kept
    resume.tell(turn, in_progress=left.in_progress(turn) is not None)


async def _answer(turn: Turn) -> None:
    inbound = turn.inbound
    if resume.came_back(turn) and (doing := left.in_progress(turn)) is not None:
        return resume.offer(turn, "grievance", doing)
    if (choice := resume.chosen(turn, "grievance")) is not None:
        return await tap(turn, choice, [])  # the carry-on offer's button typed ("Start again", "2") instead of tapped
    if inbound.reply_id and inbound.reply_id.startswith(PREFIX):
        return await tap(turn, inbound.action or "", inbound.args)
    if inbound.kind == "location" and inbound.location is not None:
        if turn.draft.get("purpose") == "report":
            return await _report_here(turn, inbound.location.latitude, inbound.location.longitude)
        if turn.chat.step not in LODGING:
            lodge.new_draft(turn)
        return lodge.located(turn, inbound.location)
    if inbound.kind == "media" and inbound.media is not None:
        # a photo sent "as a document" (its image type, IMG_2031.jpg) is kept, counted and named as a photo
        media = inbound.media.model_copy(update={"kind": "image"}) if inbound.media.photo else inbound.media
        if media.kind == "sticker":  # not evidence of anything: never attached to a complaint
            return await steps.ask(turn, hint=turn.t("sticker" if _takes_files(turn) else "sticker_no_answer"))
        if turn.chat.step == unasked.STEP:  # at "a new complaint, or about that one?": kept with the words
            return unasked.held(turn, media)
        if _lodging(turn):
            return attachments.attach(turn, media)
        if _open_on_screen(turn):
            again = remark.ask if turn.chat.step == "remark" else None  # the words kept are still asked about
            return await after.attach(turn, str(turn.draft["number"]), media, again=again)
        if await just_lodged.asked(turn, media):  # for the complaint just lodged, or a new one?
            return
        return attachments.started_with(turn, media)
    if await verifying.answered(turn, turn.public_url, words=turn.chat.step not in CHOICES,
                                again=lambda hint: steps.ask(turn, hint=hint)):
        return  # a document's code: its page, and the question of the step again
    text = (inbound.text or "").strip()
    if inbound.kind == "text" and text and inbound.unasked and not _on_a_complaint(turn):
        if await unasked.kept_after_lodging(turn, text):  # more of the complaint just lodged, or a new one?
            return
        return lodge.begun_with_words(turn, text)
    if inbound.kind == "text" and text and await fresh.typed(turn, text):  # "new complaint" at "a new problem?"
        return
    if inbound.kind == "text" and text and await numbered.picked(turn, text):  # "3" at the block list: its 3rd row
        return
    if inbound.kind == "text" and text:  # a contact card's name and number are no description or message
        return await typed(turn, text)
    await steps.ask(turn, hint=turn.t("text_only"))


def _lodging(turn: Turn) -> bool:
    return turn.chat.step in LODGING and turn.draft.get("purpose") == "lodge" and "id" in turn.draft


def _open_on_screen(turn: Turn) -> bool:
    return turn.chat.step in ("ticket", "handoff", "reopen", "rate", "remark") and "number" in turn.draft


def _takes_files(turn: Turn) -> bool:
    """Where a photo or voice note would go to a complaint (the one being put together, one open that is still
    handled, or a new one from the complaints' start), so a sticker is said not to be added, and a photo asked
    for instead; not at a rating, nor in a panchayat's report."""
    report = turn.draft.get("purpose") == "report" and turn.chat.step in ("district", "block", "gp")
    return not report and turn.chat.step != "rate"


def _on_a_complaint(turn: Turn) -> bool:
    """A complaint is being lodged, or one is open on screen: words sent unasked are typed words there."""
    return _lodging(turn) or _open_on_screen(turn)


async def _report_here(turn: Turn, latitude: float, longitude: float) -> None:
    gp = turn.directory.nearest(latitude, longitude)
    if gp is None:
        return places.districts(turn, hint=turn.t("report_location_far"))
    await report.show(turn, gp)


__all__ = ["PREFIX", "Turn", "converse", "mine"]
