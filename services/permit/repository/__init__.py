"""Building-permission applications in the store, under their numbers (``shared.casework.cases``)."""
from __future__ import annotations

from services.permit.domain import Application
from shared.casework.cases import Cases, indexes
from shared.store import Store

COLLECTION = "applications"
INDEXES = indexes(COLLECTION)


class Applications(Cases[Application]):
    def __init__(self, store: Store):
        super().__init__(store, COLLECTION, Application)


__all__ = ["COLLECTION", "INDEXES", "Applications"]
