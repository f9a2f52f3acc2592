"""What the chat page and the control endpoint may send, checked before anything is posted."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from simulator.failures import Endpoint

WA_ID = r"^\d{6,15}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Reply(Strict):
    id: str = Field(min_length=1)
    title: str
    type: Literal["button", "list", "template"] = "button"
    description: str | None = None


class Place(Strict):
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    name: str | None = None
    address: str | None = None


class Upload(Strict):
    data_b64: str
    mime_type: str
    filename: str | None = None
    caption: str | None = None
    # sent "as a document", as WhatsApp lets a photo or a video be: a ``document`` message whatever its type
    as_document: bool = False


class Typed(Strict):
    """What the page sends: exactly one of text, reply, location or file, from a person."""

    wa_id: str = Field(pattern=WA_ID)
    name: str | None = Field(default=None, max_length=60)
    context: str | None = None
    text: str | None = Field(default=None, min_length=1, max_length=4096)
    reply: Reply | None = None
    location: Place | None = None
    file: Upload | None = None

    @model_validator(mode="after")
    def _one(self) -> Typed:
        if sum(x is not None for x in (self.text, self.reply, self.location, self.file)) != 1:
            raise ValueError("send exactly one of text, reply, location or file")
        return self


class Injection(Strict):
    code: int
    times: int = Field(default=1, ge=1, le=10_000)
    to: str | None = None
    status: int | None = Field(default=None, ge=400, le=599)
    endpoint: Endpoint = "send"
    details: str | None = None
    subcode: int | None = None
