"""The NOC service's casework declaration: its records, numbers, certificate, events and back-office roles, and
the office's check that a renewal renews a certificate it may (``vet``)."""
from __future__ import annotations

from services.noc import certificate, events
from services.noc.domain import NUMBER, Noc, renewal_problem, renewal_terms, validity
from services.noc.repository import COLLECTION
from shared.casework import Kind
from shared.casework.kind import Events, Records


async def vet(noc: Noc, before: Noc | None, records: Records) -> str | None:
    """A renewal's problem (``domain.renewal_problem``): checked on a new certificate, and on a change of what it
    renews or of what it must share with the certificate it renews (its holder, panchayat, trade, category)."""
    if noc.renews is None or (before is not None and renewal_terms(before) == renewal_terms(noc)):
        return None
    return renewal_problem(noc, await records.get(noc.renews), await records.naming("renews", noc.renews))


KIND: Kind[Noc] = Kind(
    service="noc", path="certificates", title="Trade NOC back office", roles=("gp_official", "noc_admin"),
    document_kind="trade_noc", model=Noc, collection=COLLECTION, number=NUMBER, letter=certificate.certificate,
    validity=validity, filename=certificate.filename, vet=vet,
    events=Events(status_changed=events.status_changed, issued=events.issued, downloaded=events.downloaded),
)
