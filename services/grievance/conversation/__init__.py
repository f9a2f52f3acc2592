"""The grievance chat: a tap goes to its action (``taps``), typed words to the current step (``typed``), a
shared location or a photo, video, voice note or document to the complaint being put together (``lodge``), or to the
one open on screen (``after``); with neither, it begins a new complaint, as it does sent first, at the main menu (the
gateway hands such messages here: ``takes_wordless``).

Reading order: ``turn``, ``steps`` (the map), ``taps`` and ``typed`` (the ways in), then the steps:
``places`` and ``lodge`` (a new complaint), ``mine`` and ``after`` (following one), ``report``.
"""
from __future__ import annotations

from services.grievance.conversation import after, lodge, mine, places, report, steps
from services.grievance.conversation.taps import tap
from services.grievance.conversation.turn import Turn
from services.grievance.conversation.typed import typed

PREFIX = "grievance:"
LODGING = ("category", "district", "block", "gp", "located", "describe", "confirm")


async def converse(turn: Turn) -> None:
    inbound = turn.inbound
    if inbound.reply_id and inbound.reply_id.startswith(PREFIX):
        return await tap(turn, inbound.action or "", inbound.args)
    if inbound.kind == "location" and inbound.location is not None:
        if turn.draft.get("purpose") == "report":
            return await _report_here(turn, inbound.location.latitude, inbound.location.longitude)
        if turn.chat.step not in LODGING:
            lodge.new_draft(turn)
        return lodge.located(turn, inbound.location)
    if inbound.kind == "media" and inbound.media is not None:
        if inbound.media.kind == "sticker":  # not evidence of anything: never attached to a complaint
            return await steps.ask(turn, hint=turn.t("sticker"))
        if turn.chat.step in LODGING and turn.draft.get("purpose") == "lodge" and "id" in turn.draft:
            return lodge.attach(turn, inbound.media)
        if turn.chat.step in ("ticket", "handoff", "reopen", "rate") and "number" in turn.draft:  # on a complaint
            return await after.attach(turn, str(turn.draft["number"]), inbound.media)
        return lodge.started_with(turn, inbound.media)
    text = (inbound.text or "").strip()
    if inbound.kind == "text" and text:  # a contact card's name and number are no description or message
        return await typed(turn, text)
    await steps.ask(turn, hint=turn.t("text_only"))


async def _report_here(turn: Turn, latitude: float, longitude: float) -> None:
    gp = turn.directory.nearest(latitude, longitude)
    if gp is None:
        return places.districts(turn, hint=turn.t("report_location_far"))
    await report.show(turn, gp)


__all__ = ["PREFIX", "Turn", "converse", "mine"]
