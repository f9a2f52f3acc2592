"""A whole request that did not start at tourism's menu: the words that brought the person here from the main menu
("book a room at darjeeling 25 dec 2 nights", "ghor chai darjeeling e": a phrase of the menu's, which reaches tourism
as the tap of its choice with the words as its text), and the words typed at the offer to carry on ("room at
lataguri 10 jan 2 nights"). Both are read as at tourism's menu (``whole``); what was in progress is dropped, said in
one line. A button's own title names nothing, so a tap as tapped goes on as before.
"""
from __future__ import annotations

from services.tourism.conversation import left, quoting, whole
from services.tourism.conversation.turn import Turn
from shared.runtime import resume

TAPS = ("menu", "book")  # the choices tourism's phrases tap that a whole request may come with


async def started(turn: Turn) -> bool:
    """At the offer, a place alone is no new request: only one that says its stay or its group."""
    inbound = turn.inbound
    text = (inbound.text or "").strip()
    tapped = inbound.kind == "reply" and (inbound.reply_id or "").startswith("tourism:") and inbound.action in TAPS
    if not text or not (tapped or inbound.kind == "text" and resume.offered(turn, "tourism")):
        return False
    doing = await left.in_progress(turn)
    if not await whole.started(turn, text, place_alone=tapped, before=doing and turn.t("request_instead", doing=doing)):
        return False
    await quoting.release_hold(turn)  # a quote left on screen: its rooms given back
    return True
