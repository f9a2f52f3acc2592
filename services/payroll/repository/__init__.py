"""The payroll store, in the domain's words: one class per kind of record, bundled as ``Repositories``."""
from __future__ import annotations

from dataclasses import dataclass

from services.payroll.repository import employees, slips
from services.payroll.repository.access import Accesses
from services.payroll.repository.chats import Chat, Chats
from services.payroll.repository.employees import Employees, MobileTaken
from services.payroll.repository.slips import Slips
from services.payroll.repository.statements import Statements
from shared.store import DuplicateKey, Index, Store

INDEXES: tuple[Index, ...] = (*employees.INDEXES, *slips.INDEXES)
CONFIG, DEMO = "config", "demo"


@dataclass(frozen=True)
class Repositories:
    employees: Employees
    access: Accesses
    slips: Slips
    statements: Statements
    chats: Chats
    store: Store

    @classmethod
    def of(cls, store: Store) -> Repositories:
        return cls(employees=Employees(store), access=Accesses(store), slips=Slips(store),
                   statements=Statements(store), chats=Chats(store), store=store)

    async def demo_loaded(self) -> bool:
        return await self.store.collection(CONFIG).get(DEMO) is not None

    async def mark_demo_loaded(self) -> None:
        try:
            await self.store.collection(CONFIG).insert({"_id": DEMO, "loaded": True})
        except DuplicateKey:
            return  # another copy finished loading first


__all__ = ["INDEXES", "Accesses", "Chat", "Chats", "Employees", "MobileTaken", "Repositories", "Slips", "Statements"]
