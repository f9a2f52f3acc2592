"""The main menu, made of the entries running services announced (``ops.service.announced``).

Services announce themselves when they start and again whenever a gateway asks (``ops.menu.requested``).
Copies of the gateway compete on one queue, so only one copy sees each announcement: the entries are kept
in the gateway's store, where every copy reads them.
"""
from __future__ import annotations

import re
import time
from collections.abc import Mapping
from typing import Any

from gateway.menu_reading import Menu, phrase_pattern
from shared.envelope import Envelope
from shared.logging import get_logger
from shared.runtime.spec import MenuEntry
from shared.store import Conflict, DuplicateKey, Store

log = get_logger(__name__)
__all__ = ["ANNOUNCED", "COLLECTION", "QUEUE", "REQUESTED", "Menu", "MenuBoard", "phrase_pattern"]

COLLECTION = "menu"
QUEUE = "gateway"  # the gateway's one queue, shared by its copies
ANNOUNCED = "ops.service.announced"
REQUESTED = "ops.menu.requested"
_ATTEMPTS = 5
ACROSS_FOR = 10.0  # seconds a copy keeps the phrases taken across conversations (``MenuBoard.across``)


class MenuBoard:
    def __init__(self, store: Store):
        self._col = store.collection(COLLECTION)
        self._across: tuple[float, list[tuple[str, str, re.Pattern[str]]]] | None = None

    async def across(self) -> list[tuple[str, str, re.Pattern[str]]]:
        """The phrases services announced to be taken from inside another's conversation (``Phrase.across``), as
        (service, tap, pattern): looked for in every typed message there, so kept ``ACROSS_FOR`` seconds instead of
        read each time. The copy that records an announcement reads them again at once; the others (the queue is
        shared) within that time."""
        now = time.monotonic()
        if self._across is None or now - self._across[0] > ACROSS_FOR:
            self._across = now, [(entry.service, f"{entry.service}:{phrase.action}", phrase_pattern(phrase.pattern))
                                 for entry in await self.entries() for phrase in entry.phrases if phrase.across]
        return self._across[1]

    async def entries(self) -> list[MenuEntry]:
        docs = await self._col.find()
        return sorted((_entry(doc) for doc in docs), key=lambda e: (e.order, e.service))

    def for_message(self) -> Menu:
        """The menu one message reads, at most once (``Menu``)."""
        return Menu(self)

    async def get(self, service: str) -> MenuEntry | None:
        doc = await self._col.get(service)
        return _entry(doc) if doc else None

    async def record(self, envelope: Envelope) -> None:
        """Store (or replace) a service's entry; an announcement without a menu entry removes the service."""
        try:
            await self._record(envelope)
        finally:
            self._across = None  # after the write: read before it, they would be kept as they were

    async def _record(self, envelope: Envelope) -> None:
        payload = envelope.payload
        raw = payload.get("menu") if "menu" in payload else payload
        if not isinstance(raw, Mapping) or "title" not in raw:
            service = payload.get("service")
            if isinstance(service, str) and await self._col.delete(service):
                log.info("menu.entry_removed", service=service)
            return
        try:
            entry = MenuEntry.from_payload(raw)
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("menu.entry_rejected", service=payload.get("service"), reason=str(exc))
            return
        fields = {**entry.as_payload(), "announced_at": envelope.occurred_at.isoformat()}
        fields.pop("id")
        await self._put(entry.service, fields)
        log.info("menu.entry_recorded", service=entry.service)

    async def _put(self, service: str, fields: dict[str, Any]) -> None:
        for _ in range(_ATTEMPTS):
            doc = await self._col.get(service)
            try:
                if doc is None:
                    await self._col.insert({"_id": service, **fields})
                elif doc.get("announced_at", "") <= fields["announced_at"]:
                    await self._col.update(service, fields, expected_version=doc["_v"])
                return
            except (Conflict, DuplicateKey):
                continue
        raise Conflict(f"menu entry {service} kept changing under {_ATTEMPTS} attempts")




def _entry(doc: Mapping[str, Any]) -> MenuEntry:
    return MenuEntry.from_payload({**doc, "service": doc["_id"]})
