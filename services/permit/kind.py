"""The permit service's casework declaration: its records, numbers, letter, events and back-office roles."""
from __future__ import annotations

from services.permit import events, letter
from services.permit.domain import NUMBER, Application, validity
from services.permit.repository import COLLECTION
from shared.casework import Kind
from shared.casework.kind import Events

KIND: Kind[Application] = Kind(
    service="permit", path="applications", title="Building permission back office",
    roles=("gp_official", "permit_admin"), document_kind="building_permission", model=Application,
    collection=COLLECTION, number=NUMBER, letter=letter.letter, validity=validity, filename=letter.filename,
    events=Events(status_changed=events.status_changed, issued=events.letter_issued,
                  downloaded=events.letter_downloaded),
    plot=letter.public_plot,
)
