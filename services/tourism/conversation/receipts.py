"""What a booking looks like in the chat: the confirmation with its voucher, and the summary shown when
the person opens it later.

A confirmation also tells the rest of the system: ``tourism.booking.confirmed`` for other departments
and ``tourism.document.issued`` so the gateway's verification page knows the voucher's code. A voucher
that cannot be drawn (fonts missing on this machine) does not undo the booking: the person is told it
is booked and can ask for the voucher again from "My bookings".
"""
from __future__ import annotations

from services.tourism import events
from services.tourism.conversation import cloud, group
from services.tourism.conversation.turn import Turn
from services.tourism.domain import Booking, Property, RoomType
from services.tourism.voucher import holder, issued_event, render_voucher
from shared.chat import Document
from shared.logging import get_logger

log = get_logger(__name__)


def summary(turn: Turn, booking: Booking, prop: Property | None, room: RoomType | None) -> str:
    """The booking as the guest opens it; a cancelled one also says what comes back, which the guest was told
    once, when it was cancelled, and comes back to look up."""
    said = turn.t("booking_summary", number=booking.number,
                  property=prop.name(turn.lang) if prop else booking.property_id,
                  room=room.name(turn.lang) if room else booking.room_type_id,
                  check_in=booking.check_in, check_out=booking.check_out, nights=booking.nights,
                  rooms=booking.rooms, party=group.said(turn, booking.guests, booking.children), name=holder(booking),
                  total_paise=booking.total,
                  status=turn.t(f"status_{booking.status}"), contact=prop.contact if prop else "")
    if booking.status != "cancelled" or booking.refund is None:
        return said
    by = "refund_by_office" if booking.cancelled_by == "office" else "refund_by_guest"
    return f"{said}\n{turn.t(by, refund_paise=booking.refund, percent=booking.refund_percent or 0)}"


async def booked(turn: Turn, booking: Booking, *, again: bool = False) -> None:
    """Confirm the booking to the person; ``again`` for a repeated Confirm (no second voucher or events)."""
    prop = await turn.repos.catalog.property(booking.property_id)
    room = await turn.repos.catalog.room_type(booking.room_type_id)
    intro = turn.t("already_booked" if again else "booked", number=booking.number)
    body = turn.with_nav(f"{intro}\n\n{summary(turn, booking, prop, room)}")
    turn.say(cloud.buttons(body, [(f"tourism:view:{booking.number}", turn.t("btn_view")),
                                  ("tourism:mine", turn.t("btn_mine")), ("tourism:book", turn.t("btn_book_more"))]))
    if again or prop is None or room is None:
        return
    await send_voucher(turn, booking, prop, room)
    turn.ctx.publish(events.CONFIRMED, events.confirmed(booking, prop))
    turn.ctx.publish(*issued_event(booking, prop))


async def send_voucher(turn: Turn, booking: Booking, prop: Property, room: RoomType) -> None:
    attachment = await voucher_attachment(turn, booking, prop, room)
    if attachment is None:
        turn.say_text("voucher_failed", number=booking.number)
    else:
        turn.say(cloud.document(attachment.filename, attachment.caption or ""), document=attachment)


async def voucher_attachment(turn: Turn, booking: Booking, prop: Property, room: RoomType) -> Document | None:
    # The way back rides in the caption: the voucher is uploaded before it is sent, so it reaches the phone
    # after the confirmation and its buttons, and would otherwise be the last thing seen, a dead end.
    caption = turn.with_nav(turn.t("voucher_caption", number=booking.number))
    try:
        return await render_voucher(booking, prop, room, turn.policy, turn.public_url, caption)
    except Exception:  # a voucher that cannot be drawn must not undo a booking that is made
        log.exception("tourism.voucher_failed", number=booking.number)
        return None
