"""The casework back-office routes, made for one ``Kind``: list, create, read, update, move, approve,
reject, revoke and bulk import. Each route checks the caller's area on the record it touches; every move
goes through the case's own rules (``Case.moved``) and then ``moves.after_move``; an update is recorded,
with the token's name, in the case's officials-only ``amendments`` (``Case.amended``)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from aiohttp import web

from shared.auth import principal
from shared.casework.areas import outside
from shared.casework.case import OPEN, Case, Issue, Refused, StatusChange
from shared.casework.cases import Cases
from shared.casework.kind import Kind
from shared.casework.office import bodies, csvimport
from shared.casework.office.access import area, may_place, may_see
from shared.casework.office.owed import announced
from shared.casework.office.places import Places, same_place
from shared.casework.office.vetting import Seen, claimed, vetted
from shared.documents import new_code
from shared.documents.records import today_in_india
from shared.runtime import Invalid, NotFound, PermissionDenied, read_json, service_context
from shared.store import Conflict, DuplicateKey

MEMO_DAYS = 366  # how far back from today a memo may be dated; never after today


class Office:
    def __init__(self, kind: Kind[Any]):
        self.kind = kind
        self.new = bodies.creation(kind.model)
        self.changes = bodies.changes(kind.model)

    def cases(self, request: web.Request) -> Cases[Any]:
        return Cases(service_context(request).store, self.kind.collection, self.kind.model)

    async def case(self, request: web.Request) -> Case:
        number = self.kind.number.find(request.match_info["number"]) or request.match_info["number"]
        case = await self.cases(request).get(number)
        missing = f"no {self.kind.path} record {number}"
        if case is None:
            raise NotFound(missing)
        may_see(request, case, missing)
        return case

    def submitted(self, request: web.Request, body: Any) -> Case:
        who, now = principal(request).name, service_context(request).now()
        case = self.kind.model.model_validate({**body.model_dump(), "history": [
            StatusChange(status="submitted", at=now, by=who)]})
        may_place(request, case)
        return case

    async def places(self, request: web.Request, codes: set[str], *, besides: str = "") -> Places:
        """The panchayats ``codes`` as their cases record them (``places``), ``besides`` the case being changed."""
        found = self.cases(request)
        return Places({code: await found.panchayat(code, besides=besides) for code in codes}, principal(request))

    async def placed(self, request: web.Request, case: Case, *, besides: str) -> Case:
        """``case`` with its panchayat as recorded by its cases other than ``besides``: 403 when the caller may not
        place it there or may not record a panchayat with no case yet, 422 when the body's names, block or
        district are not the record's."""
        may_place(request, case)
        place = await self.places(request, {case.gp.code}, besides=besides)
        if (unvouched := place.unvouched(case.gp)) is not None:
            raise PermissionDenied(unvouched)
        if (wrong := place.disagreement(case.gp)) is not None:
            raise Invalid(wrong)
        return place.settled(case)

    async def listing(self, request: web.Request) -> web.Response:
        query = bodies.Listing.model_validate(dict(request.query))
        today = today_in_india(service_context(request).now())
        found, after = await self.cases(request).page(area(request), status=query.status, limit=query.limit,
                                                      after=query.after, today=today)
        return web.json_response({"count": len(found), "items": [c.model_dump(mode="json") for c in found],
                                  "next": after})

    async def create(self, request: web.Request) -> web.Response:
        """Store and announce a new case. The very same case sent again by the same token while nothing else
        has happened to it (the answer to the first was lost: the bus refused the announcement, or the copy
        stopped) announces it again with the same ids and answers 200; any other case under a taken number
        is a 409, which tells a caller whose area holds the case that it exists, and anyone else only that the
        number cannot be used (a case outside the area does not exist for them)."""
        case = self.submitted(request, await read_json(request, self.new))
        case = await self.placed(request, case, besides=case.number)
        await vetted(self.kind, case, None, Seen(self.cases(request), area(request)))
        try:
            await self.cases(request).add(case, owing=True)
            status = 201
        except DuplicateKey:
            stored = await self.cases(request).get(case.number)
            if stored is None or not sent_again(stored, case):
                raise DuplicateKey(f"{case.number} already exists" if await self.visible(request, case.number)
                                   else f"the number {case.number} {csvimport.UNUSABLE}") from None
            case, status = stored, 200
        if (problem := await claimed(self.kind, case, None, service_context(request).store)) is not None:
            await self.cases(request).remove(case.number)
            raise Invalid(problem)
        await announced(service_context(request), self.kind, case, "")
        return web.json_response(case.model_dump(mode="json"), status=status)

    async def read(self, request: web.Request) -> web.Response:
        return web.json_response((await self.case(request)).model_dump(mode="json"))

    async def update(self, request: web.Request) -> web.Response:
        current = await self.case(request)
        changes = (await read_json(request, self.changes)).model_dump(exclude_unset=True)
        now, who = service_context(request).now(), principal(request).name
        if current.status not in OPEN:  # told before anything the change would have been checked for
            raise self._refusal(request, Refused("closed", number=current.number, status=current.status))
        if "gp" in changes:  # the panchayat as recorded, whatever spelling the body gave it
            asked = self.kind.model.model_validate({**current.model_dump(), **changes})
            # the case is a record of its own panchayat, unless the body names another or renames it
            besides = "" if same_place(asked.gp, current.gp) else current.number
            changes["gp"] = (await self.placed(request, asked, besides=besides)).gp.model_dump()
        proposed = self.kind.model.model_validate({**current.model_dump(), **changes})
        await vetted(self.kind, proposed, current, Seen(self.cases(request), area(request)))
        base: list[Case] = []

        def rule(case: Case) -> Case:
            if case.status not in OPEN:
                raise Refused("closed", number=case.number, status=case.status)
            changed = self.kind.model.model_validate({**case.model_dump(), **changes})
            may_place(request, changed)  # moving a case to another panchayat needs both in the token's area
            base[:] = [case]
            return case.amended(changed, at=now, by=who)
        changed = await self._change(request, current, rule)
        if (problem := await claimed(self.kind, changed, base[0], service_context(request).store)) is not None:
            if not await self.cases(request).put_back(base[0], changed):
                raise Conflict(f"{changed.number} was changed again by someone else before this change could be "
                               f"taken back ({problem}): read it and correct it")
            raise Invalid(problem)
        return web.json_response(changed.model_dump(mode="json"))

    async def move(self, request: web.Request) -> web.Response:
        body = await read_json(request, bodies.Move)
        return await self._move(request, (body.status, body.note),
                                lambda c, at, by: c.moved(body.status, at=at, by=by, note=body.note))

    async def approve(self, request: web.Request) -> web.Response:
        body = await read_json(request, bodies.Approval)
        today = today_in_india(service_context(request).now())
        first = body.memo_date or today
        if abs((first - today).days) > MEMO_DAYS:  # a typo (9999, 0001) would print a letter valid for ever or never
            raise Invalid(f"memo_date {first} is more than {MEMO_DAYS} days from today ({today}): check the year")
        if first > today:  # the letter is in force from its date, and the QR page would say so from today
            raise Invalid(f"memo_date {first} is after today ({today}): a memo is dated the day it is signed or "
                          "earlier; approve on its date")

        def approve(case: Case, at: datetime, by: str) -> Case:
            longest = self.kind.validity(case, first)
            issue = Issue(code=new_code(), memo_no=body.memo_no, issued_on=first,
                          valid_until=body.valid_until or longest)
            return case.approved(issue, at=at, by=by, longest=longest)
        return await self._move(request, ("approved", body.memo_no), approve)

    async def reject(self, request: web.Request) -> web.Response:
        body = await read_json(request, bodies.Reason)
        return await self._move(request, ("rejected", body.reason),
                                lambda c, at, by: c.moved("rejected", at=at, by=by, note=body.reason))

    async def revoke(self, request: web.Request) -> web.Response:
        body = await read_json(request, bodies.Reason)
        return await self._move(request, ("revoked", body.reason),
                                lambda c, at, by: c.moved("revoked", at=at, by=by, note=body.reason))

    async def visible(self, request: web.Request, number: str) -> bool:
        """Whether the case under ``number``, taken, is in the caller's area, so that they may hear it exists;
        anyone else hears only that the number cannot be used."""
        stored = await self.cases(request).get(number)
        return stored is not None and outside(area(request), stored) is None

    async def _move(self, request: web.Request, wanted: tuple[str, str],
                    rule: Callable[[Case, datetime, str], Case]) -> web.Response:
        """Apply the move; the very same move sent again (its answer was lost) tells everyone again with
        the same ids instead of failing, so an office's retry is safe and nothing it started is lost."""
        current = await self.case(request)
        last = current.history[-1] if current.history else None
        if last is not None and (last.status, last.note) == (wanted[0], wanted[1].strip()):
            previous = current.history[-2].status if len(current.history) > 1 else ""
            await announced(service_context(request), self.kind, current, previous)
            return web.json_response(current.model_dump(mode="json"))
        now, who = service_context(request).now(), principal(request).name
        before: dict[str, str] = {}

        def apply(case: Case) -> Case:
            before["status"] = case.status
            return rule(case, now, who)
        moved = await self._change(request, current, apply)
        await announced(service_context(request), self.kind, moved, before["status"])
        return web.json_response(moved.model_dump(mode="json"))

    async def _change(self, request: web.Request, current: Case, rule: Callable[[Case], Case]) -> Case:
        try:
            changed = await self.cases(request).change(current.number, rule, owing=True)
        except Refused as refused:
            raise self._refusal(request, refused) from None
        if changed is None:
            raise NotFound(f"no {self.kind.path} record {current.number}")
        return changed

    @staticmethod
    def _refusal(request: web.Request, refused: Refused) -> Invalid:
        """The 422 of a move or change the case's rules refuse, in the service's words."""
        texts = service_context(request).texts
        values = {k: str(v) for k, v in refused.values.items()}
        return Invalid(texts(refused.key, "en", **values) if texts else refused.key)


def sent_again(stored: Case, case: Case) -> bool:
    """Whether ``case`` (a creation) is ``stored`` made again by the same token, which has not moved since."""
    if len(stored.history) != 1 or stored.history[0].by != case.history[0].by:
        return False
    return stored.model_dump(exclude={"history"}) == case.model_dump(exclude={"history"})
