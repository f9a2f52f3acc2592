"""The use cases of a stay — hold a quote, confirm it, cancel a booking — shared by the chat and the
back office, so both follow the same rules and leave the inventory the same way.

A quote holds the rooms under the quote's own id for the policy's minutes; confirming turns that hold
into the booking's claim under the same id, which cannot fail while the hold is live. A hold that lapsed
(and is not already a booking: two Confirms of one quote may run at once) is taken again if the rooms
are still free (``Lapsed``: the person sees the quote again), otherwise the person gets alternatives.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

from services.tourism.alternatives import Alternative, alternatives
from services.tourism.domain import (
    Booking,
    Cancellation,
    Claim,
    Policy,
    Quote,
    Refused,
    RoomType,
    check_in_date,
    nights_of,
    quote,
    today_in_india,
)
from services.tourism.repository import Repositories


@dataclass(frozen=True)
class Stay:
    """What the person chose; ``hold_id`` names the quote (and, once confirmed, the booking's claim)."""

    hold_id: str
    room: RoomType
    check_in: date
    nights: int
    guests: int
    rooms: int
    children: int = 0  # of the guests, when the group was given as adults and children

    @property
    def days(self) -> list[date]:
        return nights_of(self.check_in, self.nights)


@dataclass(frozen=True)
class Held:
    quote: Quote
    until: datetime


@dataclass(frozen=True)
class Unavailable:
    free: int
    alternatives: list[Alternative] = field(default_factory=list)


@dataclass(frozen=True)
class Lapsed:
    """The hold ran out but the rooms were free, so they are held again under a fresh quote."""

    held: Held


async def hold(repos: Repositories, stay: Stay, now: datetime, policy: Policy) -> Held | Unavailable:
    """Raises ``Refused`` (``date_past``) for a check-in that has passed in India: a stay chosen one day and
    quoted or confirmed on a later one (a tap on an old list, a Confirm of a quote whose hold ran out) would
    otherwise book nights that are over."""
    check_in_date(stay.check_in, today_in_india(now), policy)
    until = now + timedelta(minutes=policy.hold_minutes)
    claim = Claim(rooms=stay.rooms, kind="hold", until=until)
    if not await repos.inventory.claim(stay.room, stay.days, stay.hold_id, claim, now):
        free = await repos.inventory.free(stay.room, stay.days, now)
        return Unavailable(free=free, alternatives=await _others(repos, stay, now, policy))
    return Held(quote=quote(policy, tariff=stay.room.tariff, nights=stay.nights, rooms=stay.rooms), until=until)


async def release(repos: Repositories, stay: Stay, now: datetime) -> None:
    """Give back a quote's hold; a claim that has already become a booking stays."""
    await repos.inventory.release(stay.room, stay.days, stay.hold_id, now, only="hold")


async def confirm(repos: Repositories, stay: Stay, quoted: Quote, *, wa_id: str, lang: str, guest_name: str,
                  now: datetime, policy: Policy, number: Callable[[], Awaitable[str]], voucher_code: str
                  ) -> Booking | Lapsed | Unavailable:
    """The booking made from this quote (the same one again if it was already confirmed). A quote whose hold
    ran out is held again as a new quote is (``hold``), so not once its check-in has passed."""
    existing = await repos.bookings.by_draft(stay.hold_id)
    if existing is not None:
        return existing
    if not await repos.inventory.held(stay.room, stay.days, stay.hold_id, now, "hold", "booking"):
        held = await hold(repos, stay, now, policy)
        return Lapsed(held) if isinstance(held, Held) else held
    booked = Claim(rooms=stay.rooms, kind="booking")
    if not await repos.inventory.claim(stay.room, stay.days, stay.hold_id, booked, now):
        return Unavailable(free=0, alternatives=await _others(repos, stay, now, policy))
    booking = Booking(
        number=await number(), draft_id=stay.hold_id, wa_id=wa_id, lang="bn" if lang == "bn" else "en",
        guest_name=guest_name, property_id=stay.room.property_id, room_type_id=stay.room.id,
        check_in=stay.check_in, nights=stay.nights, guests=stay.guests, rooms=stay.rooms, children=stay.children,
        tariff=quoted.tariff,
        subtotal=quoted.subtotal, tax=quoted.tax, total=quoted.total, booked_at=now, voucher_code=voucher_code)
    return await repos.bookings.add(booking)


async def cancel(repos: Repositories, booking: Booking, *, by: Literal["guest", "office"], reason: str,
                 now: datetime, policy: Policy, owes: dict[str, object] | None = None) -> tuple[Booking, Cancellation]:
    """Cancel and give the nights back; raises ``Refused`` with the reason when it cannot be cancelled.
    The guest's cancellation refunds by the policy; the office's refunds in full (the guest did not choose it).
    ``owes``: fields stored with the cancellation, in the same write (what its announcement owes)."""
    today = today_in_india(now)
    terms: list[Cancellation] = []

    def rule(current: Booking) -> dict[str, object]:
        terms[:] = [current.cancellation(today, policy, by_office=by == "office")]
        return {"status": "cancelled", "cancelled_at": now, "cancelled_by": by, "cancel_reason": reason,
                "refund_percent": terms[0].percent, "refund": terms[0].refund, **(owes or {})}

    try:
        cancelled = await repos.bookings.change(booking.number, rule)
    except Refused as refused:
        if refused.key == "already_cancelled":  # a cancellation cut short before its nights went back
            await give_back(repos, booking, now)
        raise
    if cancelled is None:
        raise Refused("booking_unknown", number=booking.number)
    await give_back(repos, cancelled, now)
    return cancelled, terms[0]


async def give_back(repos: Repositories, booking: Booking, now: datetime, *, from_day: date | None = None) -> None:
    """Put a booking's nights (from ``from_day`` on, if given) back on sale."""
    room = await repos.catalog.room_type(booking.room_type_id)
    if room is not None:
        days = [d for d in booking.nights_list() if from_day is None or d >= from_day]
        await repos.inventory.release(room, days, booking.draft_id, now)


async def _others(repos: Repositories, stay: Stay, now: datetime, policy: Policy) -> list[Alternative]:
    return await alternatives(repos, stay.room, stay.check_in, nights=stay.nights, guests=stay.guests,
                              rooms=stay.rooms, now=now, policy=policy)
