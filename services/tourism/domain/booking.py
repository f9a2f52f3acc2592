"""A stay being chosen, and a booking once confirmed: the rules that say yes or no, with the reason.

Every refusal is a ``Refused`` carrying a reason key (a text in the catalog) and the values it needs, so
the conversation can name the problem and ask again, and the back office can return it as an error.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from services.tourism.domain.calendar import nights_of, today_in_india
from services.tourism.domain.catalog import RoomType
from services.tourism.domain.money import Policy, refund
from shared.india import typed_number

Status = Literal["confirmed", "cancelled", "checked_in", "no_show"]
# PT in Latin letters or in Bengali ones as phones spell it ("পিটি-২০২৬-০০০০০১", "পি.টি."); digits of either script
NUMBER = re.compile(r"(?:PT|পি\.?\s*টি\.?)[\s\-/]*(\d{4})[\s\-/]*(\d{1,6})", re.IGNORECASE)
MAX_GUESTS = 60


class Refused(Exception):
    """A rule said no; ``key`` names the text that explains it, ``values`` fill its placeholders."""

    def __init__(self, key: str, **values: Any):
        super().__init__(key)
        self.key = key
        self.values = values


def booking_number(year: int, n: int) -> str:
    return f"PT-{year}-{n:06d}"


def find_booking_number(text: str) -> str | None:
    """``PT-2026-000123`` however typed: ``pt 2026 123``, Bengali digits or letters, inside a sentence."""
    match = NUMBER.search(typed_number(text))
    return booking_number(int(match.group(1)), int(match.group(2))) if match else None


def check_in_date(day: date, today: date, policy: Policy) -> date:
    if day < today:
        raise Refused("date_past")
    last = today + timedelta(days=policy.horizon_days)
    if day > last:
        raise Refused("date_too_far", last=last)
    return day


def nights_count(nights: int, policy: Policy) -> int:
    if not 1 <= nights <= policy.max_nights:
        raise Refused("nights_range", max=policy.max_nights)
    return nights


def nights_until(check_in: date, check_out: date, policy: Policy) -> int:
    """The nights of a stay given by its check-out date."""
    if check_out <= check_in:
        raise Refused("checkout_before", check_in=check_in)
    return nights_count((check_out - check_in).days, policy)


def guests_count(guests: int) -> int:
    if guests > MAX_GUESTS:  # a bigger group books in parts, or calls the guest house
        raise Refused("guests_over", max=MAX_GUESTS)
    if guests < 1:
        raise Refused("guests_range", max=MAX_GUESTS)
    return guests


def rooms_needed(guests: int, room: RoomType) -> int:
    return math.ceil(guests / room.max_guests)


def holds(room: RoomType, guests: int, policy: Policy) -> bool:
    """Whether one booking of this room type can take the group: as many rooms as it needs, within the policy's."""
    return rooms_needed(guests, room) <= min(policy.max_rooms, room.rooms)


def rooms_count(rooms: int, guests: int, room: RoomType, policy: Policy) -> int:
    """The rooms asked for the group: within the policy's and the type's, enough for it, and no more than its
    guests (every room booked has someone staying in it)."""
    most = min(policy.max_rooms, room.rooms)
    if rooms > max(guests, 1) and guests <= most:
        raise Refused("rooms_over_guests", guests=guests)
    if not 1 <= rooms <= most:
        raise Refused("rooms_range", max=most)
    if guests > rooms * room.max_guests:
        raise Refused("too_many_guests", guests=guests, rooms=rooms, per_room=room.max_guests,
                      needed=rooms_needed(guests, room))
    return rooms


@dataclass(frozen=True)
class Cancellation:
    days_before: int
    percent: int
    refund: int  # paise


class Booking(BaseModel):
    model_config = ConfigDict(extra="ignore")

    number: str
    draft_id: str = Field(description="the quote it came from; one booking per quote")
    wa_id: str
    lang: Literal["bn", "en"] = "bn"
    guest_name: str = ""
    property_id: str
    room_type_id: str
    check_in: date
    nights: int = Field(ge=1)
    guests: int = Field(ge=1)
    children: int = Field(0, ge=0, description="of the guests, when the group was given as adults and children")
    rooms: int = Field(ge=1)
    tariff: int
    subtotal: int
    tax: int
    total: int
    status: Status = "confirmed"
    booked_at: datetime
    voucher_code: str = ""
    cancelled_at: datetime | None = None
    cancelled_by: Literal["guest", "office"] | None = None
    cancel_reason: str | None = None
    refund_percent: int | None = None
    refund: int | None = None
    arrived_at: datetime | None = None

    @property
    def check_out(self) -> date:
        return self.check_in + timedelta(days=self.nights)

    def nights_list(self) -> list[date]:
        return nights_of(self.check_in, self.nights)

    def cancellation(self, today: date, policy: Policy, *, by_office: bool = False) -> Cancellation:
        """What cancelling today returns — all of it when the office cancels, else the policy's share;
        refused for a booking that is closed or whose stay has begun."""
        if self.status == "cancelled":
            raise Refused("already_cancelled", number=self.number)
        if self.status != "confirmed" or self.check_in < today:
            raise Refused("cancel_too_late", number=self.number)
        days = (self.check_in - today).days
        percent, amount = (100, self.total) if by_office else refund(policy, paid=self.total, days_before=days)
        return Cancellation(days_before=days, percent=percent, refund=amount)

    def cancelled_terms(self) -> Cancellation | None:
        """The terms a cancelled booking was cancelled on, as recorded."""
        if self.status != "cancelled" or self.cancelled_at is None:
            return None
        days = (self.check_in - today_in_india(self.cancelled_at)).days
        return Cancellation(days_before=days, percent=self.refund_percent or 0, refund=self.refund or 0)

    def complainable(self) -> None:
        """A stay complaint needs a stay: a cancelled booking was cancelled before its guest arrived."""
        if self.status == "cancelled":
            raise Refused("complaint_no_stay", number=self.number)

    def arrival(self, today: date, outcome: Literal["checked_in", "no_show"]) -> Status:
        """Marking the guest arrived or absent: a confirmed booking, from its check-in day on; and a guest marked
        absent who turns up after all (late at night, or at the check-in time after an early mark) is marked
        arrived while their stay lasts."""
        came_after_all = outcome == "checked_in" and self.status == "no_show" and today < self.check_out
        if self.status != "confirmed" and not came_after_all:
            raise Refused("not_confirmed", number=self.number, status=self.status)
        if today < self.check_in:
            raise Refused("not_arrival_day", number=self.number, check_in=self.check_in)
        return outcome
