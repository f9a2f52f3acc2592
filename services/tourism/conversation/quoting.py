"""The quote and what follows it: hold the rooms, show the price, confirm into a booking with its
voucher, or show the alternatives when the rooms are gone.

The quote's hold is named by an id derived from the message that asked for it, and the Confirm button
carries that id: a Confirm tapped on an older quote is recognised as stale, and a Confirm tapped twice
finds the booking it already made. A booking that exists while the chat still shows its quote means the
first attempt stopped before the chat was saved (so nothing of it was sent): it is confirmed in full now.
A room type or guest house the office closed after the quote is not booked from it: the hold is given back.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from services.tourism import stays
from services.tourism.conversation import cloud, group, naming, prompts
from services.tourism.conversation.choose import LATER_FIELDS
from services.tourism.conversation.receipts import booked
from services.tourism.conversation.soldout import OFFERED, hinted, unavailable
from services.tourism.conversation.turn import Turn
from services.tourism.domain import INDIA, Quote, Refused, booking_number, local_digits
from shared.documents import new_code
from shared.envelope import derive_id

HOLD = "hold"


async def make_quote(turn: Turn, *, hint: str | None = None, was: Quote | None = None) -> None:
    """Hold the rooms the draft describes and show the price, or say they are gone and offer others. ``was``: the
    quote whose hold ran out, shown again: the reply says the rooms are held anew, and names a total that moved."""
    await release_hold(turn)
    room = await prompts.current_room(turn)
    if room is None:
        turn.go("room")
        return await prompts.rooms(turn, hint=hinted(hint, turn.t("room_gone")))
    d = turn.draft
    stay = stays.Stay(hold_id=derive_id(turn.ctx.envelope.id, HOLD), room=room,
                      check_in=date.fromisoformat(d["check_in"]), nights=int(d["nights"]), guests=int(d["guests"]),
                      rooms=int(d["rooms"]), children=group.children(turn))
    try:
        result = await stays.hold(turn.repos, stay, turn.now, turn.policy)
    except Refused as refused:
        return await _another_day(turn, refused, hint=hint)
    if isinstance(result, stays.Unavailable):
        return await unavailable(turn, result, hint=hint)
    turn.go("quote", hold=_hold_record(stay, result), **{OFFERED: None})
    if was is not None:
        hint = "\n\n".join(part for part in (hint, _renewed(turn, was, result.quote)) if part)
    await show_quote(turn, hint=hint)


async def show_again(turn: Turn, *, hint: str | None = None) -> None:
    """The quote on screen asked again (Carry on, a warm word, a word not understood): one whose hold ran out while
    the person was away holds the rooms again first, as Confirm would, rather than show a time gone by."""
    if lapsed(turn):
        return await make_quote(turn, hint=hint, was=quote_of(turn.draft[HOLD]))
    await show_quote(turn, hint=hint)


def lapsed(turn: Turn) -> bool:
    """The quote on screen holds its rooms no more: its time ran out while the person was away."""
    hold = turn.draft.get(HOLD)
    return hold is not None and datetime.fromisoformat(hold["until"]) <= turn.now


async def show_quote(turn: Turn, *, hint: str | None = None) -> None:
    hold = turn.draft[HOLD]
    room = await turn.repos.catalog.room_type(hold["room"])
    prop = await turn.repos.catalog.property(room.property_id) if room else None
    if room is None or prop is None:
        turn.go("room", hold=None)
        return await prompts.rooms(turn, hint=turn.t("room_gone"))
    quote = quote_of(hold)
    check_in = date.fromisoformat(hold["check_in"])
    body = turn.t("quote", property=prop.name(turn.lang), room=room.name(turn.lang), check_in=check_in,
                  check_out=check_in + timedelta(days=quote.nights), nights=quote.nights,
                  rooms=quote.rooms, party=group.shown(turn, int(hold["guests"]), int(hold.get("children", 0))),
                  name=naming.booked_in(turn),
                  tariff_paise=quote.tariff * 100,
                  subtotal_paise=quote.subtotal, tax_name=turn.policy.tax_name,
                  tax_percent=local_digits(f"{quote.tax_percent.normalize():f}", turn.lang), tax_paise=quote.tax,
                  total_paise=quote.total, until=_clock(datetime.fromisoformat(hold["until"]), turn.lang))
    if hint:
        body = f"{hint}\n\n{body}"
    id = hold["id"]
    turn.say(cloud.buttons(turn.with_nav(body), [(f"tourism:confirm:{id}", turn.t("btn_confirm")),
                                                 (f"tourism:change:{id}", turn.t("btn_change")),
                                                 (f"tourism:drop:{id}", turn.t("btn_drop"))]))


async def confirm(turn: Turn, hold_id: str) -> bool:
    """False when the tap is not for the current quote (the flow then shows where the person is)."""
    hold: dict[str, Any] | None = turn.draft.get(HOLD)
    existing = await turn.repos.bookings.by_draft(hold_id)
    if hold is None or hold["id"] != hold_id:
        if existing is None or existing.wa_id != turn.inbound.wa_id:
            return False
        await booked(turn, existing, again=True)  # a second tap on Confirm
        return True
    stay = await _stay_of(turn, hold)
    if stay is None or (existing is None and await turn.repos.catalog.on_sale(stay.room.id) is None):
        await release_hold(turn)  # the office closed the room or the guest house since the quote
        turn.go("room", hold=None)
        await prompts.rooms(turn, hint=turn.t("room_gone"))
        return True
    try:
        result = await stays.confirm(
            turn.repos, stay, quote_of(hold), wa_id=turn.inbound.wa_id, lang=turn.lang,
            guest_name=naming.booked_in(turn), now=turn.now, policy=turn.policy,
            number=lambda: _next_number(turn), voucher_code=new_code())
    except Refused as refused:
        await _another_day(turn, refused)
        return True
    if isinstance(result, stays.Lapsed):
        turn.go("quote", hold=_hold_record(stay, result.held))
        await show_quote(turn, hint=_renewed(turn, quote_of(hold), result.held.quote))
    elif isinstance(result, stays.Unavailable):
        await release_hold(turn)
        await unavailable(turn, result)
    else:  # the stay is booked: the earlier lists' rows (nights, guests, rooms) no longer build on it
        turn.go("home", hold=None, **dict.fromkeys(LATER_FIELDS))
        await booked(turn, result)
    return True


def _renewed(turn: Turn, was: Quote, now: Quote) -> str:
    """Why the quote is shown again: a total that moved (the office changed the tariff or the tax while the
    hold had lapsed) is named with the one the guest saw, so nobody confirms a dearer stay unawares."""
    if now.total == was.total:
        return turn.t("hold_renewed")
    return turn.t("hold_renewed_price", was_paise=was.total, total_paise=now.total)


async def _another_day(turn: Turn, refused: Refused, *, hint: str | None = None) -> None:
    """The stay's check-in has passed since it was chosen (or is now too far): the date is asked again, after
    ``hint`` (a warm word back) if any."""
    turn.go("date", hold=None)
    await prompts.dates(turn, hint=hinted(hint, turn.t(refused.key, **refused.values)))


async def release_hold(turn: Turn) -> None:
    """Give back the rooms of the quote on screen, if any (going back, changing, or re-quoting)."""
    hold = turn.draft.pop(HOLD, None)
    if hold is not None and (stay := await _stay_of(turn, hold)) is not None:
        await stays.release(turn.repos, stay, turn.now)


def quote_of(hold: dict[str, Any]) -> Quote:
    q = hold["quote"]
    return Quote(tariff=q["tariff"], nights=q["nights"], rooms=q["rooms"], subtotal=q["subtotal"],
                 tax_percent=Decimal(q["tax_percent"]), tax=q["tax"], total=q["total"])


def _hold_record(stay: stays.Stay, held: stays.Held) -> dict[str, Any]:
    q = held.quote
    return {"id": stay.hold_id, "room": stay.room.id, "check_in": stay.check_in.isoformat(), "nights": stay.nights,
            "guests": stay.guests, "rooms": stay.rooms, "children": stay.children, "until": held.until.isoformat(),
            "quote": {"tariff": q.tariff, "nights": q.nights, "rooms": q.rooms, "subtotal": q.subtotal,
                      "tax_percent": str(q.tax_percent), "tax": q.tax, "total": q.total}}


async def _stay_of(turn: Turn, hold: dict[str, Any]) -> stays.Stay | None:
    room = await turn.repos.catalog.room_type(hold["room"])
    if room is None:
        return None
    return stays.Stay(hold_id=hold["id"], room=room, check_in=date.fromisoformat(hold["check_in"]),
                      nights=int(hold["nights"]), guests=int(hold["guests"]), rooms=int(hold["rooms"]),
                      children=int(hold.get("children", 0)))


async def _next_number(turn: Turn) -> str:
    return booking_number(turn.today.year, await turn.ctx.store.seq.next("booking"))


def _clock(moment: datetime, lang: str) -> str:
    return local_digits(moment.astimezone(INDIA).strftime("%H:%M"), lang)
