"""Taps on the person's own bookings and what they hold: View, Cancel and its Yes / No, change the dates or the
room, the voucher, a complaint about a stay, the list of one's bookings, a refund. Each first lets go of a room
held for a quote in progress (``quoting.release_hold``)."""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from services.tourism.conversation import changed, complaint, mine, quoting, redate
from services.tourism.conversation.args import arg, number
from services.tourism.conversation.refunds import tapped as _refund
from services.tourism.conversation.turn import Turn
from services.tourism.conversation.typed import cancels
from services.tourism.domain import find_booking_number

Action = Callable[[Turn, list[str]], Awaitable[bool | None]]


def _on_booking(use: Callable[[Turn, str], Awaitable[None]]) -> Action:
    async def run(turn: Turn, args: list[str]) -> None:
        await quoting.release_hold(turn)
        await use(turn, arg(args))
    return run


async def _view(turn: Turn, args: list[str]) -> None:
    """A booking's View; a number typed outside this conversation comes as it too (the gateway's tap, so a step
    the person left here does not take it as its answer), written as they typed it, with their words: typed with
    a cancel ("cancel PT-2026-000001"), it asks to cancel that booking, as it does typed here."""
    await quoting.release_hold(turn)
    given = arg(args)
    booking = find_booking_number(given) or given
    words = turn.inbound.text or ""
    cancel = find_booking_number(words) == booking and cancels(words)
    await (mine.ask_cancel if cancel else mine.view)(turn, booking)


async def _cancel(turn: Turn, args: list[str]) -> None:
    """Cancel on a booking; without one ("cancel my booking" typed at the main menu), the booking to cancel; with
    none to cancel but one being made here, whether to carry on with that one or drop it (its rooms still held)."""
    if not args:
        return await changed.cancel_asked(turn)
    await quoting.release_hold(turn)
    await mine.ask_cancel(turn, arg(args))


async def _redate(turn: Turn, args: list[str]) -> None:
    """Changing a booking's dates, room or name, asked for: how it is done; without a booking (asked at the main
    menu), which."""
    await quoting.release_hold(turn)
    await redate.ask(turn, arg(args) if args else None, args[1] if len(args) > 1 else None)


async def _cancel_yes(turn: Turn, args: list[str]) -> None:
    """Yes to cancelling, with the refund percent the question showed (none on a button sent before it did)."""
    await quoting.release_hold(turn)
    await mine.cancel(turn, arg(args), number(args, 1) if len(args) > 1 else None)


def _on_complaint(use: Callable[[Turn], Awaitable[None]]) -> Action:
    """Send, Change or Cancel of the complaint on screen; False (out of date) for an older one's."""
    async def run(turn: Turn, args: list[str]) -> bool:
        if not complaint.current(turn, arg(args)):
            return False
        await use(turn)
        return True
    return run


async def _voucher(turn: Turn, args: list[str]) -> None:
    """A booking's voucher; asked for at the main menu ("voucher ta abar pathan"), with no booking named: that of
    one's one booking to come, or one's bookings to choose from (``mine.to_voucher``)."""
    await quoting.release_hold(turn)
    await (mine.voucher(turn, arg(args)) if args else mine.to_voucher(turn))


async def _complain(turn: Turn, args: list[str]) -> None:
    """A booking's complaint; a stay's problem told at the main menu ("the guest house was dirty"), no booking named:
    the complaint in those words (``complaint.about_stay``)."""
    await quoting.release_hold(turn)
    if args:
        return await complaint.ask(turn, arg(args))
    await complaint.about_stay(turn, complaint.problem_told(turn.inbound.text))


async def _mine(turn: Turn, args: list[str]) -> None:
    await quoting.release_hold(turn)
    await mine.listing(turn)


BOOKED: dict[str, Action] = {
    "mine": _mine, "view": _view, "refund": _refund, "cancel": _cancel, "cancelyes": _cancel_yes,
    "keep": _on_booking(mine.keep), "redate": _redate, "voucher": _voucher,
    "complain": _complain, "complaintsend": _on_complaint(complaint.send),
    "complaintedit": _on_complaint(complaint.rewrite), "complaintdrop": _on_complaint(complaint.drop),
}
