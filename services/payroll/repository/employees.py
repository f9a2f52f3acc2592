"""Employees in the store. The chat finds an employee only through ``reached_at``: the number the message came
from (or the business-scoped id WhatsApp moved them to), and only while the employee is active — a number is
never matched to anyone else.

A number belongs to the active employee the chat reaches at it (``Employee.holder``), not to every record that
names it: once WhatsApp moved an employee to their id, the office may register the number they left to someone
else. Each stored employee carries where the chat reaches them (``_holder``, none once they left) under a unique
index, so two writes that each found a number free (two registrations at once, or a move back to it racing its
registration) cannot both take it: the store refuses the second, which is then told who holds it."""
from __future__ import annotations

from collections.abc import Callable

from services.payroll.domain import Employee
from shared.chat import number_hidden
from shared.store import Conflict, Doc, DuplicateKey, Index, Store

COLLECTION = "employees"
ATTEMPTS = 5
HOLDER = "_holder"  # the store's, not the domain's: ``_employee`` leaves it out
INDEXES = (Index(COLLECTION, ("mobile", "status")), Index(COLLECTION, ("moved_to", "status")),
           Index(COLLECTION, ("office.district", "office.block")), Index(COLLECTION, (HOLDER,), unique=True))


class MobileTaken(DuplicateKey):
    """Another active employee, ``holder``, is registered with this mobile and reached at it. The message names
    nobody: whether the caller may learn who holds it is the back office's to decide (a scoped token may not)."""

    def __init__(self, holder: Employee):
        super().__init__("the mobile is registered to another active employee")
        self.holder = holder


def _employee(doc: Doc) -> Employee:
    return Employee.model_validate({k: v for k, v in doc.items() if not k.startswith("_")})


def _holder(employee: Employee) -> str | None:
    return employee.holder if employee.status == "active" else None


def _stored(employee: Employee) -> Doc:
    return {**employee.model_dump(mode="json"), HOLDER: _holder(employee)}


class Employees:
    def __init__(self, store: Store):
        self._employees = store.collection(COLLECTION)

    async def get(self, employee_id: str) -> Employee | None:
        doc = await self._employees.get(employee_id)
        return None if doc is None else _employee(doc)

    async def reached_at(self, wa_id: str) -> Employee | None:
        """The active employee WhatsApp reaches at ``wa_id`` (``Employee.holder``): the one moved to that id, or
        the one registered to that number who was not moved away from it."""
        if number_hidden(wa_id):
            found = await self._employees.find({"moved_to": wa_id, "status": "active"}, limit=1)
        else:
            found = [d for d in await self._employees.find({"mobile": wa_id, "status": "active"})
                     if not d.get("moved_to")]
        return _employee(found[0]) if found else None

    async def all(self, *, after: str | None = None) -> list[Employee]:
        """Every employee in id order, or those whose id comes after ``after``."""
        where = {"_id": {"$gt": after}} if after else {}
        return [_employee(d) for d in await self._employees.find(where, sort=[("_id", 1)])]

    async def active_ids(self) -> set[str]:
        return {d["_id"] for d in await self._employees.find({"status": "active"})}

    async def add(self, employee: Employee) -> Employee:
        """Raises ``DuplicateKey`` for an id in use and ``MobileTaken`` for the number an active employee is
        reached at."""
        await self._mobile_free(employee)
        try:
            await self._employees.insert({"_id": employee.id, **_stored(employee)})
        except DuplicateKey:
            await self._mobile_free(employee)  # registered to someone else meanwhile, or else the id is taken
            raise
        return employee

    async def change(self, employee_id: str, change: Callable[[Employee], Employee]) -> Employee | None:
        """Apply ``change`` to the stored employee, conditional on the version read (``Conflict`` if not)."""
        doc = await self._employees.get(employee_id)
        if doc is None:
            return None
        changed = change(_employee(doc))
        await self._mobile_free(changed)
        try:
            await self._employees.update(employee_id, _stored(changed), expected_version=doc["_v"])
        except DuplicateKey:
            await self._mobile_free(changed)  # registered to someone else meanwhile
            raise
        return changed

    async def moved(self, employee_id: str, old: str, new: str) -> bool:
        """The active employee WhatsApp reached at ``old`` (``Employee.holder``), reached at ``new`` instead: a
        number becomes their registered mobile, a business-scoped id their ``moved_to`` (the number they were
        registered to was given to someone else; the office's record of it stands). False when the record is
        no longer at ``old`` (moved already, or the office changed it: theirs stands). Raises ``MobileTaken``
        when another active employee is reached at the number ``new``."""
        fields = {"moved_to": new} if number_hidden(new) else {"mobile": new, "moved_to": ""}
        for _ in range(ATTEMPTS):
            doc = await self._employees.get(employee_id)
            if doc is None or doc.get("status") != "active" or _employee(doc).holder != old:
                return False
            moved = _employee(doc).model_copy(update=fields)
            await self._mobile_free(moved)
            try:
                await self._employees.update(employee_id, {**fields, HOLDER: new}, expected_version=doc["_v"])
                return True
            except Conflict:
                continue  # the office changed the record meanwhile: read it again
            except DuplicateKey:
                await self._mobile_free(moved)  # registered to someone else meanwhile
                raise
        raise Conflict(f"employee {employee_id} kept changing under {ATTEMPTS} attempts")

    async def _mobile_free(self, employee: Employee) -> None:
        """Raises ``MobileTaken`` when the chat would reach ``employee`` at a number it reaches someone else at. An
        employee moved to their id (or gone) claims no number: the one they were registered to is free."""
        if employee.status != "active" or employee.moved_to:
            return
        holder = await self.reached_at(employee.mobile)
        if holder is not None and holder.id != employee.id:
            raise MobileTaken(holder)
