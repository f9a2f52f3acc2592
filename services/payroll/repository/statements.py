"""The annual statements handed out, one record per employee and financial year.

A statement is the same document for as long as the slips it sums are the same (same months, same
revisions), so asking twice gives the same verification code. When a slip of that year is re-issued, the
old code shows as superseded at once (``corrections.reissue``); when a month is added, it does from the next
request, which issues a new statement either way.
"""
from __future__ import annotations

from datetime import date

from shared.store import Doc, Store

COLLECTION = "statements"


class Statements:
    def __init__(self, store: Store):
        self._statements = store.collection(COLLECTION)

    async def get(self, employee_id: str, year: str) -> Doc | None:
        return await self._statements.get(f"{employee_id}:{year}")

    async def record(self, employee_id: str, year: str, *, code: str, basis: list[str], issued_on: date,
                     revision: int, number: str, previous: Doc | None) -> None:
        """Raises ``Conflict``/``DuplicateKey`` if another request recorded one first (the bus retries)."""
        fields = {"employee_id": employee_id, "year": year, "code": code, "basis": basis,
                  "issued_on": issued_on.isoformat(), "revision": revision, "number": number}
        if previous is None:
            await self._statements.insert({"_id": f"{employee_id}:{year}", **fields})
        else:
            await self._statements.update(previous["_id"], fields, expected_version=previous["_v"])
