"""The NOC service's casework declaration: its records, numbers, certificate, events and back-office roles."""
from __future__ import annotations

from services.noc import certificate, events
from services.noc.domain import NUMBER, Noc, validity
from services.noc.repository import COLLECTION
from shared.casework import Kind
from shared.casework.kind import Events

KIND: Kind[Noc] = Kind(
    service="noc", path="certificates", title="Trade NOC back office", roles=("gp_official", "noc_admin"),
    document_kind="trade_noc", model=Noc, collection=COLLECTION, number=NUMBER, letter=certificate.certificate,
    validity=validity, filename=certificate.filename,
    events=Events(status_changed=events.status_changed, issued=events.issued, downloaded=events.downloaded),
)
