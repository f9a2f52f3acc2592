"""What can be booked: properties (guest houses, home stays, eco-resorts), their room types, and blocks.

These models are the catalog's rules as much as its shape: a room type holds at least one guest, a block
covers at least one night, names exist in both languages. Ids are short slugs because they travel inside
WhatsApp reply ids (``tourism:room:<id>``), which Meta limits in length. A block's name and each amenity
are said in both languages too; a plain string (as the back office took them at first) stands for both.
"""
from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from services.tourism.domain.calendar import nights_of
from shared.districts import DISTRICTS, district_key, district_name, district_near, near  # noqa: F401 - re-exported

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{1,47}$")]
Clock = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]


def _known_district(value: str) -> str:
    key = district_key(value)
    if key is None:
        raise ValueError("not a district of West Bengal (e.g. purulia, south-24-parganas)")
    return key


District = Annotated[str, AfterValidator(_known_district)]


class Names(BaseModel):
    """The same thing said in both languages of the service."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    bn: str = Field(min_length=1, max_length=120)
    en: str = Field(min_length=1, max_length=120)

    def __call__(self, lang: str) -> str:
        """The name in ``lang``; one stored blank (only spaces) gives way to the other language's, since a list
        row or button with a blank title is refused by WhatsApp and the guest would be shown nothing."""
        said, other = (self.bn, self.en) if lang == "bn" else (self.en, self.bn)
        return said if said.strip() else other


def _both(value: object) -> object:
    """A plain string is the same in both languages: what the back office sent before names were paired."""
    return {"bn": value, "en": value} if isinstance(value, str) else value


Bilingual = Annotated[Names, BeforeValidator(_both)]


class Property(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: Slug
    district: District
    block: Bilingual = Field(description="the community development block, in both languages")
    name: Names
    address: Names
    contact: str = Field(pattern=r"^\+?[0-9 ]{8,16}$", description="the caretaker's phone")
    amenities: list[Bilingual] = Field(default_factory=list, max_length=20)
    check_in_time: Clock = "12:00"
    check_out_time: Clock = "10:00"
    photos: list[Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]] = Field(default_factory=list)
    active: bool = True


class RoomType(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: Slug
    property_id: Slug
    name: Names
    beds: int = Field(ge=1, le=10)
    max_guests: int = Field(ge=1, le=12, description="guests one room holds")
    tariff: int = Field(ge=1, le=100_000, description="rupees per room per night, before taxes")
    rooms: int = Field(ge=1, le=200, description="rooms of this type at the property")
    active: bool = True


class Block(BaseModel):
    """Nights a room type cannot be sold: maintenance, a festival closure, an official booking."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1, max_length=64)
    property_id: Slug
    room_type_id: Slug
    first_night: date
    last_night: date
    rooms: int = Field(ge=1, le=200)
    reason: str = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _ordered(self) -> Block:
        if self.last_night < self.first_night:
            raise ValueError("last_night is before first_night")
        if (self.last_night - self.first_night).days >= 366:
            raise ValueError("a block covers at most a year")
        return self

    def nights(self) -> list[date]:
        return nights_of(self.first_night, (self.last_night - self.first_night).days + 1)
