"""A complaint about a stay, handed to the grievance service: the guest writes it, sees it back, and sends
it, changes it or drops it — nothing leaves the chat before Send.

While the text is awaited the service's own words still work ("back", "book", "my bookings", "cancel", a
booking number on its own), so a guest who meant a command does not file a complaint by it. The text is
held to the grievance description's limit (``events.COMPLAINT_TEXT_MAX``): a longer one is refused with
its length, never cut. A cancelled booking had no stay, so it has nothing to complain about.
"""
from __future__ import annotations

from services.tourism import events
from services.tourism.conversation import cloud
from services.tourism.conversation.mine import own, view
from services.tourism.conversation.turn import Turn
from services.tourism.domain import Booking, Refused, local_digits
from shared.envelope import derive_id
from shared.india import grouped

TEXT_MIN = 10
SHOWN = 700  # characters of the complaint repeated in the Send / Change / Cancel message
FIELDS = {"complaint": None, "complaint_id": None}


async def ask(turn: Turn, number: str, *, hint: str | None = None) -> None:
    if await _stayed(turn, number) is None:
        return
    turn.go("complaint", number=number, **FIELDS)
    body = turn.t("complaint_ask", number=number, most=_count(turn, events.COMPLAINT_TEXT_MAX))
    turn.say(cloud.text(turn.with_nav(body if hint is None else f"{hint}\n\n{body}")))


async def written(turn: Turn, text: str) -> None:
    number, cleaned = str(turn.draft.get("number", "")), text.strip()
    if len(cleaned) > events.COMPLAINT_TEXT_MAX:
        hint = turn.t("complaint_long", length=_count(turn, len(cleaned)), most=_count(turn, events.COMPLAINT_TEXT_MAX))
        return await ask(turn, number, hint=hint)
    if len(cleaned) < TEXT_MIN or sum(ch.isalpha() for ch in cleaned) < 3:
        return await ask(turn, number, hint=turn.t("complaint_short"))
    turn.go("complaint_check", complaint=cleaned, complaint_id=derive_id(turn.ctx.envelope.id, "complaint"))
    show(turn)


def show(turn: Turn, *, hint: str | None = None) -> None:
    number, id = turn.draft["number"], turn.draft["complaint_id"]
    body = turn.t("complaint_check", number=number, text=cloud.fit_block(str(turn.draft["complaint"]), SHOWN))
    turn.say(cloud.buttons(turn.with_nav(body if hint is None else f"{hint}\n\n{body}"), [
        (f"tourism:complaintsend:{id}", turn.t("btn_send")), (f"tourism:complaintedit:{id}", turn.t("btn_rewrite")),
        (f"tourism:complaintdrop:{id}", turn.t("btn_dont_send"))]))


def current(turn: Turn, id: str) -> bool:
    """Whether ``id`` names the complaint on screen (a tap on an older one is out of date)."""
    return turn.chat.step == "complaint_check" and turn.draft.get("complaint_id") == id


async def send(turn: Turn) -> None:
    number, text = str(turn.draft.get("number", "")), str(turn.draft.get("complaint", ""))
    booking = await _stayed(turn, number)
    if booking is None:
        return
    prop = await turn.repos.catalog.property(booking.property_id)
    turn.ctx.publish(events.COMPLAINT, events.complaint(booking, prop, text, turn.lang))
    turn.go("home", number=None, **FIELDS)
    turn.say(cloud.buttons(turn.with_nav(turn.t("complaint_sent", number=number)),
                           [("tourism:mine", turn.t("btn_mine")), ("tourism:home", turn.t("btn_home"))]))


async def rewrite(turn: Turn) -> None:
    await ask(turn, str(turn.draft.get("number", "")))


async def drop(turn: Turn) -> None:
    number = str(turn.draft.get("number", ""))
    turn.go("booking", **FIELDS)
    await view(turn, number, hint=turn.t("complaint_dropped"))


async def _stayed(turn: Turn, number: str) -> Booking | None:
    """The guest's booking if it had a stay to complain about; else None, after saying why."""
    booking = await own(turn, number)
    if booking is None:
        return None
    try:
        booking.complainable()
    except Refused as refused:
        await view(turn, number, hint=turn.t(refused.key, **refused.values))
        return None
    return booking


def _count(turn: Turn, n: int) -> str:
    """``2,000`` in the person's script (the grievance chat writes its limits so), grouped as money is."""
    return local_digits(grouped(str(n)), turn.lang)
