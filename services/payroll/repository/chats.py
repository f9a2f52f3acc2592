"""Where each person is in the payroll chat: their step, what they asked for, and their language.

Kept in the store because the next message may reach another copy of the service. What a person types
is never kept here — least of all a PIN: a step holds only what was asked for (``want``) and, while a new
PIN awaits its confirmation, its salted hash. Like tourism's chat, it remembers the envelope that last
changed it and what that envelope published, so a redelivery repeats the answer instead of the step.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from shared.store import Store

COLLECTION = "chats"


@dataclass
class Chat:
    wa_id: str
    step: str = "home"
    draft: dict[str, Any] = field(default_factory=dict)
    lang: str = "bn"
    last_envelope: str | None = None
    outputs: list[dict[str, Any]] = field(default_factory=list)
    version: int | None = None

    def go(self, step: str, **draft: Any) -> None:
        """Move to ``step`` with exactly ``draft``: nothing from an earlier request carries over."""
        self.step, self.draft = step, dict(draft)


class Chats:
    def __init__(self, store: Store):
        self._chats = store.collection(COLLECTION)

    async def get(self, wa_id: str) -> Chat:
        doc = await self._chats.get(wa_id)
        if doc is None:
            return Chat(wa_id=wa_id)
        return Chat(wa_id=wa_id, step=doc.get("step") or "home", draft=dict(doc.get("draft") or {}),
                    lang=doc.get("lang") or "bn", last_envelope=doc.get("last_envelope"),
                    outputs=list(doc.get("outputs") or []), version=doc["_v"])

    async def lang_of(self, wa_id: str) -> str:
        doc = await self._chats.get(wa_id)
        return (doc or {}).get("lang") or "bn"

    async def save(self, chat: Chat, *, envelope_id: str, outputs: list[dict[str, Any]], now: datetime) -> None:
        """Raises ``Conflict`` (or ``DuplicateKey`` for a first save) when another message got there first."""
        fields = {"step": chat.step, "draft": chat.draft, "lang": chat.lang, "last_envelope": envelope_id,
                  "outputs": outputs, "at": now.isoformat()}
        if chat.version is None:
            stored = await self._chats.insert({"_id": chat.wa_id, **fields})
        else:
            stored = await self._chats.update(chat.wa_id, fields, expected_version=chat.version)
        chat.version, chat.last_envelope, chat.outputs = stored["_v"], envelope_id, outputs
