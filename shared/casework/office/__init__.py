"""A casework back office under ``/api/<service>/``: one route table, registered and described from it.

Reading order: ``access`` (roles and area), ``places`` (a panchayat as its cases record it), ``bodies`` (what
is accepted), ``handlers`` (the routes), ``moves`` (what follows a move), ``owed`` (what a move has not yet
announced), ``csvimport``, ``openapi`` (served at ``/api/<service>/openapi.json``).
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from shared.auth import requires
from shared.casework.kind import Kind
from shared.casework.office import batch, bodies
from shared.casework.office.handlers import Office
from shared.casework.office.openapi import office as described_office
from shared.runtime.openapi import Route, describe, register
from shared.runtime.spec import RoutesFn

Handler = Callable[[web.Request], Awaitable[web.Response]]


def guarded(roles: tuple[str, ...], method: Handler) -> Handler:
    """A plain function around a bound ``Office`` method, carrying its name and the roles it admits."""
    async def handler(request: web.Request) -> web.Response:
        return await method(request)
    handler.__name__ = method.__name__
    return requires(*roles)(handler)


def table(kind: Kind[Any]) -> tuple[Route, ...]:
    office = Office(kind)

    def guard(method: Handler) -> Handler:
        return guarded(kind.roles, method)
    one = f"/{kind.path}/{{number:.+}}"
    return (
        Route("GET", f"/{kind.path}", guard(office.listing),
              "Records in the token's area, a page at a time (`next` asks for the one after)", query=bodies.Listing),
        Route("POST", f"/{kind.path}", guard(office.create), "Create a record as the portal sends it; the same "
              "record sent again with the same token before anything else happened to it (its answer was lost) "
              "answers 200 and announces it again, never twice to anyone", body=office.new, created=True),
        Route("POST", f"/{kind.path}/import", guard(batch.importing(office)),
              "Import a CSV batch (header = field names, nested with dots); one bad line rejects the batch. The "
              "same batch sent again with the same token (its answer was lost) answers 200 and announces it again",
              created=True, content="text/csv"),
        Route("GET", one, guard(office.read), "One record with its status history and, for officials only, "
              "its amendments: who changed which details when"),
        Route("PATCH", one, guard(office.update), "Change details while the record is still open; the change is "
              "recorded in its amendments (the token's name, old and new values, phone numbers masked)",
              body=office.changes),
        Route("POST", f"{one}/status", guard(office.move), "Move to under scrutiny or fee pending; the "
              "holder is told, with the `note` if there is one. The status the record is in, sent again with "
              "another note, corrects that note: a new history entry, and the holder is told once that the office's "
              "message was corrected. The same note again (a retry, or from another token) answers 200 with the "
              "record unchanged and tells nobody anything new; no note, when the move carries one, is a 422",
              body=bodies.Move),
        Route("POST", f"{one}/approve", guard(office.approve), "Approve: issue the document with its memo",
              body=bodies.Approval),
        Route("POST", f"{one}/reject", guard(office.reject), "Reject, with the reason the holder is told",
              body=bodies.Reason),
        Route("POST", f"{one}/revoke", guard(office.revoke), "Revoke an issued document; the QR page says so at once",
              body=bodies.Reason),
    )


def routes(kind: Kind[Any]) -> RoutesFn:
    routes_ = table(kind)
    description = describe(described_office(kind), routes_)

    def serve(app: web.Application) -> None:
        register(app, routes_, description, kind.roles)
    return serve
