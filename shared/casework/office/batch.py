"""A casework office's batch import (``POST /api/<service>/<path>/import``): a CSV of new cases, taken whole
or not at all, then announced; the same batch sent again by the same token (its answer was lost) announced again."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from shared.casework.areas import outside
from shared.casework.case import Case
from shared.casework.kind import Kind
from shared.casework.office import csvimport
from shared.casework.office.access import area, not_here
from shared.casework.office.handlers import Office, sent_again
from shared.casework.office.owed import announced
from shared.casework.office.places import Places
from shared.casework.office.vetting import batch_problems, claimed
from shared.runtime import service_context
from shared.store import DuplicateKey


def importing(office: Office) -> Callable[[web.Request], Awaitable[web.Response]]:
    """The import route of ``office`` (named ``bulk``, as its OpenAPI operation is)."""
    async def bulk_of(request: web.Request) -> web.Response:
        return await bulk(office, request)
    bulk_of.__name__ = "bulk"
    return bulk_of


async def bulk(office: Office, request: web.Request) -> web.Response:
    """All rows or none: every problem is found before anything is stored, and a number someone else
    creates meanwhile takes the batch's stored rows out again; only then is anyone told. The very same
    batch sent again by the same token (its answer was lost) announces its records again with the same
    ids and answers 200."""
    found, wanted = office.cases(request), area(request)
    try:
        text = _utf8(await request.read())
        existing = [c for n in _numbers(text, office.kind) if (c := await found.get(n)) is not None]
        numbers = {c.number for c in existing}
        hidden = {c.number for c in existing if outside(wanted, c) is not None}
        place = await office.places(request, _codes(text))
        if (again := await _again(office, request, text, numbers, place)) is not None:
            for case in again:
                await announced(service_context(request), office.kind, case, "")
            return web.json_response({"imported": len(again), "numbers": [c.number for c in again]})
        parsed, problems = csvimport.checked(text, office.new, numbers - hidden, unusable=hidden,
                                             refused=lambda body: not_here(wanted, body) or place.problem(body))
        if problems := csvimport.merged(problems, await batch_problems(office.kind, parsed, found, wanted)):
            raise csvimport.BadBatch(problems)
        cases = [place.settled(office.submitted(request, body)) for _, body in parsed]
        try:
            await found.add_all(cases, owing=True)
        except DuplicateKey as taken:
            line = next(line for line, body in parsed if getattr(body, "number") == str(taken))
            said = "already exists" if await office.visible(request, str(taken)) else csvimport.UNUSABLE
            raise csvimport.BadBatch([f"line {line}: number: {taken} {said}"]) from None
        store = service_context(request).store
        if lost := [f"line {line}: {problem}" for (line, _), case in zip(parsed, cases, strict=True)
                    if (problem := await claimed(office.kind, case, None, store)) is not None]:
            for case in cases:
                await found.remove(case.number)
            raise csvimport.BadBatch(lost)
    except csvimport.BadBatch as bad:
        return web.json_response({"error": "invalid", "detail": str(bad), "problems": bad.problems}, status=422)
    for case in cases:
        await announced(service_context(request), office.kind, case, "")
    return web.json_response({"imported": len(cases), "numbers": [c.number for c in cases]}, status=201)


async def _again(office: Office, request: web.Request, text: str, taken: set[str], place: Places
                 ) -> list[Case] | None:
    """The stored records of this batch when every row is one the same token stored before and nothing
    has happened to since; None for any other batch."""
    if not taken:
        return None
    try:
        parsed = csvimport.parse(text, office.new, set(), refused=lambda body: not_here(area(request), body))
    except csvimport.BadBatch:
        return None
    cases = [place.settled(office.submitted(request, body)) for _, body in parsed]
    stored = [await office.cases(request).get(case.number) for case in cases]
    if {c.number for c in cases} != taken or not all(s is not None and sent_again(s, c)
                                                     for s, c in zip(stored, cases, strict=True)):
        return None
    return [s for s in stored if s is not None]


def _utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise csvimport.BadBatch([f"the file is not UTF-8 text (byte {error.start}): save it as CSV UTF-8"]) from None


def _codes(text: str) -> set[str]:
    """The panchayat codes a batch's rows name, each looked up once before the rows are checked."""
    return {code for _, fields in csvimport.rows(text)
            if isinstance(gp := fields.get("gp"), dict) and isinstance(code := gp.get("code"), str)}


def _numbers(text: str, kind: Kind[Any]) -> list[str]:
    return [n for _, fields in csvimport.rows(text) if (n := kind.number.find(str(fields.get("number", ""))))]
