"""The small records a ticket is made of — history steps, notes, assignments, attachments, the booking it is
about — and the rule for a description: long enough for the office to act on, short enough to read."""
from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel

from shared.chat import Media

DESCRIPTION_MAX = 2000
CAPTION_MAX = 1024
FILENAME_MAX = 240  # a document's name as the person's phone gave it
DESCRIPTION_MIN = 10
DESCRIPTION_LETTERS = 3  # a description says what is wrong in words, not in emoji, dots or invisible marks alone
Utc = Annotated[datetime, AfterValidator(lambda moment: moment.astimezone(UTC))]  # stored times compare as text


class Refused(Exception):
    def __init__(self, key: str, **values: Any):
        super().__init__(key)
        self.key, self.values = key, values


class Step(BaseModel):
    at: Utc
    status: str
    by: str
    note: str = ""


class Attachment(BaseModel):
    kind: str
    id: str
    mime_type: str | None = None
    caption: str | None = None  # the words written under it, kept for the office whatever else became of them
    filename: str | None = None  # a document's name as sent: the person tells their files apart by it


    @classmethod
    def of(cls, media: Media) -> Attachment:
        """A file the person sent, with what they wrote under it (WhatsApp allows 1,024 characters)."""
        return cls(kind=media.kind, id=media.id, mime_type=media.mime_type,
                   caption=(media.caption or "").strip()[:CAPTION_MAX] or None,
                   filename=(media.filename or "").strip()[:FILENAME_MAX] or None)


class Note(BaseModel):
    at: Utc
    by: str
    text: str
    person: bool = False  # True: the person's message to the office (a handoff); False: an official's
    media: Attachment | None = None  # the person's voice note, or the photo their words were written under


class Assignment(BaseModel):
    """Who in the office gave the complaint to which official, and when; officials read it, the person never."""

    at: Utc
    by: str
    official: str


class Booking(BaseModel):
    number: str
    property_id: str
    property_name: str
    property_name_bn: str = ""  # empty for tickets lodged before tourism said it, or when it has none
    check_in: date

    def property_in(self, lang: str) -> str:
        """The property's name in the reader's language, English where there is no Bengali one."""
        return self.property_name_bn if lang == "bn" and self.property_name_bn else self.property_name


def checked_description(text: str) -> str:
    cleaned = text.strip()
    if len(cleaned) < DESCRIPTION_MIN:
        raise Refused("description_short", least=DESCRIPTION_MIN)
    if sum(ch.isalpha() for ch in cleaned) < DESCRIPTION_LETTERS:
        raise Refused("description_words")
    if len(cleaned) > DESCRIPTION_MAX:
        raise Refused("description_long", length=len(cleaned), most=DESCRIPTION_MAX)
    return cleaned
