"""The kit every service process stands on.

Reading order: ``spec`` (what a service declares), ``context`` (what its handlers get; the envelopes they
speak with, ``speaking``), ``service`` (consumption: dispatch, announcements; ``ops``, ``persons``, and the
inbox, ``delivery``), ``http`` (probes, metrics, back offices), ``serve``.
"""
from shared.runtime.backoffice import service_context
from shared.runtime.context import Context, ServiceContext
from shared.runtime.errors import Invalid, NotFound, PermissionDenied, Stale, read_json
from shared.runtime.http import add_probe_routes, create_app
from shared.runtime.serve import serve, serve_service
from shared.runtime.service import ANNOUNCED, MENU_REQUESTED, ServiceRuntime
from shared.runtime.spec import HandlerFn, MenuEntry, Phrase, ServiceSpec

__all__ = [
    "ANNOUNCED", "MENU_REQUESTED", "Context", "HandlerFn", "Invalid", "MenuEntry", "NotFound", "PermissionDenied",
    "Phrase", "ServiceContext", "ServiceRuntime", "ServiceSpec", "Stale", "add_probe_routes", "create_app", "read_json",
    "serve", "serve_service", "service_context",
]
