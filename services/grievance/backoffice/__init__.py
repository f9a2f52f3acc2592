"""The grievance back office under ``/api/grievance/``: one table of routes, registered and described from it.

Reading order: ``access`` (roles, area scope), ``schemas``, ``tickets``, ``media``, ``photo`` and ``reports`` (the
routes), ``openapi`` (served at ``/api/grievance/openapi.json``).
"""
from __future__ import annotations

from collections.abc import Callable

from aiohttp import web

from services.grievance.backoffice import media, photo, reports, schemas, tickets
from services.grievance.backoffice.access import CATEGORIES, DIRECTORY, ROLES
from services.grievance.backoffice.openapi import OFFICE, STALE
from services.grievance.domain import Categories, Directory
from shared.runtime.openapi import Route, describe, register

ROUTES: tuple[Route, ...] = (
    Route("GET", "/tickets", tickets.queue, "The queue of complaints in the token's area, with filters and a search "
          "by words or number (q)", query=schemas.QueueQuery),
    Route("GET", "/tickets/{number}", tickets.get_ticket,
          "One complaint with its history, assignments, notes and conversation"),
    Route("GET", "/tickets/{number}/media/{media_id}", media.get_media,
          "A photo, video, voice note or document the person sent with the complaint (each attachment's `path` in "
          "the complaint), as they sent it; fetched from WhatsApp if it is not kept yet",
          returns="the file, with its own Content-Type (image/jpeg, audio/ogg, video/mp4, application/pdf, ...)",
          answers={"404": "no such complaint in the token's area, or no such file on it",
                   "410": "WhatsApp no longer had the file when it was fetched, or it was too large to keep; the "
                          "detail says which", "503": "WhatsApp could not give the file just now; try again later "
                                                      "(Retry-After)"}),
    Route("POST", "/tickets/{number}/assign", tickets.assign,
          "Give the complaint to an official, recorded in its assignments with the token's name; the first one "
          "since it was lodged or reopened, unless it is in progress already, tells the person on WhatsApp that "
          "the office has taken it up (the office's name, never the official's; once, not at a reassignment). A "
          "complaint no longer being handled (resolved, rejected, closed) is refused with 422", body=schemas.Assign,
          answers=STALE),
    Route("POST", "/tickets/{number}/notes", tickets.add_note,
          "Add an internal note; the same official's same note sent again right after it (its answer was lost) "
          "is kept once", body=schemas.NoteBody, answers=STALE),
    Route("POST", "/tickets/{number}/status", tickets.change_status,
          "Change the status (acknowledged, in_progress, resolved with an ATR, rejected with a reason); "
          "the person is told on WhatsApp. The same change sent again with the same token (its answer was "
          "lost) answers 200 and announces it again, never twice to anyone", body=schemas.StatusChange,
          answers=STALE),
    Route("PUT", "/tickets/{number}/atr", tickets.write_atr,
          "Write the action-taken report; corrected once the complaint is resolved, the correction is a step of "
          "its history (its note keeps the report it replaces) and the person is told on WhatsApp",
          body=schemas.AtrBody, answers=STALE),
    Route("PUT", "/tickets/{number}/atr/photo", photo.put_atr_photo,
          "Give the photo of the work done with the action-taken report (the body is the image itself, JPEG or PNG, "
          "at most 5 MB), in place of an earlier one; shown in the complaint as `atr_photo` with its `path`. The "
          "person receives it with the resolution, or at once, with a line saying what it shows, when the "
          "complaint is resolved already", files=photo.TYPES,
          answers={**STALE, "413": "over 5 MB, the most WhatsApp sends as a photo",
                   "415": "not a JPEG or PNG photo (the Content-Type says which)"}),
    Route("POST", "/tickets/{number}/reply", tickets.reply,
          "Answer the person (they asked for an official); they receive it on WhatsApp", body=schemas.ReplyBody,
          answers=STALE),
    Route("GET", "/reports", reports.report, "Open / resolved counts, median days, share within the deadline, "
          "per gram panchayat or block (format=csv for CSV; month=YYYY-MM for the complaints lodged in one month)",
          query=schemas.ReportQuery),
)
DESCRIPTION = describe(OFFICE, ROUTES)


def routes_for(directory: Directory, categories: Categories) -> Callable[[web.Application], None]:
    def routes(app: web.Application) -> None:
        app[DIRECTORY] = directory
        app[CATEGORIES] = categories
        register(app, ROUTES, DESCRIPTION, ROLES)
    return routes
