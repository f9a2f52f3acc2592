"""The tourism store, in the domain's words: one class per kind of record, bundled as ``Repositories``."""
from __future__ import annotations

from dataclasses import dataclass

from services.tourism.repository import bookings, catalog, inventory
from services.tourism.repository.bookings import Bookings
from services.tourism.repository.catalog import Catalog
from services.tourism.repository.chats import Chat, Chats
from services.tourism.repository.config import Config
from services.tourism.repository.inventory import Inventory
from shared.store import Index, Store

INDEXES: tuple[Index, ...] = (*catalog.INDEXES, *inventory.INDEXES, *bookings.INDEXES)


@dataclass(frozen=True)
class Repositories:
    catalog: Catalog
    inventory: Inventory
    bookings: Bookings
    chats: Chats
    config: Config

    @classmethod
    def of(cls, store: Store) -> Repositories:
        return cls(catalog=Catalog(store), inventory=Inventory(store), bookings=Bookings(store),
                   chats=Chats(store), config=Config(store))


__all__ = ["INDEXES", "Bookings", "Catalog", "Chat", "Chats", "Config", "Inventory", "Repositories"]
