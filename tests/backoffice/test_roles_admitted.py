"""Every role ``panchayat token create --role`` offers opens at least one back office: a token of a role no office
admits is refused (403) on every call, and whoever was handed it is left with nothing to do."""
from __future__ import annotations

from aiohttp import web

from services import registry
from shared.auth import ROLES, roles_of


def admitted() -> dict[str, set[str]]:
    """Role -> the back offices with a route that admits it (each office's routes, on an application of its own)."""
    offices: dict[str, set[str]] = {}
    for name in registry.names():
        spec = registry.load(name, load_demo=False)
        if spec.routes is None:
            continue
        app = web.Application()
        spec.routes(app)
        for route in app.router.routes():
            for role in roles_of(route.handler) or ():
                offices.setdefault(role, set()).add(name)
    return offices


def test_every_role_a_token_can_be_made_for_opens_a_back_office():
    offices = admitted()
    assert offices, "no back office declares its roles: the test no longer reads them"
    assert sorted(ROLES - set(offices)) == []

