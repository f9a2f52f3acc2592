"""Demo complaints for ``panchayat run``: a few tickets in Kalchini (Alipurduar) and Aguiboni (Jhargram),
some resolved with an action-taken report, so the reports have figures and the simulator's personas
(Rina Das 919800000001, Arjun Mondal 919800000002) have complaints to follow.

The data is in ``demo.json`` beside this module and goes through the same ticket rules as real use. It is
loaded once per store, dated back from the first start; each demo ticket's origin is fixed, so copies
starting together make each ticket once, and a restart never adds them again.
"""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from services.grievance.domain import Categories, Directory, Ticket, office_deadline, today_in_india
from services.grievance.people import person_id
from services.grievance.repository import Repositories
from shared.logging import get_logger
from shared.runtime import ServiceContext

log = get_logger(__name__)

DATA = Path(__file__).with_name("demo.json")
OFFICE = "demo-office"


async def load_once(service: ServiceContext, directory: Directory, categories: Categories) -> int:
    """How many demo tickets this call made (0 when they were made before)."""
    repos, now = Repositories.of(service.store), service.now()
    made = 0
    for i, raw in enumerate(json.loads(DATA.read_text(encoding="utf-8"))["tickets"]):
        origin = f"demo:{i}"
        if await repos.tickets.by_origin(origin) is not None:
            continue
        number = await repos.tickets.next_number(now)
        stored = await repos.tickets.add(_ticket(raw, origin, number, now, directory, categories))
        made += stored.number == number  # another copy starting at once may have made it first
    if made:
        log.info("grievance.demo_loaded", tickets=made)
    return made


def _ticket(raw: dict[str, Any], origin: str, number: str, now: Any, directory: Directory,
            categories: Categories) -> Ticket:
    category = categories.get(raw["category"])
    gp = directory.gp(raw["gp"])
    block = directory.block(gp.parent if gp else None)
    if category is None or gp is None or block is None:
        raise ValueError(f"demo ticket {origin}: unknown category or place")
    lodged = now - timedelta(days=raw["days_ago"])
    ticket = Ticket(number=number, origin=origin, wa_id=raw["wa_id"], person=person_id(raw["wa_id"]), lang=raw["lang"],
                    category=category.key, district=block.parent, block=block.code, gp=gp.code,
                    level="block" if category.office == "block" else "gp", description=raw["description"],
                    lodged_at=lodged, due=today_in_india(lodged) + timedelta(days=category.sla_days),
                    level_due=office_deadline(lodged, category.sla_days), sla_days=category.sla_days)
    ticket = ticket.moved("lodged", by="person", now=lodged)
    status = raw["status"]
    if status in ("in_progress", "resolved", "rejected"):
        ticket = ticket.change_status("acknowledged", by=OFFICE, now=lodged + timedelta(hours=20))
    if status == "in_progress":
        ticket = ticket.change_status("in_progress", by=OFFICE, now=lodged + timedelta(days=1))
    if status in ("resolved", "rejected"):
        ticket = ticket.change_status(status, by=OFFICE, now=lodged + timedelta(days=raw["resolved_after"]),
                                      atr=raw.get("atr", ""), reason=raw.get("reason", ""))
    return ticket
