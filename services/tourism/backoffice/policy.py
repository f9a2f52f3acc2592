"""Back-office routes for the booking policy: hold, limits, refunds and taxes, read by any tourism office and
replaced only statewide."""
from __future__ import annotations

from aiohttp import web

from services.tourism.backoffice.access import ROLES, district_scope, repos, statewide
from services.tourism.domain import Policy
from shared.auth import requires
from shared.runtime import read_json


@requires(*ROLES)
async def get_policy(request: web.Request) -> web.Response:
    district_scope(request)  # a manager's token without its district is refused here too
    return web.json_response((await repos(request).config.policy()).model_dump(mode="json"))


@requires(*ROLES)
async def put_policy(request: web.Request) -> web.Response:
    statewide(request)
    policy = await read_json(request, Policy)
    return web.json_response((await repos(request).config.set_policy(policy)).model_dump(mode="json"))
