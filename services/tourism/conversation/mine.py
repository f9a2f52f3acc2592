""""My bookings": the person's own bookings, one booking's details, cancelling with the refund stated
first, and the voucher again (a complaint about a stay is ``complaint``'s).

Every booking is looked up with the person's WhatsApp id (``bookings.of_guest``), so a booking number
that is not theirs — typed, or a tap forwarded from someone else's chat — answers as not found.
"""
from __future__ import annotations

from collections.abc import Callable

from services.tourism import events, stays
from services.tourism.conversation import cloud, numbered, prompts
from services.tourism.conversation.cloud import Row
from services.tourism.conversation.receipts import send_voucher, summary
from services.tourism.conversation.turn import Turn
from services.tourism.domain import Booking, Cancellation, Refused
from services.tourism.voucher import revoked_event

SHOWN = cloud.ROWS_MAX
CANCEL_LIST = "bookings:cancel"  # the bookings to cancel, a list of its own at the bookings step


async def listing(turn: Turn, *, hint: str | None = None) -> None:
    found = await turn.repos.bookings.for_guest(turn.inbound.wa_id, limit=SHOWN)
    if not found:
        turn.go("home")
        return prompts.home(turn, intro="no_bookings", hint=hint)
    turn.go("bookings")
    rows = [Row(f"tourism:view:{b.number}", b.number, await line(turn, b)) for b in found]
    numbered.shown(turn, rows)
    body = turn.t("ask_booking") if hint is None else f"{hint}\n\n{turn.t('ask_booking')}"
    turn.say(cloud.rows_list(turn.with_nav(body), turn.t("choose"), turn.t("btn_mine"), rows))


async def standing(turn: Turn, keep: Callable[[Booking], bool]) -> tuple[list[Booking], list[Booking]]:
    """The person's own bookings (the ``SHOWN`` newest) and those of them ``keep`` admits."""
    found = await turn.repos.bookings.for_guest(turn.inbound.wa_id, limit=SHOWN)
    return found, [b for b in found if keep(b)]


def cancellable(turn: Turn) -> Callable[[Booking], bool]:
    """A booking that can still be cancelled: confirmed, its check-in today or later."""
    return lambda b: b.status == "confirmed" and b.check_in >= turn.today


async def to_cancel(turn: Turn, *, hint: str | None = None) -> None:
    """"cancel my booking" typed: the one booking that can still be cancelled is asked about at once; of several,
    the person picks which; with none, their bookings are shown with why."""
    found, open_ = await standing(turn, cancellable(turn))
    if len(open_) == 1:
        return await ask_cancel(turn, open_[0].number)
    if not open_:
        return await listing(turn, hint=turn.t("none_to_cancel") if found else None)
    turn.go("bookings")
    rows = [Row(f"tourism:cancel:{b.number}", b.number, await line(turn, b)) for b in open_]
    numbered.shown(turn, rows, CANCEL_LIST)
    body = turn.t("ask_which_cancel") if hint is None else f"{hint}\n\n{turn.t('ask_which_cancel')}"
    turn.say(cloud.rows_list(turn.with_nav(body), turn.t("choose"), turn.t("btn_mine"), rows))


async def to_voucher(turn: Turn) -> None:
    """The voucher asked for in words away from a booking: sent at once for the one booking to come or under way,
    as its row's tap sends it; of several (or none), the person's bookings listed to choose the one."""
    _, open_ = await standing(turn, lambda b: b.status in ("confirmed", "checked_in") and b.check_out >= turn.today)
    if len(open_) == 1:
        return await voucher(turn, open_[0].number)
    await listing(turn, hint=turn.t("voucher_which"))


async def view(turn: Turn, number: str, *, hint: str | None = None) -> None:
    booking = await own(turn, number)
    if booking is None:
        return
    turn.go("booking", number=number)
    prop = await turn.repos.catalog.property(booking.property_id)
    room = await turn.repos.catalog.room_type(booking.room_type_id)
    body = summary(turn, booking, prop, room)
    if hint:
        body = f"{hint}\n\n{body}"
    choices = [] if booking.status == "cancelled" else [(f"tourism:voucher:{number}", turn.t("btn_voucher")),
                                                         (f"tourism:complain:{number}", turn.t("btn_complain"))]
    if booking.status == "confirmed" and booking.check_in >= turn.today:
        choices.insert(0, (f"tourism:cancel:{number}", turn.t("btn_cancel")))
    choices = choices or [("tourism:mine", turn.t("btn_mine")), ("tourism:home", turn.t("btn_home"))]
    turn.say(cloud.buttons(turn.with_nav(body), choices))


