"""Trade NOCs in the store, under their numbers (``shared.casework.cases``), and the renewal reminders."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from services.noc.domain import Noc, renewal_of
from shared.casework.cases import ATTEMPTS, Cases, indexes
from shared.runtime.periodic import left_alone
from shared.store import Conflict, Doc, Index, Store

COLLECTION = "nocs"
INDEXES = (*indexes(COLLECTION), Index(COLLECTION, ("renews",)))
CLAIM = "_renewal_claim"  # the store's own: {"term": last day, "at": when a copy took the reminder on}
RENEWED_BY = "_renewed_by"  # the store's own: the number of the renewal that claimed the certificate last


class Nocs(Cases[Noc]):
    def __init__(self, store: Store):
        super().__init__(store, COLLECTION, Noc)

    async def claim_reminder(self, noc: Noc, now: datetime, *, stale_after: timedelta) -> bool:
        """Take the job of reminding this holder for this term; of several copies exactly one gets True.
        A claim whose copy never marked the reminder sent (it stopped, or the broker was out of its reach)
        may be taken again once ``stale_after`` has passed. A holder who changed their number since ``noc``
        was read is reminded by the next sweep, at the new number, not now at the old one."""
        assert noc.issue is not None
        last_day = noc.issue.valid_until.isoformat()

        def done_or_taken(doc: Doc) -> bool:
            if doc.get("renewal_reminded") == last_day or doc.get("status") != "approved":
                return True
            if self._case(doc).holder != noc.holder:
                return True
            claim = doc.get(CLAIM) or {}
            return claim.get("term") == last_day and not left_alone(claim["at"], now, stale_after)
        return await self.mark(noc.number, CLAIM, {"term": last_day, "at": now.isoformat()}, unless=done_or_taken)

    async def reminder_sent(self, noc: Noc) -> None:
        """The reminder of this term is out: no copy takes it on again."""
        assert noc.issue is not None
        last_day = noc.issue.valid_until.isoformat()

        def done(doc: Doc) -> bool:
            return doc.get("renewal_reminded") == last_day
        for _ in range(ATTEMPTS):
            if await self.mark(noc.number, "renewal_reminded", last_day, unless=done):
                return
            doc = await self._docs.get(noc.number)
            if doc is None or done(doc):
                return

    async def expiring_by(self, last: date) -> list[Noc]:
        return await self.issued_until(last)

    async def claim_renewal(self, renewal: Noc) -> Noc | None:
        """Once ``renewal`` is stored, make it the one renewing the certificate it names, unless another renewal
        claimed that certificate before and still renews it (under way or issued): then that other one, and
        ``renewal`` renews nothing. Two renewals checked at once both pass the office's check before they are
        stored; claiming after storing, by a conditional update of the renewed certificate, lets exactly one of
        them have it, the one whose claim the store takes first, whatever their numbers or times. A claim of a
        renewal since rejected, revoked, removed or changed to renew another is free to take."""
        for _ in range(ATTEMPTS):
            if renewal.renews is None or (doc := await self._docs.get(renewal.renews)) is None:
                return None
            held = doc.get(RENEWED_BY)
            if held == renewal.number:
                return None
            if held is not None and (other := await self.get(held)) is not None \
                    and renewal_of(self._case(doc), [other]) is not None:
                return other
            try:
                await self._docs.update(doc["_id"], {RENEWED_BY: renewal.number}, expected_version=doc["_v"])
            except Conflict:
                continue
            return None
        raise Conflict(f"{renewal.renews}: its renewal still contended after {ATTEMPTS} attempts")

    async def renewal(self, noc: Noc) -> Noc | None:
        """The certificate renewing ``noc`` (``domain.renewal_of``), found by the number it names."""
        return renewal_of(noc, [self._case(doc) for doc in await self._docs.find({"renews": noc.number})])


__all__ = ["COLLECTION", "INDEXES", "Nocs"]
