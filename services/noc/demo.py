"""Demo trade NOCs for ``panchayat run`` (``demo.json``): one or more in every status, one due for
renewal and one run out, most registered to the simulator's personas (Rina Das 919800000001, Arjun
Mondal 919800000002). Loaded once per store (``shared.casework.demo``)."""
from __future__ import annotations

from pathlib import Path

from services.noc.kind import KIND
from shared.casework import demo
from shared.runtime import ServiceContext

DATA = Path(__file__).with_name("demo.json")


async def load_once(service: ServiceContext) -> bool:
    return await demo.load_once(service, KIND, DATA)