async def ask_cancel(turn: Turn, number: str, *, hint: str | None = None) -> None:
    booking = await own(turn, number)
    if booking is None:
        return
    try:
        terms = booking.cancellation(turn.today, turn.policy)
    except Refused as refused:
        return await view(turn, number, hint=turn.t(refused.key, **refused.values))
    turn.go("cancel", number=number, agreed_percent=terms.percent)
    body = turn.t("cancel_ask", number=number, when=_when(turn, terms), percent=terms.percent,
                  refund_paise=terms.refund, total_paise=booking.total)
    if hint:
        body = f"{hint}\n\n{body}"
    yes = f"tourism:cancelyes:{number}:{terms.percent}"  # the refund the person says yes to
    turn.say(cloud.buttons(turn.with_nav(body), [(yes, turn.t("btn_cancel_yes")),
                                                 (f"tourism:keep:{number}", turn.t("btn_cancel_no"))]))


async def keep(turn: Turn, number: str) -> None:
    """No to cancelling: the booking shown, saying first it is not cancelled."""
    await view(turn, number, hint=turn.t("cancel_kept", number=number))


async def cancel(turn: Turn, number: str, agreed: int | None = None) -> None:
    """Cancel on the terms of today. ``agreed``: the refund percent the person was shown and said yes to; when
    a day in India has passed since (or the policy changed) and today's is less, nothing is cancelled and the
    question is asked again with today's refund."""
    booking = await own(turn, number)
    if booking is None:
        return
    if agreed is not None and booking.status == "confirmed":
        try:
            now = booking.cancellation(turn.today, turn.policy)
        except Refused:
            pass  # the stay has begun: said below, as ever
        else:
            if now.percent < agreed:
                return await ask_cancel(turn, number, hint=turn.t("refund_changed", percent=agreed))
    try:
        done, terms = await stays.cancel(turn.repos, booking, by="guest", reason="cancelled by the guest on WhatsApp",
                                         now=turn.now, policy=turn.policy)
    except Refused as refused:
        resumed = _interrupted(turn, booking, refused)
        if resumed is None:
            return await view(turn, number, hint=turn.t(refused.key, **refused.values))
        done, terms = booking, resumed
    prop = await turn.repos.catalog.property(done.property_id)
    turn.ctx.publish(events.CANCELLED, events.cancelled(done, prop, terms))
    turn.ctx.publish(*revoked_event(done))
    turn.go("home", number=None, agreed_percent=None)
    key = "cancelled_refund" if terms.refund else "cancelled_no_refund"
    body = turn.t(key, number=number, percent=terms.percent, refund_paise=terms.refund, when=_when(turn, terms))
    turn.say(cloud.buttons(turn.with_nav(body), [("tourism:mine", turn.t("btn_mine")),
                                                 ("tourism:book", turn.t("btn_book"))]))


def _when(turn: Turn, terms: Cancellation) -> str:
    """When the cancelling is, as the refund rules say it: on the day of check-in, not "0 day(s) before"."""
    if terms.days_before == 0:
        return turn.t("on_check_in_day")
    return turn.t("days_before_check_in", days=terms.days_before)


def _interrupted(turn: Turn, booking: Booking, refused: Refused) -> Cancellation | None:
    """The terms of this person's cancellation that was saved but whose chat was not (so nothing of it
    was sent): the chat still asks to confirm this very cancellation, and the booking says it is done."""
    resuming = turn.chat.step == "cancel" and turn.draft.get("number") == booking.number
    if refused.key != "already_cancelled" or not resuming or booking.cancelled_by != "guest":
        return None
    return booking.cancelled_terms()


async def voucher(turn: Turn, number: str) -> None:
    booking = await own(turn, number)
    if booking is None:
        return
    prop = await turn.repos.catalog.property(booking.property_id)
    room = await turn.repos.catalog.room_type(booking.room_type_id)
    if booking.status == "cancelled" or prop is None or room is None:
        return await view(turn, number, hint=turn.t("voucher_unavailable"))
    await send_voucher(turn, booking, prop, room)


async def shows_refund(turn: Turn) -> bool:
    """Whether the step the person is at shows a refund: the cancelling question, or a cancelled booking."""
    if turn.chat.step == "cancel":
        return True
    if turn.chat.step != "booking":
        return False
    booking = await turn.repos.bookings.of_guest(turn.inbound.wa_id, str(turn.draft.get("number", "")))
    return booking is not None and booking.status == "cancelled" and booking.refund is not None


async def own(turn: Turn, number: str) -> Booking | None:
    """The person's booking, or None after telling them it is not among theirs and listing theirs."""
    booking = await turn.repos.bookings.of_guest(turn.inbound.wa_id, number)
    if booking is None:
        await listing(turn, hint=turn.t("booking_not_found", number=number))
    return booking


async def caretaker(turn: Turn, booking: Booking) -> dict[str, str]:
    """The booking's guest house as an answer names it (``place``) and its caretaker's phone (``contact``)."""
    prop = await turn.repos.catalog.property(booking.property_id)
    return {"place": prop.name(turn.lang) if prop else booking.property_id, "contact": prop.contact if prop else ""}


async def line(turn: Turn, booking: Booking) -> str:
    prop = await turn.repos.catalog.property(booking.property_id)
    name = prop.name(turn.lang) if prop else booking.property_id
    return f"{turn.short_date(booking.check_in)} · {turn.t(f'status_{booking.status}')} · {name}"
