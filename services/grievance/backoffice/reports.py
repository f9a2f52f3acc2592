"""Report figures per gram panchayat or block, as JSON or CSV, over the token's area only.

The figures are the ones the chat shows a citizen (``domain.report``): open, resolved, rejected, median
days to resolve and the share resolved by the promised date. The CSV starts with UTF-8's byte order mark:
without it a spreadsheet opened by double-click (Excel on an office's Windows PC) reads the file in the PC's
own code page and shows the Bengali names as strings of Latin letters. ``month`` narrows them to the
complaints lodged in one month, for the office's monthly return.
"""
from __future__ import annotations

import csv
import io

from aiohttp import web

from services.grievance.backoffice import schemas
from services.grievance.backoffice.access import ROLES, area, directory, in_area, named_place, repos
from services.grievance.domain import by_area
from services.grievance.domain.show import today_in_india
from shared.auth import requires

BOM = "\ufeff"
COLUMNS = ("area", "name_en", "name_bn", "open", "resolved", "rejected", "median_days", "within_deadline")


@requires(*ROLES)
async def report(request: web.Request) -> web.Response:
    query = schemas.ReportQuery.model_validate(dict(request.query))
    codes = area(request)
    places = directory(request)
    where: dict[str, object] = dict(codes)
    if query.district:
        found = places.find_district(query.district)
        where["district"] = found.code if found else query.district
    if query.block:
        where["block"] = named_place(request, "block", query.block)
    tickets = [t for t in await repos(request).tickets.find(where) if in_area(t, codes)
               and (query.month is None or today_in_india(t.lodged_at).isoformat()[:7] == query.month)]
    named = places.gp if query.by == "gp" else places.block
    rows = []
    for figures in by_area(tickets, lambda t: getattr(t, query.by)):
        place = named(figures.area)
        rows.append({**figures.as_dict(), "name_en": place.en if place else "", "name_bn": place.bn if place else ""})
    if query.format == "csv":
        out = io.StringIO()
        out.write(BOM)
        writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in rows)
        return web.Response(text=out.getvalue(), content_type="text/csv", charset="utf-8",
                            headers={"Content-Disposition": f'attachment; filename="{_filename(query)}"'})
    return web.json_response({"by": query.by, "month": query.month, "rows": rows})


def _filename(query: schemas.ReportQuery) -> str:
    return f"grievance-{query.by}{f'-{query.month}' if query.month else ''}.csv"
