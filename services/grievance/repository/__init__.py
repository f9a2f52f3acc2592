"""The grievance store in the domain's words: tickets, the files sent with them, and chats, bundled as
``Repositories``."""
from __future__ import annotations

from dataclasses import dataclass

from services.grievance.repository import media, tickets
from services.grievance.repository.chats import Chat, Chats
from services.grievance.repository.media import MediaFile, MediaFiles
from services.grievance.repository.tickets import Tickets
from shared.store import Index, Store

INDEXES: tuple[Index, ...] = (*tickets.INDEXES, *media.INDEXES)


@dataclass(frozen=True)
class Repositories:
    tickets: Tickets
    chats: Chats
    media: MediaFiles

    @classmethod
    def of(cls, store: Store) -> Repositories:
        return cls(tickets=Tickets(store), chats=Chats(store), media=MediaFiles(store))


__all__ = ["INDEXES", "Chat", "Chats", "MediaFile", "MediaFiles", "Repositories", "Tickets"]
