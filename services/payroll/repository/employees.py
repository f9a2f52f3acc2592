"""Employees in the store. The chat finds an employee only through ``active_by_mobile``: the number the
message came from, and only while the employee is active — a number is never matched to anyone else."""
from __future__ import annotations

from collections.abc import Callable

from services.payroll.domain import Employee
from shared.store import Conflict, Doc, DuplicateKey, Index, Store

COLLECTION = "employees"
ATTEMPTS = 5
INDEXES = (Index(COLLECTION, ("mobile", "status")), Index(COLLECTION, ("office.district", "office.block")))


class MobileTaken(DuplicateKey):
    """Another active employee, ``holder``, is registered with this mobile. The message names nobody: whether
    the caller may learn who holds it is the back office's to decide (a scoped token may not)."""

    def __init__(self, holder: Employee):
        super().__init__("the mobile is registered to another active employee")
        self.holder = holder


def _employee(doc: Doc) -> Employee:
    return Employee.model_validate({k: v for k, v in doc.items() if not k.startswith("_")})


class Employees:
    def __init__(self, store: Store):
        self._employees = store.collection(COLLECTION)

    async def get(self, employee_id: str) -> Employee | None:
        doc = await self._employees.get(employee_id)
        return None if doc is None else _employee(doc)

    async def active_by_mobile(self, mobile: str) -> Employee | None:
        found = await self._employees.find({"mobile": mobile, "status": "active"}, limit=1)
        return _employee(found[0]) if found else None

    async def all(self, *, after: str | None = None) -> list[Employee]:
        """Every employee in id order, or those whose id comes after ``after``."""
        where = {"_id": {"$gt": after}} if after else {}
        return [_employee(d) for d in await self._employees.find(where, sort=[("_id", 1)])]

    async def active_ids(self) -> set[str]:
        return {d["_id"] for d in await self._employees.find({"status": "active"})}

    async def add(self, employee: Employee) -> Employee:
        """Raises ``DuplicateKey`` for an id in use and ``MobileTaken`` for an active employee's number."""
        await self._mobile_free(employee)
        await self._employees.insert({"_id": employee.id, **employee.model_dump(mode="json")})
        return employee

    async def change(self, employee_id: str, change: Callable[[Employee], Employee]) -> Employee | None:
        """Apply ``change`` to the stored employee, conditional on the version read (``Conflict`` if not)."""
        doc = await self._employees.get(employee_id)
        if doc is None:
            return None
        changed = change(_employee(doc))
        await self._mobile_free(changed)
        await self._employees.update(employee_id, changed.model_dump(mode="json"), expected_version=doc["_v"])
        return changed

    async def moved(self, employee_id: str, old: str, new: str) -> bool:
        """The active employee registered to ``old``, registered to ``new`` instead: WhatsApp says they changed
        number. False when the record no longer holds ``old`` (moved already, or the office changed it: theirs
        stands). Raises ``MobileTaken`` when another active employee is registered to ``new``."""
        for _ in range(ATTEMPTS):
            doc = await self._employees.get(employee_id)
            if doc is None or doc.get("status") != "active" or doc.get("mobile") != old:
                return False
            await self._mobile_free(_employee(doc).model_copy(update={"mobile": new}))
            try:
                await self._employees.update(employee_id, {"mobile": new}, expected_version=doc["_v"])
                return True
            except Conflict:
                continue  # the office changed the record meanwhile: read it again
        raise Conflict(f"employee {employee_id} kept changing under {ATTEMPTS} attempts")

    async def _mobile_free(self, employee: Employee) -> None:
        if employee.status != "active":
            return
        holder = await self.active_by_mobile(employee.mobile)
        if holder is not None and holder.id != employee.id:
            raise MobileTaken(holder)
