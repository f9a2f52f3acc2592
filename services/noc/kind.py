"""The NOC service's casework declaration: its records, numbers, certificate, events and back-office roles, and
the office's check that a renewal renews a certificate it may (``vet``), and only one at a time (``claim``)."""
from __future__ import annotations

from services.noc import certificate, events
from services.noc.domain import NUMBER, Noc, renewal_problem, renewal_terms, renewed_already, validity
from services.noc.repository import COLLECTION, Nocs
from shared.casework import Kind
from shared.casework.kind import Events, Records
from shared.store import Store


async def vet(noc: Noc, before: Noc | None, records: Records) -> str | None:
    """A renewal's problem (``domain.renewal_problem``): checked on a new certificate, and on a change of what it
    renews or of what it must share with the certificate it renews (its holder, panchayat, trade, category)."""
    if noc.renews is None or (before is not None and renewal_terms(before) == renewal_terms(noc)):
        return None
    return renewal_problem(noc, await records.get(noc.renews), await records.naming("renews", noc.renews))


async def claim(noc: Noc, before: Noc | None, store: Store) -> str | None:
    """A new renewal, or a certificate an update made renew another, once stored, claims the certificate it
    renews (``Nocs.claim_renewal``): of two created or changed at once, the one that claims second is refused as
    if it had been checked after the first was stored."""
    if noc.renews is None or (before is not None and before.renews == noc.renews):
        return None
    if (other := await Nocs(store).claim_renewal(noc)) is None:
        return None
    return renewed_already(noc.renews, other.number)


KIND: Kind[Noc] = Kind(
    service="noc", path="certificates", title="Trade NOC back office", roles=("gp_official", "noc_admin"),
    document_kind="trade_noc", model=Noc, collection=COLLECTION, number=NUMBER, letter=certificate.certificate,
    validity=validity, filename=certificate.filename, vet=vet, claim=claim,
    events=Events(status_changed=events.status_changed, issued=events.issued, downloaded=events.downloaded),
)
