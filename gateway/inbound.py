"""Tolerant models of what a Cloud API webhook carries in ``value``: messages, contacts, statuses.

Meta adds fields and message types without notice, so every model ignores what it does not know and
everything Meta may omit is optional. ``gateway.payload`` validates each item on its own with these.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from shared.chat import USER_ID

MEDIA_TYPES = ("image", "document", "audio", "voice", "video", "sticker")
# Meta's wa_id: the international number, digits only (E.164 has at most 15)
WA_ID = r"[0-9]{6,15}"


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class Text(_Loose):
    body: str = ""


class Choice(_Loose):
    id: str
    title: str | None = None
    description: str | None = None


class FlowReply(_Loose):
    name: str | None = None
    body: str | None = None
    response_json: str = "{}"


class Interactive(_Loose):
    type: str | None = None
    button_reply: Choice | None = None
    list_reply: Choice | None = None
    nfm_reply: FlowReply | None = None


class QuickReply(_Loose):
    """A tapped quick-reply button of a template message."""

    payload: str | None = None
    text: str | None = None


class LocationPin(_Loose):
    latitude: float
    longitude: float
    name: str | None = None
    address: str | None = None


class MediaRef(_Loose):
    id: str
    mime_type: str | None = None
    caption: str | None = None
    filename: str | None = None


class Reaction(_Loose):
    message_id: str | None = None
    emoji: str | None = None


class Context(_Loose):
    from_: str | None = Field(default=None, alias="from")
    id: str | None = None


class SystemNotice(_Loose):
    """Meta's notice that the person changed their number (``user_changed_number``): the new number is ``wa_id``
    (``new_wa_id`` before Graph API v12); or that their business-scoped id changed without a number to share
    (``user_changed_user_id``): the new id is ``user_id``, the old one ``previous_user_id``."""

    type: str | None = None
    wa_id: str | None = None
    new_wa_id: str | None = None
    user_id: str | None = None
    previous_user_id: str | None = None


class Message(_Loose):
    # The person: their number, and their business-scoped id, which Meta sends alone for someone who uses a
    # username and has not shared their number with the business. Neither (or either malformed) is no person to
    # answer, and the item is skipped like any other malformed one.
    from_: str | None = Field(default=None, alias="from", pattern=rf"^{WA_ID}$")
    from_user_id: str | None = Field(default=None, pattern=rf"^{USER_ID}$")
    id: str = Field(min_length=1)
    timestamp: str | None = None
    type: str = "unknown"
    text: Text | None = None
    interactive: Interactive | None = None
    button: QuickReply | None = None
    location: LocationPin | None = None
    image: MediaRef | None = None
    document: MediaRef | None = None
    audio: MediaRef | None = None
    voice: MediaRef | None = None
    video: MediaRef | None = None
    sticker: MediaRef | None = None
    contacts: list[dict[str, Any]] | None = None
    reaction: Reaction | None = None
    system: SystemNotice | None = None
    context: Context | None = None

    @model_validator(mode="after")
    def _someone(self) -> Message:
        if self.from_ is None and self.from_user_id is None:
            raise ValueError("a message from nobody: neither from nor from_user_id")
        return self

    @property
    def sender(self) -> str:
        """The number when Meta gives it, else the business-scoped id."""
        return self.from_ or str(self.from_user_id)

    def media(self) -> tuple[str, MediaRef] | None:
        ref = getattr(self, self.type, None) if self.type in MEDIA_TYPES else None
        return (self.type, ref) if isinstance(ref, MediaRef) else None


class Profile(_Loose):
    name: str | None = None


class Contact(_Loose):
    wa_id: str | None = None
    user_id: str | None = None
    profile: Profile | None = None


class StatusError(_Loose):
    code: int | None = None
    title: str | None = None
    message: str | None = None
    error_data: dict[str, Any] | None = None


class Status(_Loose):
    id: str = Field(min_length=1)
    status: str = Field(min_length=1)
    timestamp: str | None = None
    recipient_id: str | None = None
    recipient_user_id: str | None = None  # the business-scoped id, when the message went to one
    errors: list[StatusError] = Field(default_factory=list)
    biz_opaque_callback_data: str | None = None  # what the sender attached: the outbound envelope id
