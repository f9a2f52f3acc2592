"""The photo of the work done, given with the action-taken report: ``PUT /tickets/{number}/atr/photo``.

People trust a photo of the mended road more than a sentence about it. The office that may write the report sends
the photo as the body (JPEG or PNG, at most ``MOST`` bytes, WhatsApp's limit for an image); it is kept in the
service's store beside the files people sent (``repository.media``), under an id of its own (``atr-`` and the
complaint's number: WhatsApp's media ids are digits), and replaces an earlier one. The person receives it with the
resolution, or at once when the complaint is resolved already (``notify.atr_photo``).
"""
from __future__ import annotations

import hashlib

from aiohttp import web

from services.grievance import notify
from services.grievance.backoffice.access import ROLES, context, directory, repos, shown, ticket_in_area
from services.grievance.backoffice.tickets import change
from services.grievance.backoffice.versions import etag
from services.grievance.domain import Attachment
from shared.auth import requires
from shared.capped import OverLimit, read_capped
from shared.runtime import Invalid

TYPES = ("image/jpeg", "image/png")
MOST = 5 * 1024 * 1024  # WhatsApp sends images up to 5 MB


@requires(*ROLES)
async def put_atr_photo(request: web.Request) -> web.Response:
    ticket = await ticket_in_area(request, acting=True)
    if request.content_type not in TYPES:
        return _error(415, "unsupported_media_type", f"the photo is sent as the body, with Content-Type "
                                                     f"{' or '.join(TYPES)}; {request.content_type!r} is neither")
    data = await _body(request)
    if data is None:
        return _error(413, "too_large", f"a photo is at most {MOST // (1024 * 1024)} MB, the most WhatsApp sends")
    if not data:
        raise Invalid("the body is empty: send the photo itself")
    media_id = f"atr-{ticket.number}-{hashlib.sha256(data).hexdigest()[:16]}"
    files = repos(request).media
    await files.own(ticket.number, media_id, "image", data, request.content_type)
    photo = Attachment(kind="image", id=media_id, mime_type=request.content_type)
    before, after = await change(request, lambda t: t.with_atr_photo(photo))
    if before.atr_photo is not None and before.atr_photo.id != media_id:
        await files.drop(before.atr_photo.id)
    if after.status == "resolved":  # a late photo: sent now, once (its message id comes from the photo)
        await notify.atr_photo(context(request), after, directory(request), late=True)
    return web.json_response(shown(after, request), headers={"ETag": etag(after)})


async def _body(request: web.Request) -> bytes | None:
    """The body, read as it comes; None once it is over ``MOST`` (the rest is not read)."""
    try:
        return await read_capped(request.content, MOST, declared=request.content_length)
    except OverLimit:
        return None


def _error(status: int, code: str, detail: str) -> web.Response:
    return web.json_response({"error": code, "detail": detail}, status=status)
