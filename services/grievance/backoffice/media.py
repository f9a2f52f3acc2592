"""A file a person sent with a complaint, as they sent it, or the office's photo of the work done
(``backoffice.photo``): ``GET /tickets/{number}/media/{media_id}``.

Read under the complaint's own rules (``access.ticket_in_area``): a complaint outside the token's area, or a
media id the complaint does not hold, is 404. A file the sweep has not fetched yet is fetched now and kept; one
Meta no longer had when it was asked, or too large to keep, is 410 with the reason; a Cloud API failing now is
503 with Retry-After, and the sweep goes on trying. A photo, a video or a voice note opens in the browser; any
other file (what a person calls a document may be a web page) only downloads, and is never run as a page of
the back office. A document keeps the name it was sent with, after the complaint's number
(``filename*``, RFC 6266, for names in Bengali); ``filename`` is the number and the media id, for old browsers.
"""
from __future__ import annotations

import mimetypes
import re
from urllib.parse import quote

from aiohttp import web

from services.grievance import media
from services.grievance.backoffice.access import ROLES, context, repos, ticket_in_area
from shared.auth import requires
from shared.runtime import NotFound

SHOWN = ("image/", "audio/", "video/")
UNSAFE = re.compile(r'[\x00-\x1f\x7f"\\/:*?<>|]+')  # no path, no control character, nothing a file system refuses
MIME = re.compile(r"[\w.+-]+/[\w.+-]+(?:\s*;\s*[\w.+-]+=[\w.+-]+)*", re.ASCII)
RETRY_AFTER = "60"


@requires(*ROLES)
async def get_media(request: web.Request) -> web.StreamResponse:
    ticket = await ticket_in_area(request)
    media_id = request.match_info["media_id"]
    attachment = next((a for a in [*ticket.attachments, *filter(None, [ticket.atr_photo])] if a.id == media_id), None)
    if attachment is None:
        raise NotFound(f"no file {media_id} on complaint {ticket.number}")
    files = repos(request).media
    file = await files.get(media_id)
    if file is None:  # sent before files were kept
        await files.expect(ticket.number, [attachment])
        file = await files.get(media_id)
        assert file is not None
    if not file.settled:
        try:
            file = await media.fetch_now(context(request), file)
        except media.NotConfigured as exc:
            return _error(503, "not_fetched", f"this file has not been fetched from WhatsApp: {exc}")
    if file.state == "kept":
        return _file(await files.data(file), file.mime_type or "application/octet-stream", ticket.number, file.id,
                     sent_as=attachment.filename)
    if file.settled:
        return _error(410, "gone", f"this file cannot be shown: {file.reason}")
    return _error(503, "not_fetched", "WhatsApp did not give the file just now; it is asked for again shortly "
                                      f"({file.reason[:200]})")


def _file(data: bytes, mime_type: str, number: str, media_id: str, *, sent_as: str | None = None) -> web.Response:
    mime_type = mime_type if MIME.fullmatch(mime_type) else "application/octet-stream"
    shown = mime_type.startswith(SHOWN)
    extension = mimetypes.guess_extension(mime_type.split(";")[0].strip()) or ""
    disposition = f'{"inline" if shown else "attachment"}; filename="{number}-{media_id}{extension}"'
    if sent_as and (own := UNSAFE.sub("_", sent_as).strip(" ._")):
        own = own if "." in own else own + extension
        disposition += f"; filename*=UTF-8''{quote(f'{number}-{own}')}"
    return web.Response(body=data, headers={
        "Content-Type": mime_type, "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox",
        "Cache-Control": "private, no-store", "Content-Disposition": disposition})


def _error(status: int, code: str, detail: str) -> web.Response:
    headers = {"Retry-After": RETRY_AFTER} if status == 503 else None
    return web.json_response({"error": code, "detail": detail}, status=status, headers=headers)
