"""Back-office routes for pay: import a month (CSV or JSON, all rows or none), see a month's batches,
re-issue a corrected slip. A refused batch answers 422 with every fault of every bad row, each with the row's number."""
from __future__ import annotations

from aiohttp import web

from services.payroll import corrections, publishing
from services.payroll.backoffice import schemas
from services.payroll.backoffice.access import ROLES, area_ids, by, context, managed, repos
from services.payroll.domain import Problem, check, rows_from_csv, sheet_text, today_in_india
from services.payroll.domain.named import not_theirs
from services.payroll.domain.period import is_month
from shared.auth import requires
from shared.runtime import Invalid, read_json

CSV_TYPES = ("text/csv", "application/csv", "text/plain")


def _month(request: web.Request) -> str:
    month = request.match_info["month"]
    if not is_month(month):
        raise Invalid(f"{month!r} is not a month: use YYYY-MM")
    return month


def _listed(problems: list[Problem]) -> list[dict[str, object]]:
    return [{"row": p.row, "employee_id": p.employee_id, "reason": p.reason} for p in problems]


def _refused(rejected: publishing.BatchRejected) -> web.Response:
    """``detail`` says the problems of the whole batch; ``rows`` those of each row."""
    return web.json_response({"error": "invalid", "detail": str(rejected), "imported": 0,
                              "rows": _listed(rejected.problems)}, status=422)


@requires(*ROLES)
async def import_month(request: web.Request) -> web.Response:
    month = _month(request)
    numbers: int | list[int]  # each CSV row's number in the sheet; JSON rows count from 1
    if request.content_type in CSV_TYPES:
        try:
            rows, numbers = rows_from_csv(sheet_text(await request.read(), request.charset))
        except ValueError as error:
            raise Invalid(str(error)) from None
    else:
        batch = await read_json(request, schemas.PayBatch)
        rows, numbers = batch.rows, 1
    allowed = await area_ids(request)  # elsewhere: unknown to it
    try:
        summary = await publishing.import_batch(context(request), month, rows, numbers, by=by(request),
                                                allowed=allowed)
    except publishing.BatchRejected as rejected:
        return _refused(rejected)
    return web.json_response({**summary, "imported": summary["slips"]}, status=201)


@requires(*ROLES)
async def month_batches(request: web.Request) -> web.Response:
    """A scoped token sees the batches that paid someone of its area, counting only those slips; who imported
    a batch (``by``, a token's name) only when the whole batch is of its area, else null."""
    month = _month(request)
    mine = await area_ids(request)
    counted = [(b, sum(1 for line in b["lines"] if line["employee_id"] in mine))
               for b in await repos(request).slips.batches_of(month)]
    return web.json_response({"month": month, "batches": [
        {"batch": b["_id"], "status": b["status"], "slips": slips,
         "by": b["by"] if slips == len(b["lines"]) else None, "at": b["at"]}
        for b, slips in counted if slips]})


@requires(*ROLES)
async def reissue(request: web.Request) -> web.Response:
    month = _month(request)
    employee = await managed(request, request.match_info["employee_id"])
    body = await read_json(request, schemas.Reissue)
    lines, problems = check([{**body.figures, "employee_id": employee.id}], 1, month=month,
                            today=today_in_india(context(request).now()), active={employee.id}, already=())
    if (named := not_theirs(body.figures.get("name"), employee.id, employee.name)) is not None:
        problems.append(Problem(1, employee.id, f"this re-issue {named}"))
    if problems:
        raise Invalid("; ".join(p.reason for p in problems))
    slip, reissued = await corrections.reissue(context(request), employee.id, month, lines[0].figures,
                                               reason=body.reason, by=by(request))
    return web.json_response({"employee_id": employee.id, "month": month, "number": slip.number,
                              "revision": slip.revision, "superseded": slip.superseded,
                              "corrections": [c.model_dump(mode="json") for c in slip.corrections]},
                             status=201 if reissued else 200)


