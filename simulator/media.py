"""Uploaded media, kept in memory for the life of the simulator (as Meta keeps it for 30 days)."""
from __future__ import annotations

import hashlib
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
MAX_BYTES = 100 * 1024 * 1024  # documents; Meta's largest media kind


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
