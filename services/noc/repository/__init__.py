"""Trade NOCs in the store, under their numbers (``shared.casework.cases``), and the renewal reminders."""
from __future__ import annotations

from datetime import date

from services.noc.domain import Noc
from shared.casework.cases import Cases, indexes
from shared.store import Store

COLLECTION = "nocs"
INDEXES = indexes(COLLECTION)


class Nocs(Cases[Noc]):
    def __init__(self, store: Store):
        super().__init__(store, COLLECTION, Noc)

    async def claim_reminder(self, noc: Noc) -> bool:
        """Take the job of reminding this holder for this term; of several copies exactly one gets True."""
        assert noc.issue is not None
        last_day = noc.issue.valid_until.isoformat()
        def done_or_withdrawn(doc: dict[str, object]) -> bool:
            return doc.get("renewal_reminded") == last_day or doc.get("status") != "approved"
        return await self.mark(noc.number, "renewal_reminded", last_day, unless=done_or_withdrawn)

    async def expiring_by(self, last: date) -> list[Noc]:
        return await self.issued_until(last)


__all__ = ["COLLECTION", "INDEXES", "Nocs"]
