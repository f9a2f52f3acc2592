"""Uploaded media, kept in memory for the life of the simulator (as Meta keeps it for 30 days)."""
from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass

# What Meta accepts for upload, by kind; anything else is refused with 131053 as Meta does.
SUPPORTED = frozenset({
    "application/pdf", "text/plain", "application/msword", "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "image/jpeg", "image/png", "image/webp", "audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg",
    "video/mp4", "video/3gpp",
})
MB = 1024 * 1024
# The largest file WhatsApp sends of each kind a person shares (Meta's media limits); documents are the largest
LIMITS = {"image": 5 * MB, "video": 16 * MB, "audio": 16 * MB, "document": 100 * MB}
MAX_BYTES = LIMITS["document"]
# what the chat page and its refusals call each kind
NAMES = {"image": "a photo", "video": "a video", "audio": "a voice note or audio", "document": "a document"}
OTHERWISE = "document"  # the kind of a file whose type names none of the others
REFUSAL = "WhatsApp sends {name} of up to {most} MB; {what} is {size} MB. Send a smaller one."
# the rules the chat page reads from /_sim/config, so that it refuses a file as /_sim/send would
RULES = {"limits": LIMITS, "names": NAMES, "otherwise": OTHERWISE, "refusal": REFUSAL}


def kind_of(mime_type: str, *, as_document: bool = False) -> str:
    """The kind a person's file goes as (``image``, ``audio``, ``video``, else ``document``), by its type; a file
    sent as a document goes as one whatever its type."""
    if as_document:
        return OTHERWISE
    return next((k for k in NAMES if k != OTHERWISE and mime_type.startswith(f"{k}/")), OTHERWISE)


def too_big(size: int, mime_type: str, *, as_document: bool = False) -> str | None:
    """Why WhatsApp would not send a file of ``size`` bytes and this type, said as its chat page says it; None
    when it would."""
    kind = kind_of(mime_type, as_document=as_document)
    if size <= LIMITS[kind]:
        return None
    shown = max(round(size / MB, 1), math.ceil(size * 10 / MB) / 10 if size < LIMITS[kind] + MB // 10 else 0)
    return REFUSAL.format(name=NAMES[kind], most=LIMITS[kind] // MB, what="this one", size=f"{shown:g}")


@dataclass(frozen=True)
class Media:
    id: str
    data: bytes
    mime_type: str
    filename: str | None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


class MediaStore:
    """The newest ``keep`` files; older ones are forgotten, as Meta forgets media after 30 days."""

    def __init__(self, keep: int = 2_000) -> None:
        self._keep = keep
        self._items: dict[str, Media] = {}

    def put(self, data: bytes, mime_type: str, filename: str | None = None) -> Media:
        media_id = str(10**15 + secrets.randbelow(9 * 10**15))  # Meta's ids are 16-digit numbers
        media = Media(media_id, data, mime_type, filename)
        self._items[media_id] = media
        if len(self._items) > self._keep:
            del self._items[next(iter(self._items))]
        return media

    def get(self, media_id: str) -> Media | None:
        return self._items.get(media_id)
