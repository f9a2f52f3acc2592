"""The services this installation can run: name → ``"module:function"`` returning its ``ServiceSpec``.

``panchayat service NAME`` and ``panchayat run`` read this table; a service joins the system by adding
one line here. Modules are imported only when their service is asked for, so one service's imports
never slow down or break another's process.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the kit is imported with the first service asked for: listing the names (help texts) needs none
    from shared.runtime.spec import ServiceSpec

SERVICES: dict[str, str] = {
    "tourism": "services.tourism.service:spec",
    "permit": "services.permit.service:spec",
    "noc": "services.noc.service:spec",
    "grievance": "services.grievance.service:spec",
    "payroll": "services.payroll.service:spec",
}


def names() -> list[str]:
    return sorted(SERVICES)


def load(name: str, *, load_demo: bool = True) -> ServiceSpec:
    """The spec of ``name``; ``KeyError`` when no such service is registered. ``load_demo``: whether it loads
    its demo data on first start (``Settings.demo_data``)."""
    from shared.runtime.spec import ServiceSpec

    module, _, function = SERVICES[name].partition(":")
    spec = getattr(import_module(module), function)(load_demo=load_demo)
    if not isinstance(spec, ServiceSpec) or spec.name != name:
        raise TypeError(f"{SERVICES[name]} must return the ServiceSpec of {name}")
    return spec
