"""What crosses the bus between the WhatsApp edge and the services.

``Inbound`` is the payload of ``wa.inbound.<service>``: the gateway has already verified, parsed and
routed the Cloud API message, so a service reads one flat, typed shape. ``Outbound`` is the payload of
``wa.outbound``: a Cloud API message body (built with ``gateway.outbound`` models, so Meta's limits are
checked where the message is made), an optional template to fall back to when the 24-hour window is
closed, and an optional document for the sender to upload first.
"""
from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# The chat's own traffic: routing keys under ``wa.`` carry people's numbers because they are the chat
# itself; they are internal to the WhatsApp edge and the services, never offered to other departments.
OPTED_OUT = "wa.person.opted_out"
OPTED_IN = "wa.person.opted_in"
LANG_CHOSEN = "wa.person.lang_chosen"  # {"wa_id", "lang"}: the person picked a language at the menu
# {"wa_id", "new_wa_id"}: WhatsApp said the person moved to another number; what each role keeps under the old
# one goes with them, and the old number (which the telephone company may give someone else) keeps nothing
NUMBER_CHANGED = "wa.person.number_changed"
# The taps every service reads as "show this service's own menu"
MENU_ACTIONS = frozenset(("menu", "home", "restart"))

# Meta's business-scoped user id (BSUID) for a person who may hide their number behind a WhatsApp username: their
# country, a dot, and up to 128 letters and digits ("IN.1648738043044942"; "IN.ENT.…" for a parent id)
USER_ID = r"[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}"

Lang = Literal["bn", "en"]
Kind = Literal["text", "reply", "location", "media", "contacts", "unsupported", "start"]


class Location(BaseModel):
    latitude: float
    longitude: float
    name: str | None = None
    address: str | None = None


class Media(BaseModel):
    kind: str  # image | document | audio | voice | video | sticker
    id: str
    mime_type: str | None = None
    caption: str | None = None
    filename: str | None = None

    @property
    def photo(self) -> bool:
        """A photo, sent as one or "as a document" (WhatsApp's way to send it uncompressed: a document message
        with the photo's image type and its file name, IMG_2031.jpg)."""
        return self.kind == "image" or (self.kind == "document" and (self.mime_type or "").startswith("image/"))


class Inbound(BaseModel):
    model_config = ConfigDict(extra="ignore")

    wa_id: str = Field(description="The person's WhatsApp id: their number, digits only; for someone who hides it "
                                   "behind a WhatsApp username and never shared it, their business-scoped id "
                                   "(IN.1648738043044942), which matches no registered mobile")
    message_id: str = Field(description="The WhatsApp message id (wamid)")
    lang: Lang = "bn"
    profile_name: str | None = None
    kind: Kind = "text"
    text: str | None = None
    reply_id: str | None = Field(default=None, description="<service>:<action>[:args] of a tapped choice")
    location: Location | None = None
    media: Media | None = None
    context_id: str | None = Field(default=None, description="The message this one replies to, if any")
    lang_guessed: bool = Field(default=False, description="``lang`` was only guessed, at this message: the "
                               "person's first, which the gateway handed on without asking the language")
    unasked: bool = Field(default=False, description="``text`` is words the person sent outside any service's "
                          "conversation, which the gateway kept and handed on when they tapped to send them here")

    @property
    def action(self) -> str | None:
        """``book`` for ``tourism:book:PT-1``; None for free text (the service's current step decides)."""
        parts = (self.reply_id or "").split(":")
        return parts[1] if len(parts) > 1 and parts[1] else None

    @property
    def args(self) -> list[str]:
        return (self.reply_id or "").split(":")[2:]

    @property
    def opens_menu(self) -> bool:
        """A tap of a service's own menu (``<service>:menu``, ``:home``, ``:restart``, with nothing after it): the
        person is at that menu, where "back" means the main menu, not that menu shown again."""
        parts = (self.reply_id or "").split(":") if self.kind == "reply" else []
        return len(parts) == 2 and parts[1] in MENU_ACTIONS


def number_hidden(wa_id: str) -> bool:
    """True when the person is known only by their business-scoped id: they write behind a WhatsApp username
    and WhatsApp has not shared their number, so no mobile registered with an office can be matched to them."""
    return re.fullmatch(USER_ID, wa_id) is not None


class Document(BaseModel):
    filename: str
    mime_type: str = "application/pdf"
    data_b64: str = Field(description="The file, base64; the sender uploads it to /media and sends by id")
    caption: str | None = None


class Outbound(BaseModel):
    model_config = ConfigDict(extra="ignore")

    to: str
    service: str = Field(description="Who speaks: free text from this person goes back to it for 30 minutes")
    message: dict[str, Any] = Field(description="Cloud API message body without messaging_product/to")
    template: dict[str, Any] | None = Field(default=None, description="Template body used if the window is closed")
    document: Document | None = None
    notification: bool = Field(default=False, description="Business-initiated: dropped for people who sent STOP")
    session: bool = Field(default=True, description="Whether this message makes the service the one spoken to")
    read: str | None = Field(default=None, description="The wamid of the person's message this answers: the "
                             "sender marks it read (blue ticks) as the answer goes out")
