"""A service's back office: its routes in a sub-application, every one behind a bearer token.

Handlers reach the service through ``service_context(request)`` (store, texts, clock, publish, notify)
and the caller through ``shared.auth.principal(request)``. Building the sub-application fails if a route
declares no roles, so a back office cannot ship an unguarded route. The sub-application carries its own
error mapping and reads the token store from the parent's ``shared.auth.AUTH``, so it can be mounted on
any application that holds a started ``Tokens`` (``create_app``, or the gateway app in ``panchayat run``).
"""
from __future__ import annotations

from aiohttp import web

from shared.auth import auth_middleware, roles_of
from shared.runtime.context import ServiceContext
from shared.runtime.errors import error_middleware
from shared.runtime.spec import RoutesFn

SERVICE = web.AppKey("service", ServiceContext)


def build_backoffice(context: ServiceContext, routes: RoutesFn | None) -> web.Application:
    app = web.Application(middlewares=[error_middleware, auth_middleware])
    app[SERVICE] = context
    if routes is not None:
        routes(app)
    unguarded = sorted({r.resource.canonical for r in app.router.routes()
                        if r.resource is not None and roles_of(r.handler) is None})
    if unguarded:
        raise ValueError(f"back office of {context.service}: routes without @requires: {', '.join(unguarded)}")
    return app


def service_context(request: web.Request) -> ServiceContext:
    return request.config_dict[SERVICE]
