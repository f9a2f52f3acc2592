"""Demo cases for ``panchayat run``: each service's ``demo.json`` lists cases and the status each should
have reached; they are walked there through the same moves an office makes, so demo data can never be in
a state the rules do not allow.

Dates are relative to the day the demo is loaded (``days_ago``, ``valid_days``), so an NOC "due for
renewal" is due whenever a newcomer first starts the system. Issued documents are announced to the
verification page like any other. Loaded once per store, marked only when complete; copies starting
together both load without harm (a number already there is kept, and its document announced again with
the same ids, which the gateway applies once).
"""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from shared.casework import issuing
from shared.casework.case import Case, Issue
from shared.casework.cases import Cases
from shared.casework.kind import Kind
from shared.documents import new_code
from shared.documents.records import today_in_india
from shared.envelope import derive_id
from shared.logging import get_logger
from shared.runtime import ServiceContext
from shared.store import DuplicateKey

log = get_logger(__name__)

CONFIG, MARK = "config", "demo"
BY = "demo"
PATHS: dict[str, tuple[str, ...]] = {
    "submitted": (), "under_scrutiny": ("under_scrutiny",), "fee_pending": ("under_scrutiny", "fee_pending"),
    "approved": ("under_scrutiny", "fee_pending", "approved"), "rejected": ("under_scrutiny", "rejected"),
    "revoked": ("under_scrutiny", "fee_pending", "approved", "revoked"),
}


def walked(kind: Kind[Any], entry: dict[str, Any], service: ServiceContext) -> Case:
    """The case of one demo entry, moved step by step (a day apart) to its ``status``."""
    now = service.now()
    at = now - timedelta(days=int(entry.get("days_ago", 30)))
    case: Case = kind.model.model_validate({**entry["case"], "history": [{"status": "submitted", "at": at, "by": BY}]})
    for step, status in enumerate(PATHS[entry["status"]], start=1):
        when = min(at + timedelta(days=step * 3), now)
        if status == "approved":
            issued_on = today_in_india(when)
            # valid for ``valid_days`` days, the day of issue the first, as a term of years is (a year less a day)
            until = issued_on + timedelta(days=int(entry["valid_days"]) - 1) if "valid_days" in entry \
                else kind.validity(case, issued_on)
            case = case.approved(Issue(code=new_code(), memo_no=entry["memo_no"], issued_on=issued_on,
                                       valid_until=until), at=when, by=BY)
        else:
            case = case.moved(status, at=when, by=BY, note=entry.get("reason", "") if status in (
                "rejected", "revoked") else "")  # type: ignore[arg-type]
    return case


async def load_once(service: ServiceContext, kind: Kind[Any], path: Path) -> bool:
    """True when this call loaded the demo cases; False when they were loaded before."""
    config = service.store.collection(CONFIG)
    if await config.get(MARK) is not None:
        return False
    cases = Cases(service.store, kind.collection, kind.model)
    entries = json.loads(path.read_text(encoding="utf-8"))["cases"]
    for entry in entries:
        case = walked(kind, entry, service)
        try:
            await cases.add(case)
        except DuplicateKey:  # there already (another copy loaded it, or an office made it): theirs stays,
            case = await cases.get(case.number) or case  # and is announced again in case that copy stopped first
        if case.issue is not None:
            await _announce(service, *issuing.issued_record(kind, case))
            if case.status == "revoked":
                await _announce(service, *issuing.revoked_record(kind, case))
    try:
        await config.insert({"_id": MARK, "at": service.now().isoformat()})
    except DuplicateKey:
        pass
    log.info("casework.demo_loaded", service=kind.service, cases=len(entries))
    return True


async def _announce(service: ServiceContext, type: str, payload: dict[str, object]) -> None:
    await service.publish(type, payload, id=derive_id(str(payload["code"]), type))
