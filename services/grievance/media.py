"""The photos, videos, voice notes and documents people send with their complaints, fetched from the Cloud API
soon after they come and kept in the service's store, so officials can open them after Meta has let them go.

The chat only notes that a file is expected (``repository.media``); a sweep in every copy of the service fetches
what is due every ``FETCH_EVERY`` seconds, so a slow or failing Cloud API never slows or fails a person's turn.
A failed fetch is tried again later, a little later each time (``MediaFiles.failed``), until it succeeds or Meta
says it no longer has the file (then it is ``gone``); a file over ``MOST`` bytes is ``refused``. Each outcome is
logged with its reason. Copies take a file before fetching it (``LEASE``), so two do not fetch one file at once;
one a copy took and then left is taken again when its lease runs out.

The back office asks for a file not fetched yet (``fetch_now``) with an official waiting: it is fetched then and kept.
With no Cloud API configured (``WHATSAPP_API_URL`` and ``WHATSAPP_ACCESS_TOKEN``) nothing is fetched; files wait.

The photo of the work done, which the office gives with its report, is kept here too and goes to the person as an
image (``work_photo``).
"""
from __future__ import annotations

import base64
import mimetypes
from datetime import timedelta

import aiohttp

from gateway.sender.client import ApiError
from services.grievance.domain import Ticket
from services.grievance.repository import MediaFile, Repositories
from services.grievance.repository.media import MOST, MediaFiles
from shared.chat import Document
from shared.cloud_media import CloudMedia, MediaGone, MediaTooLarge
from shared.logging import get_logger
from shared.runtime import ServiceContext
from shared.runtime.periodic import repeat

log = get_logger(__name__)
FETCH_EVERY = 15.0  # seconds between sweeps: a file comes minutes, not days, after it was sent
LEASE = timedelta(minutes=10)
BATCH = 50


class NotConfigured(RuntimeError):
    """The process has no Cloud API to fetch from."""


async def work_photo(files: MediaFiles, ticket: Ticket, caption: str) -> Document | None:
    """The complaint's photo of the work done as the sender sends an image (a ``Document`` of type image/*, under
    ``caption``), or None when the office gave none or it is not kept."""
    photo = ticket.atr_photo
    file = None if photo is None else await files.get(photo.id)
    if photo is None or file is None or file.state != "kept":
        return None
    mime_type = file.mime_type or photo.mime_type or "image/jpeg"
    return Document(filename=f"{ticket.number}{mimetypes.guess_extension(mime_type) or ''}", mime_type=mime_type,
                    data_b64=base64.b64encode(await files.data(file)).decode(), caption=caption)


async def fetch_due(service: ServiceContext) -> int:
    """Fetch every file whose try has come; returns how many were settled (kept, gone or refused)."""
    if not CloudMedia.configured(service.settings):
        return 0
    media, now = Repositories.of(service.store).media, service.now()
    due = await media.due(now, limit=BATCH)
    if not due:
        return 0
    settled = 0
    async with aiohttp.ClientSession() as session:
        cloud = CloudMedia.from_settings(service.settings, session)  # type: ignore[arg-type]
        for file in due:
            taken = await media.take(file, now + LEASE)
            if taken is not None and (await _fetch(service, cloud, taken)).settled:
                settled += 1
    return settled


async def fetch_now(service: ServiceContext, file: MediaFile) -> MediaFile:
    """``file`` fetched at once for an official (unless settled meanwhile); raises ``NotConfigured``."""
    if not CloudMedia.configured(service.settings):
        raise NotConfigured("WHATSAPP_API_URL and WHATSAPP_ACCESS_TOKEN are not set for this service")
    async with aiohttp.ClientSession() as session:
        return await _fetch(service, CloudMedia.from_settings(service.settings, session), file)  # type: ignore[arg-type]


async def _fetch(service: ServiceContext, cloud: CloudMedia, file: MediaFile) -> MediaFile:
    media = Repositories.of(service.store).media
    fields = {"media": file.id, "ticket": file.ticket, "kind": file.kind}
    try:
        fetched = await cloud.fetch(file.id, most=MOST)
    except MediaGone as gone:
        service.log.warning("grievance.media_gone", **fields, reason=str(gone)[:200])
        return await media.lost(file.id, "gone", f"WhatsApp no longer has it: {gone}")
    except MediaTooLarge as large:
        service.log.warning("grievance.media_refused", **fields, reason=str(large))
        return await media.lost(file.id, "refused", f"too large to keep ({large})")
    except ApiError as failed:
        after = await media.failed(file.id, str(failed), service.now())
        service.log.warning("grievance.media_fetch_failed", **fields, tries=after.tries if after else None,
                            reason=str(failed)[:200], next_try=after.due if after else None)
        return after or file
    kept = await media.kept(file.id, fetched.data, fetched.mime_type or file.mime_type or "application/octet-stream")
    service.log.info("grievance.media_kept", **fields, size=kept.size)
    return kept


async def fetch_forever(service: ServiceContext, every: float = FETCH_EVERY) -> None:
    """Fetch what is due, then wait ``every`` seconds, for as long as the service runs."""
    if not CloudMedia.configured(service.settings):
        service.log.warning("grievance.media_not_fetched", hint="set WHATSAPP_API_URL and WHATSAPP_ACCESS_TOKEN: "
                            "without them the photos and voice notes sent with complaints are not kept")
    await repeat(lambda: fetch_due(service), every=every, done="grievance.media_fetched",
                 failed="grievance.media_sweep_failed")
