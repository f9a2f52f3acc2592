"""The files people sent with their complaints, kept in the service's own store: ``media`` holds one document per
WhatsApp media id, ``media_parts`` the bytes.

WhatsApp names a file by its id only and Meta keeps it for a limited time, so a file is expected here the moment
a ticket first holds it (``expect``, called by ``Tickets``) and fetched soon after (``services.grievance.media``).
A file is ``waiting`` (``due``: when to try next; ``tries`` that failed, and the last ``reason``), ``kept`` (its
type, size, sha256 and how many parts hold it), ``gone`` (Meta no longer had it) or ``refused`` (over ``MOST``
bytes); the last two keep their reason. The bytes are base64 in parts of ``PART`` bytes, each part's document
well under the store's 16 MB (``shared.store.rules.MAX_BYTES``). Kept as long as its complaint: never swept.
"""
from __future__ import annotations

import base64
import hashlib
from datetime import datetime, timedelta
from typing import Literal

from pydantic import BaseModel, TypeAdapter

from services.grievance.domain import Attachment, Utc
from shared.store import Conflict, DuplicateKey, Index, Store

COLLECTION = "media"
PARTS = "media_parts"
INDEXES = (Index(COLLECTION, ("state", "due")),)
MOST = 16 * 1024 * 1024  # WhatsApp's own limits: images 5 MB, voice notes and videos 16 MB (documents go to 100)
PART = 4 * 1024 * 1024  # 5.3 MB as base64
WAIT_FIRST, WAIT_MOST = timedelta(minutes=1), timedelta(hours=6)  # between tries, doubling
ATTEMPTS = 20
State = Literal["waiting", "kept", "gone", "refused"]


class MediaFile(BaseModel):
    id: str
    ticket: str  # the complaint it came with first
    kind: str
    mime_type: str | None = None
    state: State = "waiting"
    due: str = ""  # ISO time of the next try; empty: at once
    tries: int = 0
    reason: str = ""
    size: int | None = None
    sha256: str | None = None
    parts: int = 0
    version: int = 0  # the store's, as read

    @property
    def settled(self) -> bool:
        return self.state != "waiting"


def iso(moment: datetime) -> str:
    return TypeAdapter(Utc).dump_python(moment, mode="json")


class MediaFiles:
    def __init__(self, store: Store):
        self._files = store.collection(COLLECTION)
        self._parts = store.collection(PARTS)

    async def expect(self, number: str, attachments: list[Attachment]) -> None:
        """Each of ``attachments`` (on ticket ``number``) waits to be fetched, unless known already."""
        for attachment in attachments:
            try:
                await self._files.insert({"_id": attachment.id, "ticket": number, "kind": attachment.kind,
                                          "mime_type": attachment.mime_type, "state": "waiting", "due": "",
                                          "tries": 0})
            except DuplicateKey:
                pass

    async def get(self, media_id: str) -> MediaFile | None:
        doc = await self._files.get(media_id)
        return None if doc is None else _file(doc)

    async def due(self, now: datetime, *, limit: int) -> list[MediaFile]:
        """Files waiting whose next try has come, the longest waiting first."""
        docs = await self._files.find({"state": "waiting", "due": {"$lte": iso(now)}}, sort=[("due", 1)], limit=limit)
        return [_file(doc) for doc in docs]

    async def take(self, file: MediaFile, until: datetime) -> MediaFile | None:
        """This copy fetches ``file`` (as read); another copy leaves it until ``until``. None: another took it."""
        try:
            doc = await self._files.update(file.id, {"due": iso(until)}, expected_version=file.version)
        except Conflict:
            return None
        return _file(doc)

    async def kept(self, media_id: str, data: bytes, mime_type: str) -> MediaFile:
        """The bytes are held: parts first, so a file said ``kept`` has all of its parts."""
        return await self._settle(media_id, await self._hold(media_id, data, mime_type))

    async def own(self, number: str, media_id: str, kind: str, data: bytes, mime_type: str) -> MediaFile:
        """A file the office gave (the photo of the work done), kept at once: it is never fetched from WhatsApp.
        The same file given again (``media_id`` comes from its bytes) is the one already kept."""
        held = await self._hold(media_id, data, mime_type)
        try:
            doc = await self._files.insert({"_id": media_id, "ticket": number, "kind": kind, "due": "", "tries": 0,
                                            **held})
        except DuplicateKey:
            found = await self.get(media_id)
            assert found is not None
            return found
        return _file(doc)

    async def drop(self, media_id: str) -> None:
        """A file the office replaced: its record first, so no reader finds a record whose parts are gone."""
        file = await self.get(media_id)
        if file is None:
            return
        await self._files.delete(media_id)
        for n in range(file.parts):
            await self._parts.delete(f"{media_id}:{n}")

    async def _hold(self, media_id: str, data: bytes, mime_type: str) -> dict[str, object]:
        parts = [data[i:i + PART] for i in range(0, len(data), PART)] or [b""]
        for n, part in enumerate(parts):
            doc = {"_id": f"{media_id}:{n}", "data": base64.b64encode(part).decode()}
            try:
                await self._parts.insert(doc)
            except DuplicateKey:  # an earlier try stopped part way: this one's bytes are as good
                await self._parts.delete(doc["_id"])
                await self._parts.insert(doc)
        return {"state": "kept", "mime_type": mime_type, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                "parts": len(parts), "reason": ""}

    async def lost(self, media_id: str, state: Literal["gone", "refused"], reason: str) -> MediaFile:
        return await self._settle(media_id, {"state": state, "reason": reason[:300]})

    async def failed(self, media_id: str, reason: str, now: datetime) -> MediaFile | None:
        """Tried and failed, for a reason that may pass: tried again later, a little later each time."""
        for _ in range(ATTEMPTS):
            file = await self.get(media_id)
            if file is None or file.settled:
                return file
            wait = min(WAIT_FIRST * 2 ** file.tries, WAIT_MOST)
            try:
                doc = await self._files.update(media_id, {"tries": file.tries + 1, "due": iso(now + wait),
                                                          "reason": reason[:300]}, expected_version=file.version)
                return _file(doc)
            except Conflict:
                continue
        raise Conflict(f"media {media_id}: still contended after {ATTEMPTS} attempts")

    async def data(self, file: MediaFile) -> bytes:
        chunks = []
        for n in range(file.parts):
            doc = await self._parts.get(f"{file.id}:{n}")
            if doc is None:
                raise LookupError(f"media {file.id}: part {n} of {file.parts} is missing")
            chunks.append(base64.b64decode(doc["data"]))
        return b"".join(chunks)

    async def _settle(self, media_id: str, changes: dict[str, object]) -> MediaFile:
        """The file's outcome, unless another copy settled it first (then that one stands)."""
        for _ in range(ATTEMPTS):
            file = await self.get(media_id)
            if file is None:
                raise LookupError(f"media {media_id} was never expected")
            if file.settled:
                return file
            try:
                return _file(await self._files.update(media_id, changes, expected_version=file.version))
            except Conflict:
                continue
        raise Conflict(f"media {media_id}: still contended after {ATTEMPTS} attempts")


def _file(doc: dict[str, object]) -> MediaFile:
    return MediaFile.model_validate({**doc, "id": doc["_id"], "version": doc["_v"]})
