"""Demo catalog for ``panchayat run``: eleven panchayat properties across six districts of the Darjeeling
hills, the Dooars (Jalpaiguri, Alipurduar), Purulia, Bankura and the Sundarbans (South 24 Parganas).

The data is in ``demo.json`` beside this module and goes through the same models as the back office,
so demo data can never be something a manager could not have entered. It is loaded once per store and
marked loaded only when complete: a copy stopped halfway leaves it to the next start, and copies starting
together both load without harm (an id already there is skipped), so a manager's later deletions and
changes are never undone by a restart.
"""
from __future__ import annotations

import json
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

from services.tourism.domain import Property, RoomType
from services.tourism.repository import Repositories
from shared.logging import get_logger
from shared.store import DuplicateKey

log = get_logger(__name__)

DATA = Path(__file__).with_name("demo.json")


def catalog(path: Path = DATA) -> list[tuple[Property, list[RoomType]]]:
    raw: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["properties"]
    return [(Property.model_validate(p), [RoomType.model_validate({**r, "property_id": p["id"]}) for r in p["rooms"]])
            for p in raw]


async def load_once(repos: Repositories) -> bool:
    """True when this call loaded the demo catalog; False when it was loaded before."""
    if await repos.config.demo_loaded():
        return False
    entries = catalog()
    for prop, rooms in entries:
        await _add(repos.catalog.add_property(prop))
        for room in rooms:
            await _add(repos.catalog.add_room_type(room))
    await repos.config.mark_demo_loaded()
    log.info("tourism.demo_loaded", properties=len(entries))
    return True


async def _add(adding: Awaitable[object]) -> None:
    try:
        await adding
    except DuplicateKey:
        return  # there already (a manager made it, or another copy loaded it first): theirs stays
