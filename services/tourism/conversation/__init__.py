"""The tourism chat: a tap goes to its action (``taps``), typed words to the current step (``typed``).

Reading order: ``turn`` (what a step is given), ``steps`` (the map: questions, needs, "back"), ``taps``
and ``typed`` (the two ways in), then the steps themselves: ``choose`` (district … rooms), ``quoting``
(quote, confirm) with ``soldout`` and ``receipts``, and ``mine`` (a person's bookings).
"""
from __future__ import annotations

from services.tourism.conversation import steps
from services.tourism.conversation.taps import tap
from services.tourism.conversation.turn import Turn
from services.tourism.conversation.typed import typed

PREFIX = "tourism:"


async def converse(turn: Turn) -> None:
    inbound = turn.inbound
    if inbound.reply_id and inbound.reply_id.startswith(PREFIX):
        return await tap(turn, inbound.action or "", inbound.args)
    text = (inbound.text or "").strip()
    if inbound.kind in ("text", "media") and text:  # a photo's caption is what it says; a contact card is not
        return await typed(turn, text)
    await steps.ask(turn, hint=turn.t("text_only"))


__all__ = ["Turn", "converse"]
