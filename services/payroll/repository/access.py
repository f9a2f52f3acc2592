"""Each employee's PIN hash and wrong tries, apart from the employee record so that no listing of
employees can ever carry a hash. Updates are conditional on the version read: two messages racing on
the same PIN both count, never one over the other."""
from __future__ import annotations

from datetime import datetime

from services.payroll.domain import Access
from shared.store import Doc, Store

COLLECTION = "access"


def _access(employee_id: str, doc: Doc | None) -> Access:
    if doc is None:
        return Access(employee_id=employee_id)
    until = doc.get("locked_until")
    return Access(employee_id=employee_id, salt=doc.get("salt", ""), hashed=doc.get("hashed", ""),
                  failed=int(doc.get("failed", 0)), locked_until=datetime.fromisoformat(until) if until else None,
                  last_try=doc.get("last_try", ""), locks=int(doc.get("locks", 0)), version=doc["_v"])


class Accesses:
    def __init__(self, store: Store):
        self._access = store.collection(COLLECTION)

    async def get(self, employee_id: str) -> Access:
        return _access(employee_id, await self._access.get(employee_id))

    async def save(self, access: Access, *, owes: Doc | None = None) -> Access:
        """Raises ``Conflict`` / ``DuplicateKey`` when another message changed it first (the bus retries).
        ``owes``: the store's own fields written with it (what an office's reset owes, ``shared.owed``)."""
        fields = {"salt": access.salt, "hashed": access.hashed, "failed": access.failed, "last_try": access.last_try,
                  "locked_until": access.locked_until.isoformat() if access.locked_until else None,
                  "locks": access.locks, **(owes or {})}
        if access.version is None:
            stored = await self._access.insert({"_id": access.employee_id, **fields})
        else:
            stored = await self._access.update(access.employee_id, fields, expected_version=access.version)
        return _access(access.employee_id, stored)
