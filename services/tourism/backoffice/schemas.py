"""What the back office accepts: request bodies and queries, validated before any use case runs.

Creations reuse the catalog's own models (``Property``, ``RoomType``) so a rule lives in one place;
changes are partial bodies that are merged into the stored record and validated again as a whole.
"""
from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from services.tourism.domain import Names
from services.tourism.domain.catalog import Bilingual, Clock, District, Slug

MAX_RANGE_DAYS = 92


def _written(names: Names) -> Names:
    """Words in both languages: a name of spaces only would title a guest's list row or button with nothing."""
    if not names.bn.strip() or not names.en.strip():
        raise ValueError("needs words in both languages (bn and en), not only spaces")
    return names


Written = Annotated[Names, AfterValidator(_written)]
WrittenEither = Annotated[Bilingual, AfterValidator(_written)]  # a plain string stands for both languages


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NewProperty(Strict):
    id: Slug
    district: District
    block: WrittenEither
    name: Written
    address: Written
    contact: str
    amenities: list[WrittenEither] = Field(default_factory=list)
    check_in_time: Clock = "12:00"
    check_out_time: Clock = "10:00"
    photos: list[str] = Field(default_factory=list)


class PropertyChanges(Strict):
    block: WrittenEither | None = None
    name: Written | None = None
    address: Written | None = None
    contact: str | None = None
    amenities: list[WrittenEither] | None = None
    check_in_time: Clock | None = None
    check_out_time: Clock | None = None
    photos: list[str] | None = None
    active: bool | None = None


class NewRoomType(Strict):
    id: Slug
    name: Written
    beds: int
    max_guests: int
    tariff: int = Field(description="rupees per room per night, before taxes")
    rooms: int


class RoomTypeChanges(Strict):
    name: Written | None = None
    beds: int | None = None
    max_guests: int | None = None
    tariff: int | None = None
    rooms: int | None = None
    active: bool | None = None


class NewBlock(Strict):
    room_type_id: Slug
    first_night: date
    last_night: date
    rooms: int | None = Field(default=None, ge=1, description="rooms taken out of sale; default all of them")
    reason: str = Field(min_length=1, max_length=200)


def _unstopped(reason: str) -> str:
    """The reason without the full stop a manager ends it with: the guest's message puts its own after it, and
    'কারণ: রাস্তা বন্ধ।।' or 'Reason: road closed..' reads as a slip."""
    words = reason.rstrip(".।॥ ")
    if len(words) < 3:
        raise ValueError("needs a reason in words, not only full stops")
    return words


class Reason(Strict):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)  # spaces are no reason to tell a guest

    reason: Annotated[str, AfterValidator(_unstopped)] = Field(min_length=3, max_length=300)


class ArrivalsQuery(Strict):
    property: Slug
    first: date = Field(alias="from")
    last: date = Field(alias="to")
    include_cancelled: bool = False

    @model_validator(mode="after")
    def _range(self) -> ArrivalsQuery:
        if self.last < self.first:
            raise ValueError("'to' is before 'from'")
        if (self.last - self.first).days > MAX_RANGE_DAYS:
            raise ValueError(f"ask for at most {MAX_RANGE_DAYS} days at a time")
        return self


def changed(current: BaseModel, changes: BaseModel) -> dict[str, object]:
    """The stored record's fields with the given changes laid over them (unset fields keep their value)."""
    return {**current.model_dump(mode="json"), **changes.model_dump(mode="json", exclude_unset=True)}
